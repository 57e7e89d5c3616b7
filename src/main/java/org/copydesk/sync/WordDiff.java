package org.copydesk.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.model.Article;
import org.copydesk.model.Paragraph;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.Sequence;
import org.eclipse.jgit.diff.SequenceComparator;

/**
 * Word-by-word comparison of two versions of an article: the text a reader sees (headline, standfirst, byline,
 * dateline, then the body paragraph by paragraph) cut into words, spaces and punctuation, and diffed as such.
 */
public final class WordDiff {
    public enum Op {
        SAME, ADDED, REMOVED
    }

    /** A run of text, unchanged, added or removed. */
    public record Part(Op op, String text) {
    }

    /** The parts in reading order, and how many words were added and removed. */
    public record Result(List<Part> parts, int wordsAdded, int wordsRemoved) {
    }

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+(?:['’\\-][\\p{L}\\p{N}\\p{M}]+)*|\\s+|.", Pattern.DOTALL);

    private WordDiff() {
    }

    /** The text compared: the fields a reader sees, one per line, then a blank line and the body. */
    public static String readingText(Article a) {
        if (a == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (String field : List.of(a.headline(), a.standfirst(), a.byline(), a.dateline())) {
            if (!field.isBlank()) {
                sb.append(field).append('\n');
            }
        }
        for (Paragraph p : a.body()) {
            sb.append('\n').append(p.text());
        }
        return sb.toString();
    }

    public static Result compare(Article older, Article newer) {
        return compare(readingText(older), readingText(newer));
    }

    public static Result compare(String older, String newer) {
        // paragraphs both versions share at the start and the end are not cut into words at all
        int pre = 0;
        int max = Math.min(older.length(), newer.length());
        for (int i = 0; i < max && older.charAt(i) == newer.charAt(i); i++) {
            if (older.charAt(i) == '\n') {
                pre = i + 1;
            }
        }
        int suf = 0;
        for (int i = 1; i <= max - pre && older.charAt(older.length() - i) == newer.charAt(newer.length() - i); i++) {
            if (older.charAt(older.length() - i) == '\n') {
                suf = i;
            }
        }
        List<Part> parts = new ArrayList<>();
        if (pre > 0) {
            parts.add(new Part(Op.SAME, older.substring(0, pre)));
        }
        Result mid = compareWords(older.substring(pre, older.length() - suf), newer.substring(pre, newer.length() - suf));
        for (Part p : mid.parts()) {
            if (!parts.isEmpty() && parts.get(parts.size() - 1).op() == p.op()) {
                parts.add(new Part(p.op(), parts.remove(parts.size() - 1).text() + p.text()));
            } else {
                parts.add(p);
            }
        }
        if (suf > 0) {
            String tail = older.substring(older.length() - suf);
            if (!parts.isEmpty() && parts.get(parts.size() - 1).op() == Op.SAME) {
                parts.add(new Part(Op.SAME, parts.remove(parts.size() - 1).text() + tail));
            } else {
                parts.add(new Part(Op.SAME, tail));
            }
        }
        return new Result(parts, mid.wordsAdded(), mid.wordsRemoved());
    }

    private static Result compareWords(String older, String newer) {
        Tokens a = new Tokens(tokens(older));
        Tokens b = new Tokens(tokens(newer));
        EditList edits = DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM).diff(CMP, a, b);
        List<Part> parts = new ArrayList<>();
        int added = 0;
        int removed = 0;
        int pos = 0;
        for (Edit e : edits) {
            add(parts, Op.SAME, a.list, pos, e.getBeginA());
            removed += add(parts, Op.REMOVED, a.list, e.getBeginA(), e.getEndA());
            added += add(parts, Op.ADDED, b.list, e.getBeginB(), e.getEndB());
            pos = e.getEndA();
        }
        add(parts, Op.SAME, a.list, pos, a.list.size());
        return new Result(parts, added, removed);
    }

    /** Appends tokens [from, to) as one part (merged with the previous part of the same kind); returns their words. */
    private static int add(List<Part> parts, Op op, List<String> tokens, int from, int to) {
        if (from >= to) {
            return 0;
        }
        StringBuilder sb = new StringBuilder();
        int words = 0;
        for (int i = from; i < to; i++) {
            String t = tokens.get(i);
            sb.append(t);
            if (Character.isLetterOrDigit(t.codePointAt(0))) {
                words++;
            }
        }
        if (!parts.isEmpty() && parts.get(parts.size() - 1).op() == op) {
            Part last = parts.remove(parts.size() - 1);
            parts.add(new Part(op, last.text() + sb));
        } else {
            parts.add(new Part(op, sb.toString()));
        }
        return words;
    }

    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static final class Tokens extends Sequence {
        final List<String> list;

        Tokens(List<String> list) {
            this.list = list;
        }

        @Override
        public int size() {
            return list.size();
        }
    }

    private static final SequenceComparator<Tokens> CMP = new SequenceComparator<>() {
        @Override
        public boolean equals(Tokens a, int ai, Tokens b, int bi) {
            return a.list.get(ai).equals(b.list.get(bi));
        }

        @Override
        public int hash(Tokens s, int i) {
            return s.list.get(i).hashCode();
        }
    };
}
