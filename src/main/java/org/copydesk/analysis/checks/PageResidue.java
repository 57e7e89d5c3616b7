package org.copydesk.analysis.checks;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * Residue that only the page around a line gives away: the lines of a "Most read" list after its heading, and a first
 * line that heads another story (a link the page put above the real headline). Works on the paragraphs' own findings
 * from {@link WebResidue#check}; cheap, so it runs on every analysis.
 */
public final class PageResidue {
    private static final Pattern NUMBERED = Pattern.compile("^\\d{1,2}[.)]?[\\s\\u00A0\\u202F]+\\S.*");
    private static final int MAX_LIST = 15;

    private PageResidue() {
    }

    /**
     * The findings of every paragraph with the page context applied (a new list; {@code own} is not changed).
     *
     * @param paragraphs the paragraphs' texts, in order
     * @param own        each paragraph's own finding ({@link WebResidue#check}), null for copy
     */
    public static List<WebResidue.Finding> apply(List<String> paragraphs, List<WebResidue.Finding> own) {
        return apply(paragraphs, own, i -> new HashSet<>(contentWords(paragraphs.get(i))));
    }

    /** As {@link #apply(List, List)}, with each paragraph's {@link #contentWords} as a set, e.g. from a cache. */
    public static List<WebResidue.Finding> apply(List<String> paragraphs, List<WebResidue.Finding> own,
                                                 IntFunction<Set<String>> wordsOf) {
        List<WebResidue.Finding> out = new ArrayList<>(own);
        int n = paragraphs.size();
        for (int i = 0; i < n; i++) {
            WebResidue.Finding f = out.get(i);
            if (f == null || f.kind() != WebResidue.Kind.LIST_HEADING) {
                continue;
            }
            for (int j = i + 1, items = 0; j < n && items < MAX_LIST; j++, items++) {
                if (out.get(j) != null) {
                    break;
                }
                String p = paragraphs.get(j).strip();
                if (!isHeadlineLike(p) && !(NUMBERED.matcher(p).matches() && words(p) <= 30)) {
                    break;
                }
                out.set(j, WebResidue.Finding.residue(WebResidue.Kind.LIST_ITEM, p));
            }
        }
        int first = strayFirstLine(paragraphs, out, wordsOf);
        if (first >= 0) {
            out.set(first, WebResidue.Finding.residue(WebResidue.Kind.STRAY_FIRST_LINE, paragraphs.get(first).strip()));
        }
        return out;
    }

    /**
     * The index of a first line that does not head the story: it and the line after it both look like headlines, the
     * body after them shares the second's words and not the first's. -1 when there is none.
     */
    public static int strayFirstLine(List<String> paragraphs, List<WebResidue.Finding> findings,
                                     IntFunction<Set<String>> wordsOf) {
        List<Integer> copy = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            if (findings.get(i) == null) {
                copy.add(i);
            }
        }
        if (copy.size() < 4) {
            return -1;
        }
        String a = paragraphs.get(copy.get(0)).strip();
        String b = paragraphs.get(copy.get(1)).strip();
        if (!isHeadlineLike(a) || !isHeadlineLike(b) || words(a) < 3) {
            return -1;
        }
        List<Set<String>> body = new ArrayList<>();
        int bodyWords = 0;
        for (int k = 2; k < copy.size(); k++) {
            Set<String> w = wordsOf.apply(copy.get(k));
            body.add(w);
            bodyWords += w.size();
        }
        if (bodyWords < 30) {
            return -1;
        }
        double oa = overlap(contentWords(a), body);
        double ob = overlap(contentWords(b), body);
        return oa <= 0.25 && ob >= 0.5 && ob - oa >= 0.4 ? copy.get(0) : -1;
    }

    /** Share of a line's content words (their first five letters) that the body also has. */
    public static double overlap(List<String> line, List<Set<String>> body) {
        if (line.isEmpty()) {
            return 0;
        }
        int hit = 0;
        for (String w : line) {
            for (Set<String> p : body) {
                if (p.contains(w)) {
                    hit++;
                    break;
                }
            }
        }
        return hit / (double) line.size();
    }

    /** Words of four letters or more, lower case without accents, cut to their first five letters (a crude stem). */
    public static List<String> contentWords(String text) {
        List<String> out = new ArrayList<>();
        String t = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        for (String w : t.split("[^\\p{L}]+")) {
            if (w.length() >= 4) {
                out.add(w.length() > 5 ? w.substring(0, 5) : w);
            }
        }
        return out;
    }

    /** Short, and not ended like a sentence of running text (a cut-off "…" is fine). */
    public static boolean isHeadlineLike(String p) {
        String t = p.strip();
        if (t.isEmpty() || words(t) > 25) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        return last != '.' && last != ':' && last != ';' && last != ',' || t.endsWith("...");
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("[\\s\\u00A0\\u202F]+").length;
    }
}
