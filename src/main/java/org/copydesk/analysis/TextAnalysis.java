package org.copydesk.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.copydesk.analysis.checks.PageResidue;
import org.copydesk.analysis.checks.WebResidue;
import org.copydesk.analysis.language.LanguageSegmenter;
import org.copydesk.analysis.language.Languages;
import org.copydesk.analysis.language.WordScores;
import org.copydesk.analysis.quotes.QuoteMarks;
import org.copydesk.analysis.quotes.QuotePairing;
import org.copydesk.analysis.quotes.Speakers;
import org.copydesk.model.LanguageMark;
import org.copydesk.model.QuoteMark;

/**
 * One analysis pass over a whole text. Paragraph results come from (and go to) the given caches, so a session
 * re-analyses only the paragraphs whose text or context changed.
 */
final class TextAnalysis {
    static final int MAX_CANDIDATES = 7;
    /** Paragraphs to analyse at once before the work is spread over the cores. */
    static final int PARALLEL_FROM = 16;
    private static final boolean DEBUG = Boolean.getBoolean("copydesk.debug");

    /** Paragraph facts by paragraph text (each keeps its word labels for the last language context). */
    static final class Caches {
        Map<String, ParagraphFacts> facts = new HashMap<>();
    }

    private TextAnalysis() {
    }

    static Analysis run(String text, AnalysisHints hints, WordScores scores, Caches old) {
        Caches fresh = new Caches();
        List<Integer> offsets = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        int pos = 0;
        int len = text.length();
        while (pos <= len) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? len : nl;
            if (end > pos && !text.substring(pos, end).isBlank()) {
                offsets.add(pos);
                texts.add(text.substring(pos, end));
            }
            if (nl < 0) {
                break;
            }
            pos = nl + 1;
        }
        List<String> missing = new ArrayList<>();
        for (String p : texts) {
            if (!fresh.facts.containsKey(p)) {
                ParagraphFacts f;
                f = old.facts.get(p);
                if (f != null) {
                    fresh.facts.put(p, f);
                } else {
                    missing.add(p);
                    fresh.facts.put(p, null);
                }
            }
        }
        if (missing.size() >= PARALLEL_FROM) {
            missing.parallelStream().map(p -> new ParagraphFacts(p, scores)).toList()
                    .forEach(f -> fresh.facts.put(f.text, f));
        } else {
            for (String p : missing) {
                fresh.facts.put(p, new ParagraphFacts(p, scores));
            }
        }
        List<ParagraphFacts> paragraphs = new ArrayList<>(texts.size());
        for (String p : texts) {
            paragraphs.add(fresh.facts.get(p));
        }

        // web residue: each paragraph on its own, then with the page around it
        List<WebResidue.Finding> own = new ArrayList<>(paragraphs.size());
        for (ParagraphFacts f : paragraphs) {
            own.add(f.residue);
        }
        List<WebResidue.Finding> residue = PageResidue.apply(texts, own, i -> paragraphs.get(i).contentWords());

        // candidate languages and the primary language, from the copy of the whole article (not its residue)
        int[] counts = new int[Languages.COUNT];
        for (int i = 0; i < paragraphs.size(); i++) {
            if (residue.get(i) == null) {
                for (int l = 0; l < counts.length; l++) {
                    counts[l] += paragraphs.get(i).strongCounts[l];
                }
            }
        }
        int primary = Languages.indexOf(hints.primaryLanguage());
        if (primary < 0) {
            primary = articleLanguage(paragraphs, residue, counts);
        }
        int[] candidates = chooseCandidates(counts, primary);
        if (DEBUG) {
            System.getLogger("copydesk.analysis").log(System.Logger.Level.INFO, "counts " + Arrays.toString(counts) + " candidates " + Arrays.toString(candidates));
        }

        // word labels per paragraph (kept in the paragraph's facts for the current context)
        double[] costs = LanguageSegmenter.languageCosts(counts, candidates, primary);
        String context = Arrays.toString(costs) + primary;
        List<int[]> labels = new ArrayList<>(paragraphs.size());
        for (ParagraphFacts f : paragraphs) {
            labels.add(f.labels(costs, primary, context));
        }
        old.facts = fresh.facts;

        String primaryCode = Languages.code(primary);
        List<LanguageSegment> segments = segments(text, offsets, paragraphs, labels, primaryCode);
        segments = applyManual(segments, hints.manualLanguages(), len);

        // quotations
        List<QuotePairing.ParagraphMarks> marks = new ArrayList<>(paragraphs.size());
        for (int i = 0; i < paragraphs.size(); i++) {
            marks.add(new QuotePairing.ParagraphMarks(offsets.get(i), paragraphs.get(i).marks));
        }
        QuotePairing.Result paired = QuotePairing.pair(marks, text);
        List<Quotation> quotes = new ArrayList<>();
        for (QuotePairing.Pair p : paired.pairs()) {
            quotes.add(new Quotation(p.start(), p.end(), String.valueOf(p.open()), String.valueOf(p.close()), 0,
                    speaker(text, p, offsets, paragraphs)));
        }
        quotes = withManualQuotes(quotes, hints.manualQuotes(), text);

        // issues
        List<CopyIssue> issues = new ArrayList<>();
        for (int at : paired.unpaired()) {
            if (insideManualQuote(at, hints.manualQuotes())) {
                continue;
            }
            issues.add(new CopyIssue(IssueType.UNBALANCED_QUOTE, at, at + 1, IssueCode.UNPAIRED_MARK,
                    List.of(String.valueOf(text.charAt(at))), null, null));
        }
        for (int i = 0; i < paragraphs.size(); i++) {
            ParagraphFacts f = paragraphs.get(i);
            WebResidue.Finding r = residue.get(i);
            if (r != null) {
                int s = offsets.get(i);
                issues.add(new CopyIssue(r.related() ? IssueType.RELATED_LINK : IssueType.BOILERPLATE,
                        s, s + f.text.length(), residueCode(r.kind()), List.of(r.excerpt()), r.related() ? null : "",
                        r.reference()));
            }
        }
        Analysis draft = new Analysis(primaryCode, segments, quotes, List.of());
        // the same rule as QuoteConventions.fixAll (the language of the segments around each quotation), so that a
        // typography finding and "Fix quotation marks" never disagree about which marks are right
        String articleTag = hints.primaryLanguage();
        issues.addAll(QuoteConventions.typographyIssues(text, draft,
                q -> QuoteConventions.regional(QuoteConventions.languageAround(text, draft, q), articleTag)));
        issues.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(a.end(), b.end()));
        return new Analysis(primaryCode, segments, quotes, issues);
    }

    /** What a copy issue says about web residue of {@code kind}. */
    private static IssueCode residueCode(WebResidue.Kind kind) {
        return switch (kind) {
            case RELATED -> IssueCode.POINTS_TO_STORY;
            case LIST_ITEM -> IssueCode.LIST_RESIDUE;
            case STRAY_FIRST_LINE -> IssueCode.STRAY_FIRST_LINE;
            case BOILERPLATE, NAVIGATION, LIST_HEADING -> IssueCode.WEB_RESIDUE;
        };
    }

    private static String speaker(String text, QuotePairing.Pair p, List<Integer> offsets,
                                  List<ParagraphFacts> paragraphs) {
        int i = Collections.binarySearch(offsets, p.start());
        int idx = i >= 0 ? i : -i - 2;
        if (idx >= 0) {
            int off = offsets.get(idx);
            ParagraphFacts f = paragraphs.get(idx);
            if (p.end() <= off + f.text.length()) {
                return f.speaker(p.start() - off, p.end() - off);
            }
        }
        return Speakers.find(text, p.start(), p.end());
    }

    /**
     * The language the article is written in: the language its headline and its running text open in, when they agree
     * and it has at least a fifth of the words (half-translated copy can have more words in the other language);
     * else the language with the most words.
     */
    static int articleLanguage(List<ParagraphFacts> paragraphs, List<WebResidue.Finding> residue, int[] counts) {
        int majority = 0;
        int total = 0;
        for (int l = 0; l < counts.length; l++) {
            total += counts[l];
            if (counts[l] > counts[majority]) {
                majority = l;
            }
        }
        int headline = -1;
        int running = -1;
        for (int i = 0; i < paragraphs.size() && running < 0; i++) {
            if (residue.get(i) != null) {
                continue;
            }
            ParagraphFacts f = paragraphs.get(i);
            if (headline < 0) {
                headline = f.openingLanguage();
                if (headline < 0 || !PageResidue.isHeadlineLike(f.text)) {
                    return majority;
                }
            } else if (!PageResidue.isHeadlineLike(f.text)) {
                running = f.openingLanguage();
            }
        }
        return running >= 0 && running == headline && counts[running] * 5 >= total ? running : majority;
    }

    static int[] chooseCandidates(int[] counts, int primary) {
        int total = 0;
        for (int c : counts) {
            total += c;
        }
        int threshold = Math.max(3, (int) Math.ceil(total * 0.005));
        List<Integer> others = new ArrayList<>();
        for (int l = 0; l < counts.length; l++) {
            if (l != primary && counts[l] >= threshold) {
                others.add(l);
            }
        }
        others.sort((a, b) -> Integer.compare(counts[b], counts[a]));
        int k = Math.min(others.size(), MAX_CANDIDATES - 1);
        int[] out = new int[k + 1];
        out[0] = primary;
        for (int i = 0; i < k; i++) {
            out[i + 1] = others.get(i);
        }
        Arrays.sort(out);
        return out;
    }

    private static List<LanguageSegment> segments(String text, List<Integer> offsets, List<ParagraphFacts> paragraphs,
                                                  List<int[]> labels, String primary) {
        List<LanguageSegment> out = new ArrayList<>();
        int len = text.length();
        if (len == 0) {
            return out;
        }
        int segStart = 0;
        String segLang = null;
        for (int i = 0; i < paragraphs.size(); i++) {
            ParagraphFacts f = paragraphs.get(i);
            int off = offsets.get(i);
            int[] lab = labels.get(i);
            for (int w = 0; w < f.wordCount(); w++) {
                String l = Languages.code(lab[w]);
                if (segLang == null) {
                    segLang = l;
                } else if (!l.equals(segLang)) {
                    int b = off + f.wordStart[w];
                    out.add(new LanguageSegment(segStart, b, segLang));
                    segStart = b;
                    segLang = l;
                }
            }
        }
        out.add(new LanguageSegment(segStart, len, segLang == null ? primary : segLang));
        return out;
    }

    /** Hand-set language marks win over what was found in their span. */
    static List<LanguageSegment> applyManual(List<LanguageSegment> segs, List<LanguageMark> marks, int len) {
        if (marks.isEmpty() || segs.isEmpty()) {
            return segs;
        }
        List<LanguageSegment> cur = segs;
        for (LanguageMark m : marks) {
            int s = Math.max(0, Math.min(len, m.start()));
            int e = Math.max(s, Math.min(len, m.end()));
            if (e <= s) {
                continue;
            }
            List<LanguageSegment> next = new ArrayList<>();
            for (LanguageSegment g : cur) {
                if (g.end() <= s || g.start() >= e) {
                    next.add(g);
                    continue;
                }
                if (g.start() < s) {
                    next.add(new LanguageSegment(g.start(), s, g.language()));
                }
                if (g.end() > e) {
                    next.add(new LanguageSegment(e, g.end(), g.language()));
                }
            }
            next.add(new LanguageSegment(s, e, m.language()));
            next.sort((a, b) -> Integer.compare(a.start(), b.start()));
            cur = next;
        }
        List<LanguageSegment> merged = new ArrayList<>();
        for (LanguageSegment g : cur) {
            if (!merged.isEmpty() && merged.get(merged.size() - 1).language().equals(g.language())
                    && merged.get(merged.size() - 1).end() == g.start()) {
                LanguageSegment last = merged.remove(merged.size() - 1);
                merged.add(new LanguageSegment(last.start(), g.end(), g.language()));
            } else {
                merged.add(g);
            }
        }
        return merged;
    }

    private static List<Quotation> withManualQuotes(List<Quotation> found, List<QuoteMark> manual, String text) {
        List<Quotation> all = new ArrayList<>();
        int len = text.length();
        for (Quotation q : found) {
            boolean replaced = manual.stream().anyMatch(m -> m.start() == q.start() && m.end() == q.end());
            if (!replaced) {
                all.add(q);
            }
        }
        for (QuoteMark m : manual) {
            int s = Math.max(0, Math.min(len, m.start()));
            int e = Math.max(s, Math.min(len, m.end()));
            if (e <= s) {
                continue;
            }
            // a quotation marked by hand over text without marks has letters at its ends, not marks
            String open = QuoteMarks.isQuoteChar(text.charAt(s)) ? text.substring(s, s + 1) : "";
            String close = e - s >= 2 && QuoteMarks.isQuoteChar(text.charAt(e - 1)) ? text.substring(e - 1, e) : "";
            all.add(new Quotation(s, e, open, close, 0, m.speaker()));
        }
        all.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        // depth: how many quotations contain this one
        List<Quotation> out = new ArrayList<>(all.size());
        List<Integer> openEnds = new ArrayList<>();
        for (Quotation q : all) {
            while (!openEnds.isEmpty() && openEnds.get(openEnds.size() - 1) <= q.start()) {
                openEnds.remove(openEnds.size() - 1);
            }
            int depth = 0;
            for (int e : openEnds) {
                if (e >= q.end()) {
                    depth++;
                }
            }
            out.add(new Quotation(q.start(), q.end(), q.open(), q.close(), depth, q.speaker()));
            openEnds.add(q.end());
        }
        return out;
    }

    private static boolean insideManualQuote(int at, List<QuoteMark> manual) {
        for (QuoteMark m : manual) {
            if (at >= m.start() && at < m.end()) {
                return true;
            }
        }
        return false;
    }
}
