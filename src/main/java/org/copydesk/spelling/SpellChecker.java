package org.copydesk.spelling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.copydesk.analysis.Analysis;
import org.copydesk.analysis.LanguageSegment;
import org.copydesk.spelling.WordScanner.Token;

/**
 * Checks every word in its own language: the language the analysis found for it, with the dictionary of that
 * language (the article's region picks the variant). Pure apart from the dictionaries' caches; thread-safe.
 *
 * <p>A word is accepted when the workspace or user dictionary or the article's ignore list has it, when the dictionary
 * of its language knows it, or when the dictionary of another language of the same article knows it (a loanword, or a
 * word the segmentation gave to its neighbours' language). Words in a language without a dictionary are skipped.
 *
 * <p>Names are not misspellings. An unknown capitalised word is taken for a name when it recurs in the text, appears
 * in the headline, standfirst or byline, stands next to another unknown capitalised word ("Thierry Muller"), or —
 * except in German, where every noun is capitalised — stands inside a sentence rather than at its start.
 */
public final class SpellChecker {
    /** Languages whose common nouns are capitalised: a capital inside a sentence is no sign of a name. */
    private static final Set<String> NOUNS_CAPITALISED = Set.of("de", "lb");
    private static final int MAX_CACHED_PARAGRAPHS = 20_000;
    /** Consulted for every word: the language of most loanwords in European copy. */
    private static final String LOANWORDS = "en";
    /** The languages a foreign phrase is looked up in. */
    private static final List<String> PHRASE_LANGUAGES = List.of("en", "fr", "de", "es", "it", "pt", "nl");
    /** Languages that write compounds as one word: "Tramlinie" is "Tram" + "Linie". */
    private static final Set<String> COMPOUNDING = Set.of("de", "nl");

    private final SpellingDictionaries dictionaries;
    private final Map<String, List<Token>> paragraphs = new ConcurrentHashMap<>();

    public SpellChecker(SpellingDictionaries dictionaries) {
        this.dictionaries = dictionaries;
    }

    public SpellingDictionaries dictionaries() {
        return dictionaries;
    }

    private enum Verdict { SKIP, KNOWN, UNKNOWN, UNKNOWN_CAPITALISED }

    /** Starts loading the dictionaries of the languages of this analysis (and of the article's region). */
    public void preload(Analysis analysis, SpellingContext context) {
        dictionaries.preload(languages(analysis, context).values());
    }

    /**
     * The misspelt words of {@code text}, in text order. Does not wait: a language whose dictionary is still loading
     * is skipped this time ({@link #checkWaiting} waits).
     */
    public List<Misspelling> check(String text, Analysis analysis, SpellingContext context) {
        return check(text, analysis, context, false);
    }

    /** Like {@link #check} but waits for the dictionaries it needs (command line, export, tests). */
    public List<Misspelling> checkWaiting(String text, Analysis analysis, SpellingContext context) {
        return check(text, analysis, context, true);
    }

    /** The languages of the analysis that have no dictionary installed (skipped, never flagged). */
    public Set<String> languagesWithoutDictionary(Analysis analysis, SpellingContext context) {
        Set<String> out = new LinkedHashSet<>();
        languages(analysis, context).forEach((lang, tag) -> {
            if (dictionaries.installed().forLanguage(tag).isEmpty()) {
                out.add(lang);
            }
        });
        return out;
    }

    /**
     * Suggestions for a misspelt word, best first, at most {@code max}, from its language's dictionary, computed within
     * about {@code budgetMillis} (what was found by then).
     */
    public List<String> suggest(Misspelling m, SpellingContext context, long budgetMillis, int max) {
        String tag = tagFor(m.language(), context);
        long deadline = System.nanoTime() + budgetMillis * 1_000_000;
        Set<String> out = new LinkedHashSet<>();
        for (LoadedDictionary d : dictionaries.ready(tag)) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0 || out.size() >= max) {
                break;
            }
            for (String s : d.suggest(m.word(), left)) {
                if (out.size() < max) {
                    out.add(s);
                }
            }
        }
        return List.copyOf(out);
    }

    private List<Misspelling> check(String text, Analysis analysis, SpellingContext context, boolean wait) {
        String primary = analysis.language();
        Map<String, String> langs = languages(analysis, context);
        Map<String, List<LoadedDictionary>> dicts = new HashMap<>();
        langs.forEach((lang, tag) -> dicts.put(lang, wait ? dictionaries.await(tag) : readyOrStartLoading(tag)));
        // English loanwords turn up in copy in every language ("cookies", "start-up"): English is always consulted
        Map<String, List<LoadedDictionary>> known = new HashMap<>(dicts);
        if (!known.containsKey(LOANWORDS)) {
            known.put(LOANWORDS, wait ? dictionaries.await(LOANWORDS) : readyOrStartLoading(LOANWORDS));
        }

        List<Token> tokens = new ArrayList<>();
        int p = 0;
        while (p <= text.length()) {
            int nl = text.indexOf('\n', p);
            int e = nl < 0 ? text.length() : nl;
            if (e > p) {
                List<Token> para = tokensOf(text.substring(p, e));
                for (Token t : para) {
                    tokens.add(new Token(t.start() + p, t.end() + p, t.text(), t.skip(), t.sentenceStart()));
                }
            }
            p = e + 1;
        }

        Map<String, Integer> capitalisedCount = new HashMap<>();
        for (Token t : tokens) {
            if (t.capitalised()) {
                for (String key : nameKeys(t.text())) {
                    capitalisedCount.merge(key, 1, Integer::sum);
                }
            }
        }

        List<LanguageSegment> segs = analysis.segments();
        String[] tokenLang = new String[tokens.size()];
        Verdict[] verdicts = new Verdict[tokens.size()];
        int si = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            while (si < segs.size() && segs.get(si).end() <= t.start()) {
                si++;
            }
            String lang = si < segs.size() && segs.get(si).start() <= t.start() ? segs.get(si).language() : primary;
            tokenLang[i] = lang;
            List<LoadedDictionary> own = lang == null ? null : dicts.get(lang);
            if (t.skip() || own == null || own.isEmpty()) {
                verdicts[i] = Verdict.SKIP;
                continue;
            }
            verdicts[i] = judge(t.text(), lang, known, context);
        }
        excuseForeignPhrases(tokens, verdicts, tokenLang, wait);

        List<Misspelling> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (verdicts[i] == Verdict.UNKNOWN
                    || verdicts[i] == Verdict.UNKNOWN_CAPITALISED && !name(tokens, verdicts, i, tokenLang[i],
                            capitalisedCount, context, text)) {
                out.add(new Misspelling(t.start(), t.end(), text.substring(t.start(), t.end()), tokenLang[i]));
            }
        }
        return out;
    }

    /**
     * A phrase the analysis gave to the wrong language ("een politieke keuze" left in English copy): an unknown word is
     * accepted when one other language knows it and at least one more unknown word within three words of it.
     */
    private void excuseForeignPhrases(List<Token> tokens, Verdict[] verdicts, String[] tokenLang, boolean wait) {
        int n = tokens.size();
        int[] masks = new int[n];
        boolean any = false;
        for (int i = 0; i < n; i++) {
            if (verdicts[i] == Verdict.UNKNOWN || verdicts[i] == Verdict.UNKNOWN_CAPITALISED) {
                boolean neighbour = false;
                for (int j = Math.max(0, i - 3); j <= Math.min(n - 1, i + 3) && !neighbour; j++) {
                    neighbour = j != i && (verdicts[j] == Verdict.UNKNOWN || verdicts[j] == Verdict.UNKNOWN_CAPITALISED);
                }
                if (neighbour) {
                    masks[i] = -1; // to be computed
                    any = true;
                }
            }
        }
        if (!any) {
            return;
        }
        for (int i = 0; i < n; i++) {
            if (masks[i] != -1) {
                continue;
            }
            int m = 0;
            for (int l = 0; l < PHRASE_LANGUAGES.size(); l++) {
                String lang = PHRASE_LANGUAGES.get(l);
                if (lang.equals(tokenLang[i])) {
                    continue;
                }
                List<LoadedDictionary> ds = wait ? dictionaries.await(lang) : readyOrStartLoading(lang);
                if (knownIn(ds, tokens.get(i).text())) {
                    m |= 1 << l;
                }
            }
            masks[i] = m;
        }
        boolean[] excused = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (masks[i] <= 0) {
                continue;
            }
            for (int j = Math.max(0, i - 3); j <= Math.min(n - 1, i + 3); j++) {
                if (j != i && masks[j] > 0 && (masks[i] & masks[j]) != 0
                        && tokens.get(j).start() - tokens.get(i).end() < 60 && tokens.get(i).start() - tokens.get(j).end() < 60) {
                    excused[i] = true;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (excused[i]) {
                verdicts[i] = Verdict.KNOWN;
            }
        }
    }

    private List<LoadedDictionary> readyOrStartLoading(String tag) {
        dictionaries.preload(List.of(tag));
        return dictionaries.ready(tag);
    }

    private List<Token> tokensOf(String paragraph) {
        List<Token> cached = paragraphs.get(paragraph);
        if (cached == null) {
            cached = WordScanner.scan(paragraph, 0, paragraph.length());
            if (paragraphs.size() > MAX_CACHED_PARAGRAPHS) {
                paragraphs.clear();
            }
            paragraphs.put(paragraph, cached);
        }
        return cached;
    }

    private boolean name(List<Token> tokens, Verdict[] verdicts, int i, String lang, Map<String, Integer> counts,
                         SpellingContext context, String text) {
        Token t = tokens.get(i);
        for (String key : nameKeys(t.text())) {
            if (counts.getOrDefault(key, 0) >= 2 || context.inHeadOrByline(key)) {
                return true;
            }
        }
        if (!t.sentenceStart() && !NOUNS_CAPITALISED.contains(lang)) {
            return true;
        }
        return unknownCapitalisedNeighbour(tokens, verdicts, i, i - 1, text)
                || unknownCapitalisedNeighbour(tokens, verdicts, i, i + 1, text);
    }

    private static boolean unknownCapitalisedNeighbour(List<Token> tokens, Verdict[] verdicts, int i, int j, String text) {
        if (j < 0 || j >= tokens.size() || verdicts[j] != Verdict.UNKNOWN_CAPITALISED && verdicts[j] != Verdict.SKIP) {
            return false;
        }
        Token a = tokens.get(Math.min(i, j));
        Token b = tokens.get(Math.max(i, j));
        if (!tokens.get(j).capitalised() || b.start() - a.end() > 2) {
            return false;
        }
        for (int k = a.end(); k < b.start(); k++) {
            char ch = text.charAt(k);
            if (ch != ' ' && ch != '\u00A0' && ch != '.') {
                return false;
            }
        }
        return true;
    }

    /** The word and, for "d’Alsace" / "Vogt-Imhof", its parts: the forms a name may recur in. */
    private static List<String> nameKeys(String word) {
        int apo = apostrophe(word);
        int hyphen = word.indexOf('-');
        if (apo < 0 && hyphen < 0) {
            return List.of(word);
        }
        List<String> keys = new ArrayList<>();
        keys.add(word);
        String rest = apo >= 0 && apo <= 4 ? word.substring(apo + 1) : word;
        for (String part : rest.split("-")) {
            if (part.length() > 1 && Character.isUpperCase(part.charAt(0))) {
                keys.add(part);
            }
        }
        return keys;
    }

    private static int apostrophe(String w) {
        int a = w.indexOf('\'');
        int b = w.indexOf('\u2019');
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }

    private Verdict judge(String word, String lang, Map<String, List<LoadedDictionary>> dicts, SpellingContext ctx) {
        if (known(word, lang, dicts, ctx)) {
            return Verdict.KNOWN;
        }
        int apo = apostrophe(word);
        if (apo > 0) {
            String before = word.substring(0, apo);
            String after = word.substring(apo + 1);
            if (apo <= 4 && after.length() >= 2) {
                return judge(after, lang, dicts, ctx); // elision: l'école, d'Alsace, dell'anno, qu'il
            }
            if (after.length() <= 2) {
                return judge(before, lang, dicts, ctx); // Muller's, they'll
            }
        }
        if (word.indexOf('-') > 0) {
            Verdict worst = Verdict.KNOWN;
            for (String part : word.split("-")) {
                if (part.codePointCount(0, part.length()) < 2 || WordScanner.acronym(part)) {
                    continue;
                }
                Verdict v = judge(part, lang, dicts, ctx);
                if (v == Verdict.UNKNOWN) {
                    return v;
                }
                if (v == Verdict.UNKNOWN_CAPITALISED) {
                    worst = v;
                }
            }
            return worst;
        }
        if (COMPOUNDING.contains(lang) && compound(word, lang, dicts, ctx)) {
            return Verdict.KNOWN;
        }
        return Character.isUpperCase(word.codePointAt(0)) ? Verdict.UNKNOWN_CAPITALISED : Verdict.UNKNOWN;
    }

    /**
     * A compound of two known words, the first of at least three letters (with or without a linking s, es, n, en or
     * e), the second of at least four, written as a noun or as it stands: "Phantomtram", "Rheinschwimmen", "drinsitze".
     */
    private static boolean compound(String word, String lang, Map<String, List<LoadedDictionary>> dicts,
                                    SpellingContext ctx) {
        int len = word.length();
        if (len < 7 || word.indexOf('\'') >= 0 || word.indexOf('’') >= 0) {
            return false;
        }
        for (int k = 3; k <= len - 4; k++) {
            String right = word.substring(k);
            String rightNoun = Character.toUpperCase(right.charAt(0)) + right.substring(1);
            if (!known(right, lang, dicts, ctx) && !known(rightNoun, lang, dicts, ctx)) {
                continue;
            }
            String left = word.substring(0, k);
            for (String link : new String[] {"", "s", "es", "n", "en", "e"}) {
                if (!left.endsWith(link) || left.length() - link.length() < 3) {
                    continue;
                }
                String stem = left.substring(0, left.length() - link.length());
                String lowerStem = stem.toLowerCase(Locale.ROOT);
                if (known(stem, lang, dicts, ctx) || known(lowerStem, lang, dicts, ctx)
                        || known(Character.toUpperCase(lowerStem.charAt(0)) + lowerStem.substring(1), lang, dicts, ctx)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean known(String word, String lang, Map<String, List<LoadedDictionary>> dicts, SpellingContext ctx) {
        if (ctx.accepted().accepts(word)) {
            return true;
        }
        if (knownIn(dicts.get(lang), word)) {
            return true;
        }
        for (Map.Entry<String, List<LoadedDictionary>> e : dicts.entrySet()) {
            if (!e.getKey().equals(lang) && knownIn(e.getValue(), word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean knownIn(List<LoadedDictionary> ds, String word) {
        if (ds == null) {
            return false;
        }
        for (LoadedDictionary d : ds) {
            if (d.accepts(word)) {
                return true;
            }
            if (word.indexOf('\u2019') >= 0 && d.accepts(word.replace('\u2019', '\''))) {
                return true;
            }
            if (word.indexOf('\'') >= 0 && d.accepts(word.replace('\'', '\u2019'))) {
                return true;
            }
        }
        return false;
    }

    /** Each language of the analysis (and the article's) with the tag that picks its dictionary ("en" → "en-GB"). */
    private static Map<String, String> languages(Analysis analysis, SpellingContext context) {
        Map<String, String> out = new LinkedHashMap<>();
        if (analysis.language() != null) {
            out.put(analysis.language(), tagFor(analysis.language(), context));
        }
        for (LanguageSegment s : analysis.segments()) {
            out.computeIfAbsent(s.language(), l -> tagFor(l, context));
        }
        return out;
    }

    static String tagFor(String language, SpellingContext context) {
        String[] lr = InstalledDictionaries.split(context.articleLanguage());
        if (lr != null && lr[1] != null && lr[0].equals(language)) {
            return language + "-" + lr[1];
        }
        return language;
    }
}
