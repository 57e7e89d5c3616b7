package org.copydesk.storage;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.ExportRecord;
import org.copydesk.model.InlineSpan;
import org.copydesk.model.InlineStyle;
import org.copydesk.model.LanguageMark;
import org.copydesk.model.MarkOrigin;
import org.copydesk.model.MarkRules;
import org.copydesk.model.Paragraph;
import org.copydesk.model.ParagraphKind;
import org.copydesk.model.QuoteMark;
import org.copydesk.model.RelatedLink;
import org.copydesk.model.Relation;
import org.copydesk.model.StoryDetails;

/**
 * Article &lt;-&gt; JSON bytes. Reading is lenient about what it can default (missing tags, marks, links) and strict
 * about what it cannot (no id, a body that is not a list). Marks are annotation: a mark that cannot be placed (outside
 * the text, negative, overlapping in a way {@link MarkRules} forbids, of an unknown origin) is left out and reported in
 * {@link Decoded#marksLeftOut()}, never a reason to refuse the text. Writing is deterministic.
 */
public final class ArticleCodec {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();
    private static final ObjectWriter WRITER;

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(64).maxStringLength(Limits.MAX_STRING_CHARS)
                .maxDocumentLength(Limits.MAX_FILE_BYTES).build());
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withArrayEmptySeparator("")
                .withObjectEmptySeparator(""))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        WRITER = MAPPER.writer(printer);
    }

    /**
     * An article as read, with the fields this version does not know (kept for the next save) and one line for each mark
     * of the file that could not be placed and was left out (the article holds only valid marks).
     */
    public record Decoded(Article article, Map<String, JsonNode> unknownFields, List<String> marksLeftOut) {
        public Decoded {
            marksLeftOut = List.copyOf(marksLeftOut);
        }

        public Decoded(Article article, Map<String, JsonNode> unknownFields) {
            this(article, unknownFields, List.of());
        }
    }

    private ArticleCodec() {
    }

    public static Decoded decode(byte[] bytes) throws ArticleFormatException {
        ArticleJson direct = bindDirectly(bytes);
        if (direct != null) {
            return toArticle(direct, List.of());
        }
        ArticleJson json;
        List<String> unreadableMarks = new ArrayList<>();
        try {
            JsonNode tree = MAPPER.readTree(bytes);
            if (tree == null || tree.isMissingNode()) {
                throw new ArticleFormatException("the file is empty");
            }
            if (!tree.isObject()) {
                throw new ArticleFormatException("not an article: the file holds a JSON " + tree.getNodeType().name().toLowerCase() + ", not an object");
            }
            JsonNode version = tree.get("formatVersion");
            if (isNewer(version)) {
                throw new ArticleFormatException("written by a newer Copydesk (format " + version.asText()
                        + ", this version reads up to " + ArticleJson.FORMAT_VERSION + "); opened read-only", true);
            }
            unreadableMarks.addAll(dropUnreadableMarks((ObjectNode) tree, "languageMarks",
                    ArticleJson.LanguageMarkJson.class));
            unreadableMarks.addAll(dropUnreadableMarks((ObjectNode) tree, "quoteMarks",
                    ArticleJson.QuoteMarkJson.class));
            JsonNode paragraphs = tree.get("body");
            if (paragraphs != null && paragraphs.isArray()) {
                for (int i = 0; i < paragraphs.size(); i++) {
                    if (paragraphs.get(i) instanceof ObjectNode p) {
                        for (String problem : dropUnreadableMarks(p, "languageMarks", ArticleJson.LanguageMarkJson.class)) {
                            unreadableMarks.add("paragraph " + (i + 1) + ": " + problem);
                        }
                        for (String problem : dropUnreadableMarks(p, "quoteMarks", ArticleJson.QuoteMarkJson.class)) {
                            unreadableMarks.add("paragraph " + (i + 1) + ": " + problem);
                        }
                    }
                }
            }
            json = MAPPER.treeToValue(tree, ArticleJson.class);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null || e.getLocation().getLineNr() < 1 ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new ArticleFormatException("not valid article JSON" + where + fieldOf(e) + ": " + inWords(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ArticleFormatException("unreadable: " + inWords(e.getMessage()));
        }
        return toArticle(json, unreadableMarks);
    }

    /**
     * Takes out of {@code tree} the marks of {@code field} that do not even have the shape of a mark (the field not a
     * list, an element not an object, an offset that is not a number), so that they cannot make the whole file
     * unreadable; returns one line for each.
     */
    private static List<String> dropUnreadableMarks(ObjectNode tree, String field, Class<?> type) {
        JsonNode marks = tree.get(field);
        if (marks == null || marks.isNull()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (!marks.isArray()) {
            tree.remove(field);
            out.add(field + ": not a list, all left out");
            return out;
        }
        ArrayNode array = (ArrayNode) marks;
        for (int i = array.size() - 1; i >= 0; i--) {
            JsonNode m = array.get(i);
            String problem = null;
            if (!m.isObject()) {
                problem = "not a mark";
            } else {
                try {
                    MAPPER.treeToValue(m, type);
                } catch (JsonProcessingException | IllegalArgumentException e) {
                    problem = "unreadable (start and end must be whole numbers, the other fields text)";
                }
            }
            if (problem != null) {
                array.remove(i);
                out.add(0, field + " #" + (i + 1) + ": " + problem);
            }
        }
        return out;
    }

    /**
     * The fast path for the common case: binds the bytes straight to the file format, without building a tree first
     * (about half the work, which matters when a workspace of thousands of articles is listed). Returns null whenever
     * anything is unusual (not an object, empty, malformed, a newer format ...): {@link #decode} then takes the careful
     * path, which gives the precise message, so both paths accept and reject the same files.
     */
    private static ArticleJson bindDirectly(byte[] bytes) {
        try {
            ArticleJson json = DIRECT.readValue(bytes);
            if (json == null || isNewer(json.formatVersion)) {
                return null;
            }
            return json;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static final ObjectReader DIRECT = MAPPER.readerFor(ArticleJson.class);

    public static byte[] encode(Article a, Map<String, JsonNode> unknownFields) {
        ArticleJson j = fromArticle(a);
        if (unknownFields != null) {
            unknownFields.forEach((k, v) -> {
                if (!KNOWN.contains(k)) {
                    j.putUnknown(k, v);
                }
            });
        }
        try {
            String s = WRITER.writeValueAsString(j);
            return (s + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode article " + a.id(), e);
        }
    }

    private static final Set<String> KNOWN = Set.of("formatVersion", "id", "headline", "standfirst",
            "byline", "dateline", "language", "status", "tags", "section", "slug", "embargo", "targetWords", "created", "modified", "revision", "body",
            "languageMarks", "quoteMarks", "links", "exports", "ignoredWords");

    /** A whole number above the version this Copydesk writes: a newer format, opened read-only. */
    private static boolean isNewer(JsonNode version) {
        return version != null && version.isIntegralNumber()
                && version.bigIntegerValue().compareTo(BigInteger.valueOf(ArticleJson.FORMAT_VERSION)) > 0;
    }

    private static Decoded toArticle(ArticleJson j, List<String> unreadableMarks) throws ArticleFormatException {
        if (j.formatVersion == null || j.formatVersion.isNull()) {
            throw new ArticleFormatException("missing formatVersion");
        }
        if (!j.formatVersion.isIntegralNumber() || j.formatVersion.bigIntegerValue().signum() <= 0) {
            String shown = j.formatVersion.isTextual() ? "\"" + abbreviate(j.formatVersion.asText()) + "\" (text)"
                    : abbreviate(j.formatVersion.toString());
            throw new ArticleFormatException("formatVersion must be a positive whole number, not " + shown);
        }
        if (j.id == null || !Slugs.isValidId(j.id)) {
            throw new ArticleFormatException("missing or invalid id " + (j.id == null ? "" : "'" + abbreviate(j.id) + "'"));
        }
        List<String> paragraphMarksLeftOut = MarksPerParagraph.lift(j);
        try {
            Instant created = instant(j.created, "created");
            Instant modified = j.modified == null ? created : instant(j.modified, "modified");
            List<Paragraph> body = new ArrayList<>();
            for (ArticleJson.ParagraphJson p : nonNull(j.body)) {
                if (p == null) {
                    throw new ArticleFormatException("a paragraph is null");
                }
                List<InlineSpan> inline = new ArrayList<>();
                for (ArticleJson.InlineJson s : nonNull(p.inline)) {
                    inline.add(new InlineSpan(req(s.start, "inline.start"), req(s.end, "inline.end"),
                            InlineStyle.valueOf(reqs(s.style, "inline.style").toUpperCase(Locale.ROOT))));
                }
                body.add(new Paragraph(p.kind == null ? ParagraphKind.PARAGRAPH : ParagraphKind.fromId(p.kind),
                        p.text == null ? "" : p.text, inline));
            }
            // marks are annotation: one that cannot be placed is left out and reported, never a reason to lock the text away
            List<String> leftOut = new ArrayList<>(unreadableMarks);
            leftOut.addAll(paragraphMarksLeftOut);
            List<LanguageMark> langs = new ArrayList<>();
            for (ArticleJson.LanguageMarkJson m : nonNull(j.languageMarks)) {
                String problem = m == null ? "a language mark is null" : markProblem(m.start, m.end, m.origin, "language mark");
                if (problem == null && m.language == null) {
                    problem = "language mark [" + m.start + ", " + m.end + "): missing language";
                }
                if (problem == null) {
                    langs.add(new LanguageMark(m.start, m.end, m.language, origin(m.origin)));
                } else {
                    leftOut.add(problem);
                }
            }
            List<QuoteMark> quotes = new ArrayList<>();
            for (ArticleJson.QuoteMarkJson m : nonNull(j.quoteMarks)) {
                String problem = m == null ? "a quotation mark is null" : markProblem(m.start, m.end, m.origin, "quotation mark");
                if (problem == null) {
                    quotes.add(new QuoteMark(m.start, m.end, m.speaker, origin(m.origin)));
                } else {
                    leftOut.add(problem);
                }
            }
            List<RelatedLink> links = new ArrayList<>();
            for (ArticleJson.LinkJson l : nonNull(j.links)) {
                links.add(new RelatedLink(reqs(l.target, "links.target"),
                        l.relation == null ? Relation.SEE_ALSO : Relation.fromId(l.relation), l.note));
            }
            List<ExportRecord> exports = new ArrayList<>();
            for (ArticleJson.ExportJson e : nonNull(j.exports)) {
                exports.add(new ExportRecord(instant(e.at, "exports.at"), reqs(e.format, "exports.format"), reqs(e.path, "exports.path")));
            }
            List<String> tags = new ArrayList<>();
            for (String t : nonNull(j.tags)) {
                if (t != null && !t.isBlank()) {
                    tags.add(t);
                }
            }
            // the length of bodyText() without building it (this runs for every file the list reads)
            int len = Math.max(0, body.size() - 1);
            for (Paragraph p : body) {
                len += p.text().length();
            }
            MarkRules.Checked checked = MarkRules.check(len, langs, quotes);
            leftOut.addAll(checked.leftOut());
            Article a = new Article(j.id, j.headline, j.standfirst, j.byline, j.dateline, j.language,
                    j.status == null ? ArticleStatus.DRAFT : ArticleStatus.fromId(j.status), tags, created, modified,
                    body, checked.languages(), checked.quotes(), links, exports, j.revision == null ? 0 : j.revision, details(j),
                    ignoredWords(j.ignoredWords));
            return new Decoded(a, j.unknownFields(), leftOut);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ArticleFormatException("invalid article: " + (e instanceof NullPointerException
                    ? "a required value is missing" : inWords(e.getMessage())));
        }
    }

    private static final Pattern ENUM = Pattern.compile("No enum constant [\\w.$]+\\.(\\w+)");
    private static final Pattern JAVA_TYPE = Pattern.compile("`([\\w.$]+)(?:<[^`]*>)?`");

    /** A library's message without Java names: what is wrong, in words. */
    static String inWords(String message) {
        if (message == null || message.isBlank()) {
            return "unreadable";
        }
        String m = message.lines().findFirst().orElse("");
        Matcher en = ENUM.matcher(m);
        if (en.find()) {
            return "unknown value '" + en.group(1).toLowerCase(Locale.ROOT) + "'";
        }
        m = m.replaceAll("\\s*\\(through reference chain:.*$", "")
                .replaceAll("\\s*\\(for Object starting at.*$", "")
                .replaceAll("\\s*at \\[Source:.*$", "");
        Matcher t = JAVA_TYPE.matcher(m);
        StringBuilder out = new StringBuilder();
        while (t.find()) {
            String simple = t.group(1).substring(t.group(1).lastIndexOf('.') + 1).replaceAll(".*\\$", "");
            String word = switch (simple) {
                case "Integer", "int", "Long", "long", "Double", "double" -> "a number";
                case "String" -> "text";
                case "List", "ArrayList", "Collection" -> "a list";
                case "Boolean", "boolean" -> "true or false";
                case "JsonNode" -> "a value";
                case "ParagraphJson" -> "a paragraph";
                case "InlineJson" -> "an inline style";
                case "LanguageMarkJson" -> "a language mark";
                case "QuoteMarkJson" -> "a quotation mark";
                case "LinkJson" -> "a link";
                case "ExportJson" -> "an export record";
                case "ArticleJson" -> "an article";
                default -> "a value";
            };
            t.appendReplacement(out, Matcher.quoteReplacement(word));
        }
        t.appendTail(out);
        return out.toString().replaceAll("(?i)\\bjava\\.[\\w.$]+", "a value").strip();
    }

    private static ArticleJson fromArticle(Article a) {
        ArticleJson j = new ArticleJson();
        j.formatVersion = IntNode.valueOf(ArticleJson.FORMAT_VERSION);
        j.id = a.id();
        j.headline = a.headline();
        j.standfirst = a.standfirst();
        j.byline = a.byline();
        j.dateline = a.dateline();
        j.language = a.language();
        j.status = a.status().id();
        j.tags = new ArrayList<>(a.tags());
        StoryDetails d = a.details();
        j.section = d.section().isEmpty() ? null : d.section();
        j.slug = d.slug().isEmpty() ? null : d.slug();
        j.embargo = d.embargo() == null ? null : d.embargo().toString();
        j.targetWords = d.targetWords() == 0 ? null : d.targetWords();
        j.created = a.created().toString();
        j.modified = a.modified().toString();
        j.revision = a.revision();
        if (!a.ignoredWords().isEmpty()) {
            ArrayNode words = JsonNodeFactory.instance.arrayNode();
            a.ignoredWords().forEach(words::add);
            j.ignoredWords = words;
        }
        for (Paragraph p : a.body()) {
            ArticleJson.ParagraphJson pj = new ArticleJson.ParagraphJson();
            pj.kind = p.kind().id();
            pj.text = p.text();
            for (InlineSpan s : p.inline()) {
                ArticleJson.InlineJson ij = new ArticleJson.InlineJson();
                ij.start = s.start();
                ij.end = s.end();
                ij.style = s.style().name().toLowerCase(Locale.ROOT);
                pj.inline.add(ij);
            }
            j.body.add(pj);
        }
        for (LanguageMark m : a.languageMarks()) {
            j.languageMarks.add(ArticleJson.LanguageMarkJson.of(m, false));
        }
        for (QuoteMark m : a.quoteMarks()) {
            j.quoteMarks.add(ArticleJson.QuoteMarkJson.of(m, false));
        }
        for (RelatedLink l : a.links()) {
            ArticleJson.LinkJson lj = new ArticleJson.LinkJson();
            lj.target = l.targetId();
            lj.relation = l.relation().id();
            lj.note = l.note();
            j.links.add(lj);
        }
        for (ExportRecord e : a.exports()) {
            ArticleJson.ExportJson ej = new ArticleJson.ExportJson();
            ej.at = e.at().toString();
            ej.format = e.format();
            ej.path = e.path();
            j.exports.add(ej);
        }
        MarksPerParagraph.distribute(j, a);
        return j;
    }

    /** " in field tags[2]" for a value of the wrong type, so that the user knows where to look; else "". */
    private static String fieldOf(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException m) || m.getPath().isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : m.getPath()) {
            if (r.getFieldName() != null) {
                b.append(b.length() == 0 ? "" : ".").append(abbreviate(r.getFieldName()));
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.length() == 0 ? "" : " in field " + b;
    }

    private static StoryDetails details(ArticleJson j) throws ArticleFormatException {
        if (j.targetWords != null && j.targetWords < 0) {
            throw new ArticleFormatException("invalid targetWords " + j.targetWords + " (expected 0 or more words)");
        }
        return new StoryDetails(j.section, j.slug, j.embargo == null ? null : instant(j.embargo, "embargo"),
                j.targetWords == null ? 0 : j.targetWords);
    }

    /** The string entries of the ignore list (the article's constructor drops what is not a word). */
    private static List<String> ignoredWords(JsonNode node) {
        if (node == null || !node.isArray()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (JsonNode n : node) {
            if (n.isTextual()) {
                out.add(n.textValue());
            }
        }
        return out;
    }

    private static <T> List<T> nonNull(List<T> l) {
        return l == null ? List.of() : l;
    }

    private static int req(Integer v, String field) throws ArticleFormatException {
        if (v == null) {
            throw new ArticleFormatException("missing " + field);
        }
        return v;
    }

    private static String reqs(String v, String field) throws ArticleFormatException {
        if (v == null) {
            throw new ArticleFormatException("missing " + field);
        }
        return v;
    }

    /** A mark without an origin counts as found by analysis; an origin this version does not know is a problem. */
    private static MarkOrigin origin(String s) {
        return s == null ? MarkOrigin.AUTO : MarkOrigin.valueOf(s.strip().toUpperCase(Locale.ROOT));
    }

    private static String markProblem(Integer start, Integer end, String origin, String what) {
        if (start == null || end == null) {
            return what + ": missing " + (start == null ? "start" : "end");
        }
        String where = what + " [" + start + ", " + end + ")";
        if (start < 0 || end < start) {
            return where + ": " + MarkRules.placement(start, end, Integer.MAX_VALUE);
        }
        if (origin != null && !origin.strip().equalsIgnoreCase("auto") && !origin.strip().equalsIgnoreCase("manual")) {
            return where + ": unknown origin '" + abbreviate(origin) + "'";
        }
        return null;
    }

    /** An ISO-8601 time of a field, refused in words when missing or malformed (the codec's and the list's reader). */
    static Instant instant(String s, String field) throws ArticleFormatException {
        if (s == null) {
            throw new ArticleFormatException("missing " + field + " time");
        }
        try {
            return UtcTimes.parse(s);
        } catch (DateTimeParseException e) {
            throw new ArticleFormatException("invalid " + field + " time '" + abbreviate(s) + "' (expected ISO-8601, e.g. 2026-11-27T09:00:00Z)");
        }
    }

    /** A value quoted in an error message: at most 60 characters. */
    static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
