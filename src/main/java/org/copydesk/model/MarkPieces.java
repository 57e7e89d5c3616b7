package org.copydesk.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Marks cut at paragraph boundaries, so that they travel with their paragraph (the file format since version 2, and
 * the per-paragraph merge of a sync). The article keeps its marks as offsets into {@link Article#bodyText()}; here each
 * mark becomes one piece per paragraph it touches, with offsets into that paragraph's text. A piece that goes on into
 * the next paragraph (over the '\n') says so with {@code continues}, and it is joined again with the piece of the next
 * paragraph that starts at 0 and carries the same language (or speaker) and origin.
 *
 * <p>{@link #split} then {@link #join} gives back the same marks, in the same order when they were sorted by start.
 * Joining is lenient: a piece that says it continues but finds no piece to continue with ends at its paragraph's end,
 * and a piece whose offsets do not fit its paragraph is left out and named in {@link Joined#problems()}.
 */
public final class MarkPieces {
    /** One piece of a mark in one paragraph: the mark with offsets into the paragraph's text. */
    public record Piece<M>(M mark, boolean continues) {
    }

    /** The marks of each paragraph, in paragraph order (the lists are as long as the body). */
    public record Split(List<List<Piece<LanguageMark>>> language, List<List<Piece<QuoteMark>>> quotes) {
    }

    /** Marks with body offsets, and the pieces that could not be placed (empty when all fitted). */
    public record Joined<M>(List<M> marks, List<String> problems) {
    }

    private interface Kind<M> {
        int start(M m);

        int end(M m);

        M at(M m, int start, int end);

        boolean sameAttributes(M a, M b);

        String name();
    }

    private static final Kind<LanguageMark> LANGUAGE = new Kind<>() {
        public int start(LanguageMark m) {
            return m.start();
        }

        public int end(LanguageMark m) {
            return m.end();
        }

        public LanguageMark at(LanguageMark m, int start, int end) {
            return new LanguageMark(start, end, m.language(), m.origin());
        }

        public boolean sameAttributes(LanguageMark a, LanguageMark b) {
            return a.language().equals(b.language()) && a.origin() == b.origin();
        }

        public String name() {
            return "language mark";
        }
    };

    private static final Kind<QuoteMark> QUOTE = new Kind<>() {
        public int start(QuoteMark m) {
            return m.start();
        }

        public int end(QuoteMark m) {
            return m.end();
        }

        public QuoteMark at(QuoteMark m, int start, int end) {
            return new QuoteMark(start, end, m.speaker(), m.origin());
        }

        public boolean sameAttributes(QuoteMark a, QuoteMark b) {
            return Objects.equals(a.speaker(), b.speaker()) && a.origin() == b.origin();
        }

        public String name() {
            return "quotation mark";
        }
    };

    private MarkPieces() {
    }

    /** Cuts the article's marks at paragraph boundaries. Marks of an article without paragraphs have nowhere to go. */
    public static Split split(Article a) {
        return split(a.body(), a.languageMarks(), a.quoteMarks());
    }

    public static Split split(List<Paragraph> body, List<LanguageMark> language, List<QuoteMark> quotes) {
        return new Split(split(body, language, LANGUAGE), split(body, quotes, QUOTE));
    }

    public static Joined<LanguageMark> joinLanguage(List<Paragraph> body, List<List<Piece<LanguageMark>>> pieces) {
        return join(body, pieces, LANGUAGE);
    }

    public static Joined<QuoteMark> joinQuotes(List<Paragraph> body, List<List<Piece<QuoteMark>>> pieces) {
        return join(body, pieces, QUOTE);
    }

    private static <M> List<List<Piece<M>>> split(List<Paragraph> body, List<M> marks, Kind<M> kind) {
        List<List<Piece<M>>> out = new ArrayList<>(body.size());
        int[] starts = new int[body.size()];
        int pos = 0;
        for (int i = 0; i < body.size(); i++) {
            out.add(new ArrayList<>());
            starts[i] = pos;
            pos += body.get(i).text().length() + 1;
        }
        if (body.isEmpty()) {
            return out;
        }
        for (M m : marks) {
            int s = kind.start(m);
            int e = kind.end(m);
            int p = paragraphAt(starts, s);
            while (true) {
                int len = body.get(p).text().length();
                int ps = Math.max(0, s - starts[p]);
                int paragraphEnd = starts[p] + len;
                boolean last = p == body.size() - 1;
                if (e <= paragraphEnd || last) {
                    int pe = Math.min(len, e - starts[p]);
                    out.get(p).add(new Piece<>(kind.at(m, Math.min(ps, pe), pe), false));
                    break;
                }
                out.get(p).add(new Piece<>(kind.at(m, Math.min(ps, len), len), true));
                p++;
            }
        }
        return out;
    }

    /** The paragraph holding offset {@code s}: its text, or the '\n' right after it. */
    private static int paragraphAt(int[] starts, int s) {
        int lo = 0;
        int hi = starts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= s) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    private static <M> Joined<M> join(List<Paragraph> body, List<List<Piece<M>>> pieces, Kind<M> kind) {
        List<M> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        // marks still open at the end of the previous paragraph: index into out
        List<Integer> open = new ArrayList<>();
        int pos = 0;
        for (int p = 0; p < body.size(); p++) {
            int len = body.get(p).text().length();
            List<Piece<M>> here = p < pieces.size() && pieces.get(p) != null ? pieces.get(p) : List.of();
            List<Integer> stillOpen = new ArrayList<>();
            List<Integer> waiting = new ArrayList<>(open);
            for (Piece<M> piece : here) {
                M m = piece.mark();
                int s = kind.start(m);
                int e = kind.end(m);
                if (e > len) {
                    problems.add("paragraph " + (p + 1) + ": " + kind.name() + " [" + s + ", " + e
                            + ") lies outside the paragraph (" + len + " characters); left out");
                    continue;
                }
                Integer continued = null;
                if (s == 0) {
                    for (int k = 0; k < waiting.size(); k++) {
                        if (kind.sameAttributes(out.get(waiting.get(k)), m)) {
                            continued = waiting.remove(k);
                            break;
                        }
                    }
                }
                int index;
                if (continued != null) {
                    M first = out.get(continued);
                    out.set(continued, kind.at(first, kind.start(first), pos + e));
                    index = continued;
                } else {
                    out.add(kind.at(m, pos + s, pos + e));
                    index = out.size() - 1;
                }
                if (piece.continues()) {
                    if (e != len) {
                        problems.add("paragraph " + (p + 1) + ": " + kind.name() + " [" + s + ", " + e
                                + ") says it continues but ends before the paragraph does; ended there");
                    } else if (p == body.size() - 1) {
                        problems.add("paragraph " + (p + 1) + ": " + kind.name() + " [" + s + ", " + e
                                + ") says it continues after the last paragraph; ended there");
                    } else {
                        stillOpen.add(index);
                    }
                }
            }
            // a mark that said it continues into this paragraph but found no piece here ends with the last paragraph
            open = stillOpen;
            pos += len + 1;
        }
        for (int p = body.size(); p < pieces.size(); p++) {
            if (pieces.get(p) != null && !pieces.get(p).isEmpty()) {
                problems.add(kind.name() + "s of paragraph " + (p + 1) + " have no paragraph; left out");
            }
        }
        return new Joined<>(out, problems);
    }
}
