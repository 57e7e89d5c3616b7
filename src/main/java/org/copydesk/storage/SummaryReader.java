package org.copydesk.storage;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.Words;

/**
 * Reads only what the article list needs from an article file, with Jackson's streaming parser: the list fields, and
 * the body's paragraph texts just to count their words. Nothing else is built (no tree, no paragraphs, no marks), so a
 * workspace lists in about the time its files take to tokenise. The whole file is still tokenised, so a file that is
 * not JSON is reported as the full reader reports it. Deeper faults (a malformed mark, an unknown inline style) are
 * the full reader's to report, when the article is opened.
 */
final class SummaryReader {
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private SummaryReader() {
    }

    /** The summary of the file {@code id}.json from its bytes; an unreadable summary (with the reason) if it is not an article. */
    static ArticleSummary read(String id, byte[] bytes) {
        try {
            return parse(id, bytes);
        } catch (ArticleFormatException e) {
            return ArticleSummary.unreadable(id, e.getMessage());
        }
    }

    private static ArticleSummary parse(String fileId, byte[] bytes) throws ArticleFormatException {
        String id = null;
        String headline = null;
        String standfirst = null;
        String language = null;
        String status = null;
        String section = null;
        String created = null;
        String modified = null;
        List<String> tags = new ArrayList<>();
        long revision = 0;
        boolean versioned = false;
        int words = 0;
        try (JsonParser p = JSON.createParser(bytes)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new ArticleFormatException("the file is empty");
            }
            if (t != JsonToken.START_OBJECT) {
                throw new ArticleFormatException("not an article: the file holds a JSON " + kind(t) + ", not an object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken v = p.nextToken();
                switch (field) {
                    case "formatVersion" -> {
                        if (v != JsonToken.VALUE_NUMBER_INT || p.getBigIntegerValue().signum() <= 0) {
                            if (v == JsonToken.VALUE_NULL) {
                                throw new ArticleFormatException("missing formatVersion");
                            }
                            throw new ArticleFormatException("formatVersion must be a positive whole number, not "
                                    + (v == JsonToken.VALUE_STRING ? "\"" + ArticleCodec.abbreviate(p.getText()) + "\" (text)" : ArticleCodec.abbreviate(p.getText())));
                        }
                        if (p.getBigIntegerValue().compareTo(BigInteger.valueOf(ArticleJson.FORMAT_VERSION)) > 0) {
                            throw new ArticleFormatException("written by a newer Copydesk (format " + p.getText()
                                    + ", this version reads up to " + ArticleJson.FORMAT_VERSION + "); opened read-only", true);
                        }
                        versioned = true;
                    }
                    case "id" -> id = text(p, v, field);
                    case "headline" -> headline = text(p, v, field);
                    case "standfirst" -> standfirst = text(p, v, field);
                    case "language" -> language = text(p, v, field);
                    case "status" -> status = text(p, v, field);
                    case "section" -> section = text(p, v, field);
                    case "created" -> created = text(p, v, field);
                    case "modified" -> modified = text(p, v, field);
                    case "revision" -> {
                        if (v == JsonToken.VALUE_NUMBER_INT) {
                            revision = p.getLongValue();
                        } else if (v != JsonToken.VALUE_NULL) {
                            throw new ArticleFormatException("invalid article: revision must be a whole number");
                        }
                    }
                    case "tags" -> readTags(p, v, tags);
                    case "body" -> words += bodyWords(p, v);
                    default -> p.skipChildren();
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
                throw new ArticleFormatException("not valid article JSON: content after the article's closing brace");
            }
        } catch (JsonParseException e) {
            String where = e.getLocation() == null || e.getLocation().getLineNr() < 1 ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new ArticleFormatException("not valid article JSON" + where + ": " + ArticleCodec.inWords(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ArticleFormatException("unreadable: " + ArticleCodec.inWords(e.getMessage()));
        }
        if (!versioned) {
            throw new ArticleFormatException("missing formatVersion");
        }
        if (id == null || !Slugs.isValidId(id)) {
            throw new ArticleFormatException("missing or invalid id " + (id == null ? "" : "'" + ArticleCodec.abbreviate(id) + "'"));
        }
        ArticleStatus desk;
        try {
            desk = status == null ? ArticleStatus.DRAFT : ArticleStatus.fromId(status);
        } catch (IllegalArgumentException e) {
            throw new ArticleFormatException("invalid article: " + e.getMessage());
        }
        Instant made = ArticleCodec.instant(created, "created");
        Instant changed = modified == null ? made : ArticleCodec.instant(modified, "modified");
        words += Words.count(headline == null ? "" : headline) + Words.count(standfirst == null ? "" : standfirst);
        String error = id.equals(fileId) ? null : "the file says its id is '" + id + "'; opened read-only";
        if (error != null) {
            // listed with the file's own fields; it opens read-only, as the full reader decides
            return new ArticleSummary(fileId, headline, standfirst, desk, language, tags, section, made, changed, words, revision, error);
        }
        return new ArticleSummary(id, headline, standfirst, desk, language, tags, section, made, changed, words, revision, null);
    }

    private static String text(JsonParser p, JsonToken v, String field) throws IOException, ArticleFormatException {
        if (v == JsonToken.VALUE_NULL) {
            return null;
        }
        if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) {
            throw new ArticleFormatException("invalid article: " + field + " must be text, not a JSON "
                    + (v == JsonToken.START_OBJECT ? "object" : "array"));
        }
        return p.getText();
    }

    private static void readTags(JsonParser p, JsonToken v, List<String> tags) throws IOException, ArticleFormatException {
        if (v == JsonToken.VALUE_NULL) {
            return;
        }
        if (v != JsonToken.START_ARRAY) {
            throw new ArticleFormatException("invalid article: tags must be a list of words");
        }
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                throw new ArticleFormatException("invalid article: a tag must be text");
            }
            if (t != JsonToken.VALUE_NULL && !p.getText().isBlank()) {
                tags.add(p.getText());
            }
        }
    }

    /** Counts the words of the paragraphs' texts and skips everything else of the body. */
    private static int bodyWords(JsonParser p, JsonToken v) throws IOException, ArticleFormatException {
        if (v == JsonToken.VALUE_NULL) {
            return 0;
        }
        if (v != JsonToken.START_ARRAY) {
            throw new ArticleFormatException("invalid article: body must be a list of paragraphs");
        }
        int words = 0;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (t != JsonToken.START_OBJECT) {
                throw new ArticleFormatException(t == JsonToken.VALUE_NULL ? "a paragraph is null"
                        : "invalid article: a paragraph must be a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken f = p.nextToken();
                if (field.equals("text") && f == JsonToken.VALUE_STRING) {
                    words += Words.count(p.getText());
                } else {
                    p.skipChildren();
                }
            }
        }
        return words;
    }

    private static String kind(JsonToken t) {
        return switch (t) {
            case START_ARRAY -> "array";
            case VALUE_STRING -> "string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
            case VALUE_TRUE, VALUE_FALSE -> "boolean";
            case VALUE_NULL -> "null";
            default -> t.name().toLowerCase(Locale.ROOT);
        };
    }
}
