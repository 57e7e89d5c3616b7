package org.copydesk.storage;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The file format of one article: a DTO kept apart from the domain record. Field order is fixed so that a save
 * produces the same bytes for the same content; unknown top-level fields are kept (sorted) and written back.
 */
@JsonPropertyOrder({"formatVersion", "id", "headline", "standfirst", "byline", "dateline", "language", "status",
        "tags", "section", "slug", "embargo", "targetWords", "created", "modified", "revision", "body", "languageMarks", "quoteMarks", "links", "exports"})
@JsonInclude(JsonInclude.Include.ALWAYS)
final class ArticleJson {
    /** The format this version writes. Files with a higher number open read-only. */
    static final int FORMAT_VERSION = 1;

    /** Kept as read: it must be a positive whole number, and "1", 1.5 or 0 are refused rather than coerced. */
    public JsonNode formatVersion;
    public String id;
    public String headline;
    public String standfirst;
    public String byline;
    public String dateline;
    public String language;
    public String status;
    public List<String> tags = new ArrayList<>();
    // story details: written only when set, so that articles without them keep their bytes
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public String section;
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public String slug;
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public String embargo;
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public Integer targetWords;
    public String created;
    public String modified;
    public Long revision;
    public List<ParagraphJson> body = new ArrayList<>();
    public List<LanguageMarkJson> languageMarks = new ArrayList<>();
    public List<QuoteMarkJson> quoteMarks = new ArrayList<>();
    public List<LinkJson> links = new ArrayList<>();
    public List<ExportJson> exports = new ArrayList<>();

    private final Map<String, JsonNode> unknown = new TreeMap<>();

    @JsonAnySetter
    void putUnknown(String name, JsonNode value) {
        unknown.put(name, value);
    }

    @JsonAnyGetter
    Map<String, JsonNode> unknown() {
        return unknown;
    }

    @JsonPropertyOrder({"kind", "text", "inline"})
    @JsonIgnoreProperties(ignoreUnknown = true)
    static final class ParagraphJson {
        public String kind;
        public String text;
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        public List<InlineJson> inline = new ArrayList<>();
    }

    @JsonPropertyOrder({"start", "end", "style"})
    @JsonIgnoreProperties(ignoreUnknown = true)
    static final class InlineJson {
        public Integer start;
        public Integer end;
        public String style;
    }

    @JsonPropertyOrder({"start", "end", "language", "origin"})
    @JsonIgnoreProperties(ignoreUnknown = true)
    static final class LanguageMarkJson {
        public Integer start;
        public Integer end;
        public String language;
        public String origin;
    }

    @JsonPropertyOrder({"start", "end", "speaker", "origin"})
    @JsonIgnoreProperties(ignoreUnknown = true)
    static final class QuoteMarkJson {
        public Integer start;
        public Integer end;
        public String speaker;
        public String origin;
    }

    @JsonPropertyOrder({"target", "relation", "note"})
    @JsonIgnoreProperties(ignoreUnknown = true)
    static final class LinkJson {
        public String target;
        public String relation;
        public String note;
    }

    @JsonPropertyOrder({"at", "format", "path"})
    @JsonIgnoreProperties(ignoreUnknown = true)
    static final class ExportJson {
        public String at;
        public String format;
        public String path;
    }

    Map<String, JsonNode> unknownFields() {
        return new LinkedHashMap<>(unknown);
    }
}
