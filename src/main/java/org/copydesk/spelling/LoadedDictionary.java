package org.copydesk.spelling;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.text.ParseException;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.analysis.hunspell.SortingStrategy;
import org.apache.lucene.analysis.hunspell.SuggestionTimeoutException;
import org.apache.lucene.analysis.hunspell.TimeoutPolicy;

/**
 * One Hunspell dictionary in memory (Lucene's pure-Java Hunspell). Answers are cached per word form, so checking a
 * text again after an edit costs a map look-up per word. Thread-safe.
 */
public final class LoadedDictionary {
    private final String tag;
    private final Hunspell hunspell;
    private final ConcurrentHashMap<String, Boolean> known = new ConcurrentHashMap<>();

    private LoadedDictionary(String tag, Hunspell hunspell) {
        this.tag = tag;
        this.hunspell = hunspell;
    }

    /** Reads an affix and a word file; a malformed file gives an IOException naming it. */
    public static LoadedDictionary load(InstalledDictionaries.HunspellFiles files) throws IOException {
        try (InputStream aff = new BufferedInputStream(Files.newInputStream(files.affix()));
             InputStream dic = new BufferedInputStream(Files.newInputStream(files.words()))) {
            return load(files.tag(), aff, dic);
        }
    }

    public static LoadedDictionary load(String tag, InputStream affix, InputStream words) throws IOException {
        return of(tag, parse(tag, affix, words));
    }

    /** Lucene's parse of an affix and a word file; a malformed file gives an IOException naming the dictionary. */
    static Dictionary parse(String tag, InputStream affix, InputStream words) throws IOException {
        try {
            return new Dictionary(affix, List.of(words), false, SortingStrategy.inMemory());
        } catch (ParseException | RuntimeException e) {
            throw new IOException("dictionary " + tag + " is not a valid Hunspell dictionary: " + e.getMessage(), e);
        }
    }

    static LoadedDictionary of(String tag, Dictionary d) throws IOException {
        try {
            return new LoadedDictionary(tag, new Hunspell(d, TimeoutPolicy.RETURN_PARTIAL_RESULT, () -> { }));
        } catch (RuntimeException e) {
            throw new IOException("dictionary " + tag + " is not a valid Hunspell dictionary: " + e.getMessage(), e);
        }
    }

    public String tag() {
        return tag;
    }

    /** True when the dictionary accepts the word as spelled (Hunspell's own case rules apply). */
    public boolean accepts(String word) {
        Boolean hit = known.get(word);
        if (hit != null) {
            return hit;
        }
        boolean ok;
        synchronized (this) {
            try {
                ok = hunspell.spell(word);
            } catch (RuntimeException e) {
                ok = true; // a word the dictionary cannot process is not reported as a misspelling
            }
        }
        if (known.size() > 500_000) {
            known.clear();
        }
        known.put(word, ok);
        return ok;
    }

    /** Suggestions, best first, computed for at most {@code budgetMillis} (what was found by then). */
    public List<String> suggest(String word, long budgetMillis) {
        synchronized (this) {
            try {
                return List.copyOf(hunspell.suggest(word, Math.max(1, budgetMillis)));
            } catch (SuggestionTimeoutException e) {
                List<String> partial = e.getPartialResult();
                return partial == null ? List.of() : List.copyOf(partial);
            } catch (RuntimeException e) {
                return List.of();
            }
        }
    }
}
