package org.copydesk.spelling;

import java.util.Locale;
import java.util.Set;
import org.copydesk.model.Article;

/**
 * What the checker is told about the copy beyond its text: the article's language with its region ("en-GB" picks the
 * British dictionary), the headline, standfirst and byline (a capitalised word found there is a name), and the words
 * accepted for this check (workspace and user dictionaries, the article's ignore list).
 */
public record SpellingContext(String articleLanguage, String headline, String byline, WordList accepted) {
    public static final SpellingContext NONE = new SpellingContext(null, "", "", WordList.EMPTY);

    public SpellingContext {
        headline = headline == null ? "" : headline;
        byline = byline == null ? "" : byline;
        accepted = accepted == null ? WordList.EMPTY : accepted;
    }

    /** The context of an article: its language, headline and byline, these words and the article's ignore list. */
    public static SpellingContext of(Article article, WordList accepted) {
        return new SpellingContext(article.language(), article.headline() + "\n" + article.standfirst(),
                article.byline() + "\n" + article.dateline(), accepted).withAccepted(Set.copyOf(article.ignoredWords()));
    }

    /** The region of the article's language in capitals ("GB"), or null. */
    public String region() {
        String[] lr = InstalledDictionaries.split(articleLanguage);
        return lr == null ? null : lr[1];
    }

    /** True when the headline, standfirst, byline or dateline contains this word. */
    boolean inHeadOrByline(String word) {
        return containsWord(headline, word) || containsWord(byline, word);
    }

    private static boolean containsWord(String text, String word) {
        int i = text.indexOf(word);
        while (i >= 0) {
            int e = i + word.length();
            boolean left = i == 0 || !Character.isLetter(text.charAt(i - 1));
            boolean right = e >= text.length() || !Character.isLetter(text.charAt(e));
            if (left && right) {
                return true;
            }
            i = text.indexOf(word, i + 1);
        }
        return false;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** The word lists of this context and the given ones together. */
    public SpellingContext withAccepted(Set<String> more) {
        WordList w = accepted;
        for (String s : more) {
            w = w.with(s);
        }
        return new SpellingContext(articleLanguage, headline, byline, w);
    }
}
