package org.copydesk.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A story on the desk. Immutable: every change gives a new article.
 *
 * <p>The body is a list of paragraphs; {@link #bodyText()} joins them with '\n', and the offsets of
 * {@link #languageMarks()} and {@link #quoteMarks()} are indices into that text.
 */
public record Article(
        String id,
        String headline,
        String standfirst,
        String byline,
        String dateline,
        String language,
        ArticleStatus status,
        List<String> tags,
        Instant created,
        Instant modified,
        List<Paragraph> body,
        List<LanguageMark> languageMarks,
        List<QuoteMark> quoteMarks,
        List<RelatedLink> links,
        List<ExportRecord> exports,
        long revision,
        StoryDetails details,
        List<String> ignoredWords) {

    public Article {
        Objects.requireNonNull(id, "id");
        headline = headline == null ? "" : headline;
        standfirst = standfirst == null ? "" : standfirst;
        byline = byline == null ? "" : byline;
        dateline = dateline == null ? "" : dateline;
        language = language == null || language.isBlank() ? "en" : language;
        status = status == null ? ArticleStatus.DRAFT : status;
        tags = List.copyOf(tags == null ? List.of() : tags);
        Objects.requireNonNull(created, "created");
        modified = modified == null ? created : modified;
        body = List.copyOf(body == null ? List.of() : body);
        languageMarks = List.copyOf(languageMarks == null ? List.of() : languageMarks);
        quoteMarks = List.copyOf(quoteMarks == null ? List.of() : quoteMarks);
        links = List.copyOf(links == null ? List.of() : links);
        exports = List.copyOf(exports == null ? List.of() : exports);
        if (revision < 0) {
            throw new IllegalArgumentException("revision < 0");
        }
        details = details == null ? StoryDetails.NONE : details;
        ignoredWords = ignoredWords(ignoredWords);
    }

    /** Longest word an ignore list keeps. */
    public static final int MAX_IGNORED_WORD = 100;

    /**
     * The words of an article's spelling ignore list as kept: stripped, without blanks, over-long entries or entries
     * holding white space or control characters (a word, not a phrase), each once, sorted.
     */
    private static List<String> ignoredWords(List<String> words) {
        if (words == null || words.isEmpty()) {
            return List.of();
        }
        TreeSet<String> out = new TreeSet<>();
        for (String w : words) {
            String t = w == null ? "" : w.strip();
            if (!t.isEmpty() && t.length() <= MAX_IGNORED_WORD
                    && t.codePoints().noneMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c)
                    || Character.isSpaceChar(c))) {
                out.add(t);
            }
        }
        return List.copyOf(out);
    }

    /** An article without a spelling ignore list. */
    public Article(String id, String headline, String standfirst, String byline, String dateline, String language,
            ArticleStatus status, List<String> tags, Instant created, Instant modified, List<Paragraph> body,
            List<LanguageMark> languageMarks, List<QuoteMark> quoteMarks, List<RelatedLink> links,
            List<ExportRecord> exports, long revision, StoryDetails details) {
        this(id, headline, standfirst, byline, dateline, language, status, tags, created, modified, body, languageMarks,
                quoteMarks, links, exports, revision, details, List.of());
    }

    /** An article without story details (section, slug, embargo, target length). */
    public Article(String id, String headline, String standfirst, String byline, String dateline, String language,
            ArticleStatus status, List<String> tags, Instant created, Instant modified, List<Paragraph> body,
            List<LanguageMark> languageMarks, List<QuoteMark> quoteMarks, List<RelatedLink> links,
            List<ExportRecord> exports, long revision) {
        this(id, headline, standfirst, byline, dateline, language, status, tags, created, modified, body, languageMarks,
                quoteMarks, links, exports, revision, StoryDetails.NONE);
    }

    /** A new, empty draft. The id is assigned by the workspace when it is first saved. */
    public static Article draft(String id, String headline, String language, Instant now) {
        return new Article(id, headline, "", "", "", language, ArticleStatus.DRAFT, List.of(), now, now,
                List.of(), List.of(), List.of(), List.of(), List.of(), 0);
    }

    /** The body as one text, paragraphs separated by '\n'. */
    public String bodyText() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < body.size(); i++) {
            if (i > 0) {
                sb.append('\n');
            }
            sb.append(body.get(i).text());
        }
        return sb.toString();
    }

    /** Offset of each paragraph's first character in {@link #bodyText()}. */
    public int[] paragraphStarts() {
        int[] starts = new int[body.size()];
        int pos = 0;
        for (int i = 0; i < body.size(); i++) {
            starts[i] = pos;
            pos += body.get(i).text().length() + 1;
        }
        return starts;
    }

    /**
     * Words of the body: the length a desk counts and a target length is set in (the headline and standfirst have
     * limits of their own, in characters).
     */
    public int bodyWordCount() {
        return Words.count(bodyText());
    }

    /** Number of words in headline, standfirst and body. */
    public int wordCount() {
        return Words.count(headline) + Words.count(standfirst) + Words.count(bodyText());
    }

    /** Splits text on '\n' into plain paragraphs. */
    public static List<Paragraph> paragraphsOf(String text) {
        List<Paragraph> out = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            out.add(Paragraph.of(line));
        }
        return out;
    }

    public Article withHeadline(String v) {
        return new Article(id, v, standfirst, byline, dateline, language, status, tags, created, modified, body,
                languageMarks, quoteMarks, links, exports, revision, details, ignoredWords);
    }

    public Article withStandfirst(String v) {
        return new Article(id, headline, v, byline, dateline, language, status, tags, created, modified, body,
                languageMarks, quoteMarks, links, exports, revision, details, ignoredWords);
    }

    public Article withByline(String v) {
        return new Article(id, headline, standfirst, v, dateline, language, status, tags, created, modified, body,
                languageMarks, quoteMarks, links, exports, revision, details, ignoredWords);
    }

    public Article withDateline(String v) {
        return new Article(id, headline, standfirst, byline, v, language, status, tags, created, modified, body,
                languageMarks, quoteMarks, links, exports, revision, details, ignoredWords);
    }

    public Article withLanguage(String v) {
        return new Article(id, headline, standfirst, byline, dateline, v, status, tags, created, modified, body,
                languageMarks, quoteMarks, links, exports, revision, details, ignoredWords);
    }

    public Article withStatus(ArticleStatus v) {
        return new Article(id, headline, standfirst, byline, dateline, language, v, tags, created, modified, body,
                languageMarks, quoteMarks, links, exports, revision, details, ignoredWords);
    }

    public Article withTags(List<String> v) {
        return new Article(id, headline, standfirst, byline, dateline, language, status, v, created, modified, body,
                languageMarks, quoteMarks, links, exports, revision, details, ignoredWords);
    }

    public Article withBody(List<Paragraph> v) {
        return new Article(id, headline, standfirst, byline, dateline, language, status, tags, created, modified, v,
                languageMarks, quoteMarks, links, exports, revision, details, ignoredWords);
    }

    public Article withLanguageMarks(List<LanguageMark> v) {
        return new Article(id, headline, standfirst, byline, dateline, language, status, tags, created, modified, body,
                v, quoteMarks, links, exports, revision, details, ignoredWords);
    }

    public Article withQuoteMarks(List<QuoteMark> v) {
        return new Article(id, headline, standfirst, byline, dateline, language, status, tags, created, modified, body,
                languageMarks, v, links, exports, revision, details, ignoredWords);
    }

    public Article withLinks(List<RelatedLink> v) {
        return new Article(id, headline, standfirst, byline, dateline, language, status, tags, created, modified, body,
                languageMarks, quoteMarks, v, exports, revision, details, ignoredWords);
    }

    public Article withExports(List<ExportRecord> v) {
        return new Article(id, headline, standfirst, byline, dateline, language, status, tags, created, modified, body,
                languageMarks, quoteMarks, links, v, revision, details, ignoredWords);
    }

    public Article withId(String v) {
        return new Article(v, headline, standfirst, byline, dateline, language, status, tags, created, modified, body,
                languageMarks, quoteMarks, links, exports, revision, details, ignoredWords);
    }

    public Article withDetails(StoryDetails v) {
        return new Article(id, headline, standfirst, byline, dateline, language, status, tags, created, modified, body,
                languageMarks, quoteMarks, links, exports, revision, v, ignoredWords);
    }

    /** The article with this spelling ignore list (words accepted in this article only). */
    public Article withIgnoredWords(List<String> v) {
        return new Article(id, headline, standfirst, byline, dateline, language, status, tags, created, modified, body,
                languageMarks, quoteMarks, links, exports, revision, details, v);
    }

    /** The same content as saved: modified time and revision moved on. */
    public Article savedAt(Instant when, long newRevision) {
        return new Article(id, headline, standfirst, byline, dateline, language, status, tags, created, when, body,
                languageMarks, quoteMarks, links, exports, newRevision, details, ignoredWords);
    }

    /** True when the two differ only in modified time and revision. */
    public boolean sameContentAs(Article other) {
        return other != null && savedAt(Instant.EPOCH, 0).equals(other.savedAt(Instant.EPOCH, 0));
    }
}
