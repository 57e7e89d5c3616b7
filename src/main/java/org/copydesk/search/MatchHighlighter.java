package org.copydesk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Marks the words of a text that a query matched: the query's terms (and prefixes) are collected per field, the text
 * is analysed as that field, and each token whose term matches is marked at its offsets. Excluded words are not marked.
 */
final class MatchHighlighter {
    static final int SNIPPET_LENGTH = 160;

    private static final class FieldTerms {
        final Set<BytesRef> terms = new HashSet<>();
        final List<ByteRunAutomaton> automata = new ArrayList<>();

        boolean matches(BytesRef b) {
            if (terms.contains(b)) {
                return true;
            }
            for (ByteRunAutomaton a : automata) {
                if (a.run(b.bytes, b.offset, b.length)) {
                    return true;
                }
            }
            return false;
        }
    }

    private final Map<String, FieldTerms> byField = new HashMap<>();
    private final Analyzer analyzer;

    MatchHighlighter(Query query, Analyzer perFieldAnalyzer) {
        this.analyzer = perFieldAnalyzer;
        if (query != null) {
            query.visit(new QueryVisitor() {
                @Override
                public void consumeTerms(Query q, Term... terms) {
                    for (Term t : terms) {
                        byField.computeIfAbsent(t.field(), f -> new FieldTerms()).terms.add(BytesRef.deepCopyOf(t.bytes()));
                    }
                }

                @Override
                public void consumeTermsMatching(Query q, String field, Supplier<ByteRunAutomaton> automaton) {
                    byField.computeIfAbsent(field, f -> new FieldTerms()).automata.add(automaton.get());
                }

                @Override
                public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                    return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
                }
            });
        }
    }

    boolean isEmpty() {
        return byField.isEmpty();
    }

    /** The ranges of {@code text} (analysed as {@code field}) that match, shifted by {@code offset}. */
    List<HighlightedText.Range> matches(String field, String text, int offset) {
        return matches(field, text, offset, Integer.MAX_VALUE);
    }

    /**
     * As {@link #matches(String, String, int)}, but stops analysing {@code window} characters after the first match:
     * enough for a snippet, and most of a long body need not be analysed.
     */
    List<HighlightedText.Range> matches(String field, String text, int offset, int window) {
        FieldTerms ft = byField.get(field);
        List<HighlightedText.Range> out = new ArrayList<>();
        if (ft == null || text.isEmpty()) {
            return out;
        }
        String lang = LanguageFields.languageOfField(field);
        boolean elides = lang.equals("fr") || lang.equals("it");
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            TermToBytesRefAttribute term = ts.addAttribute(TermToBytesRefAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            int stopAt = Integer.MAX_VALUE;
            while (ts.incrementToken()) {
                if (off.startOffset() > stopAt) {
                    break;
                }
                if (ft.matches(term.getBytesRef())) {
                    if (out.isEmpty() && window != Integer.MAX_VALUE) {
                        stopAt = off.startOffset() + window;
                    }
                    int start = off.startOffset();
                    if (elides) {
                        start += elidedLength(text, start, off.endOffset());
                    }
                    out.add(new HighlightedText.Range(offset + start, offset + off.endOffset()));
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The length of an elided article ("l’", "dell'") at the start of a token, so that only the word is marked. */
    private static int elidedLength(String text, int start, int end) {
        for (int i = start + 1; i < Math.min(end - 1, start + 5); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '\u2019') {
                return i + 1 - start;
            }
        }
        return 0;
    }

    HighlightedText highlight(String field, String text) {
        return new HighlightedText(text, HighlightedText.normalise(matches(field, text, 0), text.length()));
    }

    /** A line of the body around its densest matches (or the standfirst, or the opening, when the body has none). */
    HighlightedText snippet(List<ArticleText.Part> body, String standfirst, String standfirstField) {
        StringBuilder sb = new StringBuilder();
        List<HighlightedText.Range> ranges = new ArrayList<>();
        for (ArticleText.Part p : body) {
            sb.append(p.text());
            if (ranges.isEmpty() || ranges.get(0).start() + SNIPPET_LENGTH > p.offset()) {
                ranges.addAll(matches(LanguageFields.field(LanguageFields.BODY, p.language()), p.text(), p.offset(), SNIPPET_LENGTH));
            }
        }
        String text = sb.toString().replace('\n', ' ');
        ranges = HighlightedText.normalise(ranges, text.length());
        if (ranges.isEmpty()) {
            if (!standfirst.isBlank()) {
                return window(standfirst, HighlightedText.normalise(matches(standfirstField, standfirst, 0), standfirst.length()));
            }
            return window(text, List.of());
        }
        return window(text, ranges);
    }

    private static HighlightedText window(String text, List<HighlightedText.Range> ranges) {
        int best = 0;
        int bestCount = -1;
        for (int i = 0; i < ranges.size(); i++) {
            int limit = ranges.get(i).start() + SNIPPET_LENGTH - 20;
            int count = 0;
            for (int j = i; j < ranges.size() && ranges.get(j).end() <= limit; j++) {
                count++;
            }
            if (count > bestCount) {
                bestCount = count;
                best = i;
            }
        }
        int start = ranges.isEmpty() ? 0 : Math.max(0, ranges.get(best).start() - 40);
        if (start > 0) {
            int space = text.indexOf(' ', start);
            start = space < 0 || space >= ranges.get(best).start() ? start : space + 1;
        }
        int end = Math.min(text.length(), start + SNIPPET_LENGTH);
        if (end < text.length()) {
            int space = text.lastIndexOf(' ', end);
            if (space > start + SNIPPET_LENGTH / 2) {
                end = space;
            }
        }
        String prefix = start > 0 ? "…" : "";
        String suffix = end < text.length() ? "…" : "";
        String cut = prefix + text.substring(start, end).strip() + suffix;
        int lead = text.substring(start, end).length() - text.substring(start, end).stripLeading().length();
        int shift = prefix.length() - start - lead;
        List<HighlightedText.Range> shifted = new ArrayList<>();
        for (HighlightedText.Range r : ranges) {
            if (r.start() >= start + lead && r.end() <= end) {
                shifted.add(new HighlightedText.Range(r.start() + shift, r.end() + shift));
            }
        }
        return new HighlightedText(cut, HighlightedText.normalise(shifted, cut.length() - suffix.length()));
    }
}
