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
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.copydesk.model.LanguageMark;
import org.copydesk.model.QuoteMark;

/**
 * The file format of one article: a DTO kept apart from the domain record. Field order is fixed so that a save
 * produces the same bytes for the same content; unknown top-level fields are kept (sorted) and written back.
 */
@JsonPropertyOrder({"formatVersion", "id", "headline", "standfirst", "byline", "dateline", "language", "status",
        "tags", "section", "slug", "embargo", "targetWords", "created", "modified", "revision", "body", "languageMarks", "quoteMarks", "links", "exports", "ignoredWords"})
@JsonInclude(JsonInclude.Include.ALWAYS)
final class ArticleJson {
    /**
     * The format this version writes. Files with a higher number open read-only. Version 2 keeps the language and
     * quotation marks in the paragraph they belong to (offsets into the paragraph's text, see {@link MarksPerParagraph});
     * version 1 kept them in top-level lists with offsets into the whole body, and is still read.
     */
    static final int FORMAT_VERSION = 2;

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
    /** Format 1 only (body offsets); format 2 writes none here and keeps marks in their paragraphs. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public List<LanguageMarkJson> languageMarks = new ArrayList<>();
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public List<QuoteMarkJson> quoteMarks = new ArrayList<>();
    public List<LinkJson> links = new ArrayList<>();
    public List<ExportJson> exports = new ArrayList<>();
    /**
     * Words the spell checker accepts in this article only; written only when there are some. Read as it stands: an
     * entry that is not a word is left out, and a value that is not a list is no list (never a reason to refuse the
     * article).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public JsonNode ignoredWords;

    private final Map<String, JsonNode> unknown = new TreeMap<>();

    @JsonAnySetter
    void putUnknown(String name, JsonNode value) {
        unknown.put(name, value);
    }

    @JsonAnyGetter
    Map<String, JsonNode> unknown() {
        return unknown;
    }

    @JsonPropertyOrder({"kind", "text", "inline", "languageMarks", "quoteMarks"})
    @JsonIgnoreProperties(ignoreUnknown = true)
    static final class ParagraphJson {
        public String kind;
        public String text;
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        public List<InlineJson> inline = new ArrayList<>();
        /** Format 2: this paragraph's language marks, offsets into its text. */
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        public List<LanguageMarkJson> languageMarks = new ArrayList<>();
        /** Format 2: this paragraph's quotation marks, offsets into its text. */
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        public List<QuoteMarkJson> quoteMarks = new ArrayList<>();
    }

    @JsonPropertyOrder({"start", "end", "style"})
    @JsonIgnoreProperties(ignoreUnknown = true)
    static final class InlineJson {
        public Integer start;
        public Integer end;
        public String style;
    }

    @JsonPropertyOrder({"start", "end", "language", "origin", "continues"})
    @JsonIgnoreProperties(ignoreUnknown = true)
    static final class LanguageMarkJson {
        public Integer start;
        public Integer end;
        public String language;
        public String origin;
        /** In a paragraph (format 2): true when the mark goes on into the next paragraph. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public Boolean continues;

        /** The JSON of a mark; {@code continues} marks a paragraph's piece that goes on into the next (else null). */
        static LanguageMarkJson of(LanguageMark m, boolean continues) {
            LanguageMarkJson mj = new LanguageMarkJson();
            mj.start = m.start();
            mj.end = m.end();
            mj.language = m.language();
            mj.origin = m.origin().name().toLowerCase(Locale.ROOT);
            mj.continues = continues ? Boolean.TRUE : null;
            return mj;
        }
    }

    @JsonPropertyOrder({"start", "end", "speaker", "origin", "continues"})
    @JsonIgnoreProperties(ignoreUnknown = true)
    static final class QuoteMarkJson {
        public Integer start;
        public Integer end;
        public String speaker;
        public String origin;
        /** In a paragraph (format 2): true when the quotation goes on into the next paragraph. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public Boolean continues;

        /** The JSON of a quotation; {@code continues} as for {@link LanguageMarkJson#of}. */
        static QuoteMarkJson of(QuoteMark m, boolean continues) {
            QuoteMarkJson mj = new QuoteMarkJson();
            mj.start = m.start();
            mj.end = m.end();
            mj.speaker = m.speaker();
            mj.origin = m.origin().name().toLowerCase(Locale.ROOT);
            mj.continues = continues ? Boolean.TRUE : null;
            return mj;
        }
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
