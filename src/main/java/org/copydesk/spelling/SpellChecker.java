package org.copydesk.spelling;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.copydesk.analysis.Analysis;
import org.copydesk.analysis.LanguageSegment;
import org.copydesk.analysis.language.FunctionWords;
import org.copydesk.analysis.language.Languages;
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
    /**
     * Function words found in no other language that make {@link #preloadLikely} start a language's dictionary early:
     * two strays are common ("3 per cent", "Uno"), a passage in the language has more.
     */
    private static final int MIN_FUNCTION_WORDS = 3;
    /** The languages a foreign phrase is looked up in. */
    private static final List<String> PHRASE_LANGUAGES = List.of("en", "fr", "de", "es", "it", "pt", "nl");
    /** Languages that write compounds as one word: "Tramlinie" is "Tram" + "Linie". */
    private static final Set<String> COMPOUNDING = Set.of("de", "nl");

    private final SpellingDictionaries dictionaries;

    public SpellChecker(SpellingDictionaries dictionaries) {
        this.dictionaries = dictionaries;
    }

    public SpellingDictionaries dictionaries() {
        return dictionaries;
    }

    private enum Verdict { SKIP, KNOWN, UNKNOWN, UNKNOWN_CAPITALISED }

    /**
     * Starts loading, before the text is analysed, the dictionaries a check of it will most likely need: English (always
     * consulted), the article's language, and each language of which the text has at least three function words found in
     * no other language ("und", "les", "della"), the most frequent first. A guess only saves time: the check itself
     * loads whatever the analysis turns out to need.
     */
    public void preloadLikely(String text, SpellingContext context) {
        List<String> tags = new ArrayList<>();
        tags.add(LOANWORDS);
        String article = context.articleLanguage();
        if (article != null && !article.isBlank()) {
            tags.add(article);
        }
        int[] hits = new int[Languages.COUNT];
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            boolean[] in = w.isEmpty() ? null : FunctionWords.languagesOf(w);
            if (in == null) {
                continue;
            }
            int only = -1;
            for (int l = 0; l < in.length; l++) {
                if (in[l]) {
                    only = only == -1 ? l : -2;
                }
            }
            if (only >= 0) {
                hits[only]++;
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int l = 0; l < hits.length; l++) {
            if (hits[l] >= MIN_FUNCTION_WORDS) {
                order.add(l);
            }
        }
        order.sort(Comparator.comparingInt((Integer l) -> -hits[l]));
        for (int l : order) {
            tags.add(tagFor(Languages.CODES.get(l), context));
        }
        dictionaries.preload(new ArrayList<>(new LinkedHashSet<>(tags)));
    }

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

    /** The dictionary tags a check of this analysis uses: each language's (the region picks the variant) and English. */
    public Collection<String> tags(Analysis analysis, SpellingContext context) {
        Set<String> out = new LinkedHashSet<>(languages(analysis, context).values());
        out.add(LOANWORDS);
        return out;
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

    /** What cached results depend on besides the text: the dictionaries at hand and the accepted words. */
    private record State(Map<String, List<LoadedDictionary>> own, Map<String, List<LoadedDictionary>> known,
                         WordList accepted) {
    }

    /** Results valid under one {@link State}: verdicts per language and word, phrase masks, whole paragraphs. */
    private static final class Memo {
        final Map<String, Verdict> verdicts = new ConcurrentHashMap<>();
        final Map<String, Integer> phraseMasks = new ConcurrentHashMap<>();
        final Map<ParagraphKey, ParagraphResult> paragraphs = new ConcurrentHashMap<>();
    }

    /** A paragraph as the checker sees it: its text, the article's language, its segments (offsets in the paragraph). */
    private record ParagraphKey(String text, String primary, List<LanguageSegment> segments) {
    }

    /**
     * One paragraph checked on its own (offsets in the paragraph): the words flagged whatever the rest of the text
     * says, the capitalised unknown words that are names if they recur elsewhere or stand in the headline, and the forms
     * of every capitalised word in it (what recurrence is counted on).
     */
    private record ParagraphResult(List<Misspelling> flagged, List<Candidate> candidates, List<String> capitalisedForms,
                                   boolean complete) {
    }

    private record Candidate(Misspelling word, List<String> forms) {
    }

    private static final int MEMOS = 4;
    private static final int MAX_CACHED_WORDS = 200_000;
    private final Map<State, Memo> memos = Collections.synchronizedMap(
            new LinkedHashMap<>(8, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<State, Memo> eldest) {
                    return size() > MEMOS;
                }
            });

    /**
     * Checks paragraph by paragraph: a paragraph whose text and segments were checked before under the same
     * dictionaries and word lists is not checked again, and words are judged once per language. Only the recurrence of
     * names is counted over the whole text each time, on the capitalised words each paragraph kept.
     */
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
        Memo memo = memos.computeIfAbsent(new State(dicts, known, context.accepted()), s -> new Memo());
        if (memo.paragraphs.size() > MAX_CACHED_PARAGRAPHS) {
            memo.paragraphs.clear();
        }
        if (memo.verdicts.size() > MAX_CACHED_WORDS) {
            memo.verdicts.clear();
            memo.phraseMasks.clear();
        }

        List<LanguageSegment> segs = analysis.segments();
        List<Misspelling> out = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        List<ParagraphResult> results = new ArrayList<>();
        int si = 0;
        int p = 0;
        while (p <= text.length()) {
            int nl = text.indexOf('\n', p);
            int e = nl < 0 ? text.length() : nl;
            if (e > p) {
                while (si < segs.size() && segs.get(si).end() <= p) {
                    si++;
                }
                List<LanguageSegment> local = new ArrayList<>(2);
                for (int k = si; k < segs.size() && segs.get(k).start() < e; k++) {
                    LanguageSegment s = segs.get(k);
                    int ls = Math.max(p, s.start()) - p;
                    int le = Math.min(e, s.end()) - p;
                    if (le > ls) {
                        local.add(new LanguageSegment(ls, le, s.language()));
                    }
                }
                ParagraphKey key = new ParagraphKey(text.substring(p, e), primary, local);
                ParagraphResult r = memo.paragraphs.get(key);
                if (r == null) {
                    r = checkParagraph(key, dicts, known, context, wait, memo);
                    if (r.complete()) {
                        memo.paragraphs.put(key, r);
                    }
                }
                results.add(r);
                for (Misspelling m : r.flagged()) {
                    out.add(shifted(m, p));
                }
                for (Candidate c : r.candidates()) {
                    candidates.add(new Candidate(shifted(c.word(), p), c.forms()));
                }
            }
            p = e + 1;
        }
        if (!candidates.isEmpty()) {
            Set<String> wanted = new HashSet<>();
            candidates.forEach(c -> wanted.addAll(c.forms()));
            Map<String, Integer> counts = new HashMap<>();
            for (ParagraphResult r : results) {
                for (String f : r.capitalisedForms()) {
                    if (wanted.contains(f)) {
                        counts.merge(f, 1, Integer::sum);
                    }
                }
            }
            for (Candidate c : candidates) {
                boolean name = false;
                for (String f : c.forms()) {
                    name |= counts.getOrDefault(f, 0) >= 2 || context.inHeadOrByline(f);
                }
                if (!name) {
                    out.add(c.word());
                }
            }
            out.sort(Comparator.comparingInt(Misspelling::start));
        }
        return out;
    }

    private static Misspelling shifted(Misspelling m, int by) {
        return by == 0 ? m : new Misspelling(m.start() + by, m.end() + by, m.word(), m.language());
    }

    private ParagraphResult checkParagraph(ParagraphKey key, Map<String, List<LoadedDictionary>> dicts,
                                           Map<String, List<LoadedDictionary>> known, SpellingContext context,
                                           boolean wait, Memo memo) {
        String text = key.text();
        List<Token> tokens = WordScanner.scan(text, 0, text.length());
        List<LanguageSegment> segs = key.segments();
        String[] tokenLang = new String[tokens.size()];
        Verdict[] verdicts = new Verdict[tokens.size()];
        List<String> capitalised = new ArrayList<>();
        int si = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.capitalised()) {
                capitalised.addAll(nameKeys(t.text()));
            }
            while (si < segs.size() && segs.get(si).end() <= t.start()) {
                si++;
            }
            String lang = si < segs.size() && segs.get(si).start() <= t.start() ? segs.get(si).language() : key.primary();
            tokenLang[i] = lang;
            List<LoadedDictionary> own = lang == null ? null : dicts.get(lang);
            if (t.skip() || own == null || own.isEmpty()) {
                verdicts[i] = Verdict.SKIP;
                continue;
            }
            String word = t.text();
            Verdict v = memo.verdicts.get(lang + '\u0000' + word);
            if (v == null) {
                v = judge(word, lang, known, context);
                memo.verdicts.put(lang + '\u0000' + word, v);
            }
            verdicts[i] = v;
        }
        boolean complete = excuseForeignPhrases(tokens, verdicts, tokenLang, wait, memo);

        List<Misspelling> flagged = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Misspelling m = new Misspelling(t.start(), t.end(), t.text(), tokenLang[i]);
            if (verdicts[i] == Verdict.UNKNOWN) {
                flagged.add(m);
            } else if (verdicts[i] == Verdict.UNKNOWN_CAPITALISED && !nameHere(tokens, verdicts, i, tokenLang[i], text)) {
                candidates.add(new Candidate(m, nameKeys(t.text())));
            }
        }
        return new ParagraphResult(List.copyOf(flagged), List.copyOf(candidates), List.copyOf(capitalised), complete);
    }

    /**
     * A phrase the analysis gave to the wrong language ("een politieke keuze" left in English copy): an unknown word is
     * accepted when one other language knows it and at least one more unknown word within three words of it. Returns
     * false when a dictionary it needed was still loading (the verdicts are then provisional).
     */
    private boolean excuseForeignPhrases(List<Token> tokens, Verdict[] verdicts, String[] tokenLang, boolean wait,
                                         Memo memo) {
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
            return true;
        }
        boolean complete = true;
        for (int i = 0; i < n; i++) {
            if (masks[i] != -1) {
                continue;
            }
            String cacheKey = tokenLang[i] + '\u0000' + tokens.get(i).text();
            Integer cached = memo.phraseMasks.get(cacheKey);
            if (cached != null) {
                masks[i] = cached;
                continue;
            }
            int m = 0;
            boolean sure = true;
            for (int l = 0; l < PHRASE_LANGUAGES.size(); l++) {
                String lang = PHRASE_LANGUAGES.get(l);
                if (lang.equals(tokenLang[i])) {
                    continue;
                }
                List<LoadedDictionary> ds = wait ? dictionaries.await(lang) : readyOrStartLoading(lang);
                if (ds.isEmpty() && !wait && dictionaries.status(lang) == SpellingDictionaries.Status.LOADING) {
                    sure = false;
                }
                if (knownIn(ds, tokens.get(i).text())) {
                    m |= 1 << l;
                }
            }
            masks[i] = m;
            if (sure) {
                memo.phraseMasks.put(cacheKey, m);
            }
            complete &= sure;
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
        return complete;
    }

    private List<LoadedDictionary> readyOrStartLoading(String tag) {
        dictionaries.preload(List.of(tag));
        return dictionaries.ready(tag);
    }

    /**
     * What the paragraph alone says of an unknown capitalised word: a name when it stands inside a sentence (except in
     * German, where every noun is capitalised) or next to another unknown capitalised word ("Thierry Muller").
     */
    private static boolean nameHere(List<Token> tokens, Verdict[] verdicts, int i, String lang, String text) {
        Token t = tokens.get(i);
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
