package org.copydesk.analysis.quotes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Pairs quotation marks across a whole text, paragraph by paragraph: nested quotations, conventions of every language,
 * and quotations that run over several paragraphs (each reopening with a mark, only the last one closing).
 */
public final class QuotePairing {
    private QuotePairing() {
    }

    /** The marks of one paragraph, {@code offset} its start in the text. */
    public record ParagraphMarks(int offset, List<QuoteMarks.Mark> marks) {
    }

    /** A quotation from the opening mark at {@code start} to the closing mark at {@code end - 1}. */
    public record Pair(int start, int end, char open, char close, List<Integer> reopenings) {
    }

    private static final Pattern BLANK_LINE = Pattern.compile("\n[ \t\r\u00A0]*\n");

    public record Result(List<Pair> pairs, List<Integer> unpaired) {
    }

    static boolean matches(char open, char close) {
        return switch (open) {
            case '«' -> close == '»';
            case '»' -> close == '«';
            case '‹' -> close == '›';
            case '›' -> close == '‹';
            case '“' -> close == '”';
            case '”' -> close == '”';
            case '„' -> close == '“' || close == '”';
            case '‚' -> close == '‘' || close == '’';
            case '‘' -> close == '’';
            case '"' -> close == '"';
            case '\'' -> close == '\'' || close == '’';
            default -> false;
        };
    }

    private static final class Open {
        final int pos;
        final char ch;
        final boolean strong;
        final List<Integer> reopenings = new ArrayList<>();
        int paragraph;

        Open(int pos, char ch, boolean strong, int paragraph) {
            this.pos = pos;
            this.ch = ch;
            this.strong = strong;
            this.paragraph = paragraph;
        }
    }

    public static Result pair(List<ParagraphMarks> paragraphs, String text) {
        List<Pair> pairs = new ArrayList<>();
        List<Integer> unpaired = new ArrayList<>();
        Deque<Open> stack = new ArrayDeque<>();
        int skipPos = -1;
        boolean blankLineParagraphs = BLANK_LINE.matcher(text).find();
        for (int pi = 0; pi < paragraphs.size(); pi++) {
            ParagraphMarks pm = paragraphs.get(pi);
            List<QuoteMarks.Mark> ms = pm.marks();
            for (int mi = 0; mi < ms.size(); mi++) {
                QuoteMarks.Mark m = ms.get(mi);
                int pos = pm.offset() + m.pos();
                if (pos == skipPos) {
                    continue;
                }
                if (looksPossessive(m, pos, text) && laterWeakCloser(ms, mi)) {
                    continue; // the players’ union ... ’: an apostrophe, the quotation closes later
                }
                Open top = stack.peek();
                if (m.canClose() && top != null && matches(top.ch, m.ch())) {
                    stack.pop();
                    pairs.add(new Pair(top.pos, pos + 1, top.ch, m.ch(), List.copyOf(top.reopenings)));
                    continue;
                }
                boolean preferOpen = m.canOpen() && isLeftFlanking(text, pos);
                if (m.canClose() && !preferOpen && closeDeeper(stack, m, pos, pairs, unpaired)) {
                    continue;
                }
                if (m.canOpen()) {
                    stack.push(new Open(pos, m.ch(), m.strong(), pi));
                } else if (m.strong()) {
                    unpaired.add(pos);
                }
            }
            // a text whose paragraphs are separated by blank lines: a single line break is a wrapped line
            if (blankLineParagraphs && pi + 1 < paragraphs.size()) {
                ParagraphMarks next = paragraphs.get(pi + 1);
                int end = pm.offset();
                while (end < next.offset() && text.charAt(end) != '\n') {
                    end++;
                }
                if (text.indexOf('\n', end + 1) >= next.offset() || text.indexOf('\n', end + 1) < 0) {
                    continue;
                }
            }
            // end of paragraph: a quotation may go on in the next one if that one reopens with the same mark
            Open continued = null;
            if (pi + 1 < paragraphs.size()) {
                ParagraphMarks next = paragraphs.get(pi + 1);
                int firstPos = firstNonSpace(text, next.offset());
                if (!next.marks().isEmpty() && next.offset() + next.marks().get(0).pos() == firstPos) {
                    char reopen = text.charAt(firstPos);
                    for (Iterator<Open> it = stack.descendingIterator(); it.hasNext(); ) {
                        Open o = it.next();
                        if (o.ch == reopen || (sameFamily(o.ch, reopen))) {
                            continued = o;
                            break;
                        }
                    }
                    if (continued != null) {
                        skipPos = firstPos;
                        continued.reopenings.add(firstPos);
                    }
                }
            }
            while (!stack.isEmpty() && stack.peek() != continued) {
                Open o = stack.pop();
                if (o.strong) {
                    unpaired.add(o.pos);
                }
            }
        }
        while (!stack.isEmpty()) {
            Open o = stack.pop();
            if (o.strong) {
                unpaired.add(o.pos);
            }
        }
        pairs.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        unpaired.sort(null);
        return new Result(pairs, unpaired);
    }

    /** A trailing apostrophe after an s, with the sentence going on in lower case: "the players’ union". */
    private static boolean looksPossessive(QuoteMarks.Mark m, int pos, String text) {
        if (m.strong() || m.canOpen() || pos < 1 || pos + 2 >= text.length()) {
            return false;
        }
        char prev = text.charAt(pos - 1);
        return (prev == 's' || prev == 'S' || prev == 'z' || prev == 'x') && text.charAt(pos + 1) == ' '
                && Character.isLowerCase(text.charAt(pos + 2));
    }

    private static boolean laterWeakCloser(List<QuoteMarks.Mark> ms, int from) {
        char c = ms.get(from).ch();
        for (int k = from + 1; k < ms.size(); k++) {
            QuoteMarks.Mark o = ms.get(k);
            if (o.canOpen() && o.ch() != c) {
                return false;
            }
            if (o.ch() == c && o.canClose()) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameFamily(char a, char b) {
        return (a == '“' && b == '„') || (a == '„' && b == '“') || (a == '‘' && b == '\'') || (a == '\'' && b == '‘');
    }

    private static boolean closeDeeper(Deque<Open> stack, QuoteMarks.Mark m, int pos, List<Pair> pairs,
                                       List<Integer> unpaired) {
        Open found = null;
        for (Open o : stack) {
            if (matches(o.ch, m.ch())) {
                found = o;
                break;
            }
        }
        if (found == null) {
            return false;
        }
        while (stack.peek() != found) {
            Open o = stack.pop();
            if (o.strong) {
                unpaired.add(o.pos);
            }
        }
        stack.pop();
        pairs.add(new Pair(found.pos, pos + 1, found.ch, m.ch(), List.copyOf(found.reopenings)));
        return true;
    }

    private static boolean isLeftFlanking(String text, int pos) {
        char prev = pos > 0 ? text.charAt(pos - 1) : ' ';
        char next = pos + 1 < text.length() ? text.charAt(pos + 1) : ' ';
        return (pos == 0 || QuoteMarks.isSpace(prev) || prev == '(' || prev == '[')
                && pos + 1 < text.length() && Character.isLetterOrDigit(next);
    }

    private static int firstNonSpace(String text, int from) {
        int i = from;
        while (i < text.length() && QuoteMarks.isSpace(text.charAt(i)) && text.charAt(i) != '\n') {
            i++;
        }
        return i;
    }
}
