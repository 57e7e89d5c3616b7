package org.copydesk.search;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.copydesk.model.ArticleStatus;

/**
 * The one list of the index's field names and stored values, and how a stored document reads back. Every class of
 * the index names a field through these constants, never as a literal.
 */
final class IndexFields {
    /** The article id: a keyword, stored, and a sorted doc value (read per document without loading it). */
    static final String ID = "id";
    /** Size and modification time of the article file when it was indexed (doc values). */
    static final String SIZE = "size";
    static final String MTIME = "mtime";
    /** {@link #ARTICLE} or {@link #UNREADABLE}. */
    static final String KIND = "kind";
    static final String ARTICLE = "article";
    static final String UNREADABLE = "unreadable";
    /** Why an unreadable file could not be read (stored). */
    static final String ERROR = "error";
    static final String STATUS = "status";
    /** The primary language subtag, for filtering ("fr"). */
    static final String LANG = "lang";
    /** The article's language tag as written ("fr-CH"), stored. */
    static final String LANGUAGE = "language";
    static final String TAG = "tag";
    /** The id of each article this one links to. */
    static final String LINK = "link";
    /** Last modification (epoch millis): a point for ranges, stored, and {@link #MODIFIED_SORT} to sort by. */
    static final String MODIFIED = "modified";
    static final String MODIFIED_SORT = "modified_sort";
    /** The stored headline and standfirst; their analysed fields are {@link LanguageFields#field}. */
    static final String HEADLINE = LanguageFields.HEADLINE;
    static final String STANDFIRST = LanguageFields.STANDFIRST;
    static final String BODY = LanguageFields.BODY;
    /** Each body part, stored as its language, {@link #PART_SEP} and its text. */
    static final String PART = "part";
    static final char PART_SEP = '\u001F';
    /** What a list of articles needs of each. */
    static final Set<String> SUMMARY = Set.of(ID, HEADLINE, STATUS, LANGUAGE, MODIFIED);

    private IndexFields() {
    }

    /** Only the documents of readable articles. */
    static Query readable() {
        return new TermQuery(new Term(KIND, ARTICLE));
    }

    static Query id(String id) {
        return new TermQuery(new Term(ID, id));
    }

    static String primarySubtag(String language) {
        return language == null ? "" : language.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
    }

    static IndexedArticle summary(Document d) {
        return new IndexedArticle(d.get(ID), d.get(HEADLINE), status(d.get(STATUS)), d.get(LANGUAGE), modified(d));
    }

    static Instant modified(Document d) {
        return Instant.ofEpochMilli(d.getField(MODIFIED).numericValue().longValue());
    }

    static ArticleStatus status(String id) {
        try {
            return ArticleStatus.fromId(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            return ArticleStatus.DRAFT;
        }
    }
}
