package org.copydesk.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.copydesk.analysis.checks.PageResidue;
import org.copydesk.analysis.checks.WebResidue;
import org.copydesk.analysis.language.FunctionWords;
import org.copydesk.analysis.language.LanguageSegmenter;
import org.copydesk.analysis.language.Languages;
import org.copydesk.analysis.language.WordScores;
import org.copydesk.analysis.quotes.QuoteMarks;
import org.copydesk.analysis.quotes.Speakers;
import org.copydesk.model.Words;

/** What one paragraph's text says on its own, whatever the rest of the article: words and their evidence, marks, residue. */
final class ParagraphFacts {
    final String text;
    final int[] wordStart;
    final int[] wordEnd;
    final double[][] evidence;
    final double[] gap;
    /**
     * Per language, how many words a segmentation free to use all seven languages gives it (for choosing the article's
     * candidate languages: isolated noise is absorbed by the switch penalty, real fragments survive).
     */
    final int[] strongCounts;
    final List<QuoteMarks.Mark> marks;
    /** Per word, its language in a segmentation free to use all seven languages. */
    final int[] free;
    /** Per word, whether it is capitalised where no sentence starts (mostly a name). */
    final boolean[] nameLike;
    /** Per word, the languages in which it leans on the words after it ({@link FunctionWords#leadingMask}). */
    final int[] leading;
    final WebResidue.Finding residue;

    /** Share of the switch penalty that applies where a name begins or ends. */
    static final double NAME_EDGE = 0.6;
    /** A name's head stays out of the run after it when its own evidence is this much against the run's language. */
    static final double NAME_HEAD_DOUBT = 3.0;

    ParagraphFacts(String text, WordScores scores) {
        this.text = text;
        List<Words.Word> words = Words.split(text);
        int n = words.size();
        wordStart = new int[n];
        wordEnd = new int[n];
        evidence = new double[n][];
        gap = new double[n];
        strongCounts = new int[Languages.COUNT];
        nameLike = new boolean[n];
        leading = new int[n];
        for (int i = 0; i < n; i++) {
            Words.Word w = words.get(i);
            wordStart[i] = w.start();
            wordEnd[i] = w.end();
            String form = text.substring(w.start(), w.end());
            boolean allCaps = form.length() >= 2 && form.equals(form.toUpperCase(Locale.ROOT))
                    && !form.equals(form.toLowerCase(Locale.ROOT));
            boolean capital = Character.isUpperCase(form.codePointAt(0));
            boolean initial = startsSentence(text, w.start());
            boolean nameLike = capital && !initial;
            this.nameLike[i] = nameLike || allCaps;
            leading[i] = capital ? 0 : FunctionWords.leadingMask(form.replace('\u2019', '\''));
            boolean afterDigit = w.start() > 0 && Character.isDigit(text.charAt(w.start() - 1));
            evidence[i] = afterDigit ? ordinalSuffix(form, scores, nameLike, allCaps)
                    : scores.evidence(form, nameLike, allCaps);
            gap[i] = i == 0 ? 1.0 : LanguageSegmenter.gapFactor(text.subSequence(wordEnd[i - 1], w.start()));
        }
        // a name (an institution, a law, a work) is where copy most often switches language for a word or three
        for (int i = 1; i < n; i++) {
            if (nameLike[i] != nameLike[i - 1]) {
                gap[i] *= NAME_EDGE;
            }
        }
        int[] all = new int[Languages.COUNT];
        for (int l = 0; l < all.length; l++) {
            all[l] = l;
        }
        free = LanguageSegmenter.label(evidence, gap, leading, all, -1);
        for (int l : free) {
            strongCounts[l]++;
        }
        residue = WebResidue.check(text);
        // the », › and | of a menu or breadcrumb line separate its items: they are not quotation marks
        marks = residue != null && residue.kind() == WebResidue.Kind.NAVIGATION ? List.of()
                : List.copyOf(QuoteMarks.scan(text));
    }

    private volatile Set<String> contentWords;

    /** This paragraph's words as {@link PageResidue#contentWords} gives them (computed once, when first asked). */
    Set<String> contentWords() {
        Set<String> w = contentWords;
        if (w == null) {
            w = Set.copyOf(PageResidue.contentWords(text));
            contentWords = w;
        }
        return w;
    }

    private volatile Object[] lastLabels;
    private final ConcurrentHashMap<Long, String> speakers = new ConcurrentHashMap<>();
    private static final String NO_SPEAKER = new String("");

    /** The languages of the words for an article context (candidates + primary), kept for the last context asked. */
    int[] labels(double[] costs, int primary, String context) {
        Object[] last = lastLabels;
        if (last != null && last[0].equals(context)) {
            return (int[]) last[1];
        }
        int[] lab = LanguageSegmenter.label(evidence, gap, leading, primary, costs);
        nameHeads(lab);
        lastLabels = new Object[] {context, lab};
        return lab;
    }

    /**
     * A capitalised name held together by a little word of one language is in that language as a whole ("Cour des
     * comptes", "Corte dei conti", "Ley de Vivienda"): when the linking word is labelled with a language it leans in,
     * the name-like word before it and the name-like words right after it join it, unless their own evidence is
     * clearly against.
     */
    private void nameHeads(int[] lab) {
        int joined = -1;
        for (int j = 1; j + 1 < lab.length; j++) {
            int l = lab[j];
            if (j - 1 <= joined || nameLike[j] || (leading[j] & (1 << l)) == 0 || !nameLike[j - 1]
                    || !adjacent(j - 1) || !adjacent(j) || evidence[j - 1][l] <= -NAME_HEAD_DOUBT) {
                continue;
            }
            boolean tail = nameLike[j + 1];
            if (!tail && lab[j + 1] != l) {
                continue;
            }
            lab[j - 1] = l;
            for (int k = j + 1; tail && k < lab.length && nameLike[k] && adjacent(k - 1)
                    && evidence[k][l] > -NAME_HEAD_DOUBT; k++) {
                lab[k] = l;
                joined = k;
            }
        }
    }

    /** Whether only spaces separate word {@code i} from the next. */
    private boolean adjacent(int i) {
        return text.substring(wordEnd[i], wordStart[i + 1]).isBlank();
    }

    /** The speaker of a quotation that starts and ends in this paragraph, at relative offsets. */
    String speaker(int relStart, int relEnd) {
        long key = ((long) relStart << 32) | relEnd;
        String s = speakers.get(key);
        if (s == null) {
            String found = Speakers.find(text, relStart, relEnd);
            s = found == null ? NO_SPEAKER : found;
            if (speakers.size() < 1000) {
                speakers.put(key, s);
            }
        }
        return s == NO_SPEAKER ? null : s;
    }

    /**
     * The language most of the (up to) four words before and four after {@code [relStart, relEnd)} are in, by this
     * paragraph's labels (after it only when it ends in this paragraph: {@code relEnd <= length}); -1 when there is
     * no such word. Ties go to {@code primary}. Same rule as {@link QuoteConventions#languageAround}.
     */
    int languageAround(int[] labels, int relStart, int relEnd, int primary) {
        int n = wordStart.length;
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (wordStart[mid] < relStart) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int[] votes = new int[Languages.COUNT];
        boolean any = false;
        for (int i = lo - 1; i >= Math.max(0, lo - 4); i--) {
            votes[labels[i]]++;
            any = true;
        }
        int after = lo;
        while (after < n && wordStart[after] < relEnd) {
            after++;
        }
        int afterEnd = relEnd > text.length() ? after : Math.min(n, after + 4);
        for (int i = after; i < afterEnd; i++) {
            votes[labels[i]]++;
            any = true;
        }
        if (!any) {
            return -1;
        }
        int best = -1;
        for (int l = 0; l < votes.length; l++) {
            if (votes[l] > 0 && (best < 0 || votes[l] > votes[best] || (votes[l] == votes[best] && l == primary))) {
                best = l;
            }
        }
        return best;
    }

    /** Letters right after a number: an ordinal suffix says the language ("18th", "18e", "3rd", "2ème", "1er"). */
    private static double[] ordinalSuffix(String form, WordScores scores, boolean nameLike, boolean allCaps) {
        int lang = switch (form.toLowerCase(Locale.ROOT)) {
            case "st", "nd", "rd", "th" -> 0;
            case "e", "er", "re", "ère", "ème", "eme", "es", "ers", "res" -> 1;
            case "te", "ten" -> 2;
            case "º", "ª", "o", "a" -> -1;
            default -> -1;
        };
        if (lang < 0) {
            return scores.evidence(form, nameLike, allCaps);
        }
        double[] e = new double[Languages.COUNT];
        Arrays.fill(e, -8.0);
        e[lang] = 0;
        return e;
    }

    /**
     * The language this paragraph opens in: the most common free label among its first eight words that are not
     * names; -1 when it has fewer than three such words.
     */
    int openingLanguage() {
        int[] votes = new int[Languages.COUNT];
        int seen = 0;
        for (int i = 0; i < free.length && seen < 8; i++) {
            if (!nameLike[i]) {
                votes[free[i]]++;
                seen++;
            }
        }
        if (seen < 3) {
            return -1;
        }
        int best = 0;
        for (int l = 1; l < votes.length; l++) {
            if (votes[l] > votes[best]) {
                best = l;
            }
        }
        return best;
    }

    int wordCount() {
        return wordStart.length;
    }

    private static boolean startsSentence(String text, int pos) {
        int i = pos - 1;
        while (i >= 0) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i--;
                continue;
            }
            if (Character.isLetterOrDigit(c) || c == ',' || c == ';') {
                return false;
            }
            if (c == '.' || c == '!' || c == '?' || c == ':' || c == '—' || c == '–' || c == '(' || c == '…'
                    || QuoteMarks.isQuoteChar(c)) {
                return true;
            }
            i--;
        }
        return true;
    }
}
