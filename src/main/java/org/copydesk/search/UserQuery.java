package org.copydesk.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The search box's text read as words, "phrases", -excluded words and {@code OR} between alternatives. Never fails:
 * anything it cannot read as an operator is a word (which analysis may then reduce to nothing). Operators of other
 * query languages ({@code AND}, brackets, {@code field:}, {@code ~}, {@code ^}) are read as ordinary characters.
 */
record UserQuery(List<List<Clause>> groups, boolean lastIsPrefix, boolean shortened) {
    static final int MAX_CLAUSES = 32;

    /**
     * A word or phrase; {@code negated} for a {@code -word} or {@code NOT word}; {@code prefix} for a word typed with a
     * trailing {@code *}.
     */
    record Clause(String text, boolean phrase, boolean negated, boolean prefix) {
    }

    /**
     * Parses the text. Each group is a list of alternatives (joined by OR); all groups must match. The last word is
     * also a prefix when the text does not end in a space or a closing quote.
     */
    static UserQuery parse(String text) {
        List<List<Clause>> groups = new ArrayList<>();
        boolean pendingOr = false;
        boolean pendingNot = false;
        boolean lastPrefix = false;
        int count = 0;
        boolean shortened = false;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean negated = pendingNot;
            if (c == '-' && i + 1 < n && !Character.isWhitespace(text.charAt(i + 1))) {
                negated = true;
                i++;
                c = text.charAt(i);
            }
            String token;
            boolean phrase = false;
            if (c == '"' || c == '\u201C' || c == '\u00AB') {
                int end = i + 1;
                while (end < n && "\"\u201D\u00BB".indexOf(text.charAt(end)) < 0) {
                    end++;
                }
                token = text.substring(i + 1, end).strip();
                phrase = true;
                lastPrefix = false;
                i = Math.min(n, end + 1);
            } else {
                int end = i;
                while (end < n && !Character.isWhitespace(text.charAt(end))) {
                    end++;
                }
                token = text.substring(i, end);
                i = end;
                lastPrefix = end == n;
                if (token.equals("OR")) {
                    pendingOr = !groups.isEmpty();
                    lastPrefix = false;
                    continue;
                }
                if (token.equals("AND")) {
                    lastPrefix = false;
                    continue;
                }
                if (token.equals("NOT")) {
                    pendingNot = true;
                    lastPrefix = false;
                    continue;
                }
            }
            pendingNot = false;
            if (token.isEmpty()) {
                continue;
            }
            if (count == MAX_CLAUSES) {
                shortened = true;
                lastPrefix = false;
                break;
            }
            count++;
            boolean star = !phrase && token.length() > 1 && token.endsWith("*");
            if (star) {
                token = token.replaceAll("\\*+$", "");
                if (token.isEmpty()) {
                    continue;
                }
            }
            Clause clause = new Clause(token, phrase, negated, star);
            if (pendingOr && !negated && !groups.isEmpty() && !groups.get(groups.size() - 1).get(0).negated()) {
                groups.get(groups.size() - 1).add(clause);
            } else {
                List<Clause> g = new ArrayList<>();
                g.add(clause);
                groups.add(g);
            }
            pendingOr = false;
        }
        boolean prefix = lastPrefix && !groups.isEmpty();
        if (prefix) {
            List<Clause> last = groups.get(groups.size() - 1);
            Clause lc = last.get(last.size() - 1);
            prefix = !lc.phrase() && !lc.negated();
        }
        return new UserQuery(groups, prefix, shortened);
    }

    boolean hasPositive() {
        return groups.stream().anyMatch(g -> !g.get(0).negated());
    }
}
