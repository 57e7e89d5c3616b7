package org.copydesk.editing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.copydesk.model.InlineSpan;
import org.copydesk.model.InlineStyle;
import org.copydesk.model.Paragraph;
import org.copydesk.model.ParagraphKind;

/**
 * The body's styles and the model, both ways: paragraphs (kind, text, emphasis) and their marks become the style
 * classes the editor shows, and the editor's paragraphs become model paragraphs again. The user's own classes
 * ({@code bold}, {@code italic}) and the paragraph kind ({@code kind-…}) are what is kept; every other class is computed
 * from the marks and the analysis by {@link BodyMarks}.
 */
public final class BodyStyles {
    public static final String BOLD = "bold";
    public static final String ITALIC = "italic";
    public static final String KIND_PREFIX = "kind-";

    private BodyStyles() {
    }

    /** True for a user style class (kept in the text and saved), false for one the marks and analysis give. */
    public static boolean isUserClass(String c) {
        return BOLD.equals(c) || ITALIC.equals(c);
    }

    /** The user classes of a style, in a fixed order. */
    public static List<String> userClasses(Collection<String> style) {
        if (style == null || style.isEmpty()) {
            return List.of();
        }
        boolean b = style.contains(BOLD);
        boolean i = style.contains(ITALIC);
        return b && i ? List.of(BOLD, ITALIC) : b ? List.of(BOLD) : i ? List.of(ITALIC) : List.of();
    }

    /** {@code user}'s classes in place of the user classes of {@code existing}; the computed classes stay. */
    public static List<String> withUser(Collection<String> existing, Collection<String> user) {
        List<String> out = new ArrayList<>(user);
        for (String c : existing) {
            if (!isUserClass(c)) {
                out.add(c);
            }
        }
        return out.isEmpty() ? List.of() : List.copyOf(out);
    }

    /** The paragraph style of a kind: none for a plain paragraph. */
    public static List<String> kindStyle(ParagraphKind kind) {
        return kind == ParagraphKind.PARAGRAPH ? List.of() : List.of(KIND_PREFIX + kind.id());
    }

    /** The kind a paragraph style names (a plain paragraph when it names none). */
    public static ParagraphKind kindOf(Collection<String> paragraphStyle) {
        for (String c : paragraphStyle) {
            if (c.startsWith(KIND_PREFIX)) {
                return ParagraphKind.fromId(c.substring(KIND_PREFIX.length()));
            }
        }
        return ParagraphKind.PARAGRAPH;
    }

    /** The emphasis of a paragraph as runs of user classes over its whole text (one empty run for no text). */
    public static List<StyleRun> inlineRuns(Paragraph p) {
        int len = p.text().length();
        if (len == 0) {
            return List.of(new StyleRun(List.of(), 0));
        }
        boolean[] bold = new boolean[len];
        boolean[] italic = new boolean[len];
        for (InlineSpan s : p.inline()) {
            for (int i = s.start(); i < s.end() && i < len; i++) {
                (s.style() == InlineStyle.BOLD ? bold : italic)[i] = true;
            }
        }
        List<StyleRun> out = new ArrayList<>();
        int runStart = 0;
        for (int i = 1; i <= len; i++) {
            if (i == len || bold[i] != bold[runStart] || italic[i] != italic[runStart]) {
                List<String> cls = bold[runStart] && italic[runStart] ? List.of(BOLD, ITALIC)
                        : bold[runStart] ? List.of(BOLD) : italic[runStart] ? List.of(ITALIC) : List.of();
                out.add(new StyleRun(cls, i - runStart));
                runStart = i;
            }
        }
        return out;
    }

    /** A model paragraph from what the editor shows: the kind from the paragraph style, emphasis from the user classes. */
    public static Paragraph paragraph(StyledParagraph p) {
        String text = p.text();
        List<InlineSpan> inline = new ArrayList<>();
        for (String cls : List.of(BOLD, ITALIC)) {
            InlineStyle style = cls.equals(BOLD) ? InlineStyle.BOLD : InlineStyle.ITALIC;
            int pos = 0;
            int runStart = -1;
            for (StyleRun r : p.runs()) {
                boolean on = r.classes().contains(cls);
                if (on && runStart < 0) {
                    runStart = pos;
                } else if (!on && runStart >= 0) {
                    inline.add(new InlineSpan(runStart, Math.min(pos, text.length()), style));
                    runStart = -1;
                }
                pos += r.length();
            }
            if (runStart >= 0) {
                inline.add(new InlineSpan(runStart, Math.min(pos, text.length()), style));
            }
        }
        inline.removeIf(s -> s.start() >= s.end());
        inline.sort(Comparator.comparingInt(InlineSpan::start));
        return new Paragraph(kindOf(p.paragraphStyle()), text, inline);
    }

    /** The body as model paragraphs: a body of one empty plain paragraph is an empty body. */
    public static List<Paragraph> paragraphs(List<StyledParagraph> shown) {
        List<Paragraph> out = new ArrayList<>(shown.size());
        for (StyledParagraph p : shown) {
            out.add(paragraph(p));
        }
        if (out.size() == 1 && out.get(0).text().isEmpty() && out.get(0).kind() == ParagraphKind.PARAGRAPH) {
            return List.of();
        }
        return out;
    }

    /**
     * What the editor shows for a body: each paragraph's text, its kind as paragraph style, and the classes of its
     * emphasis and of {@code marks} (the hand marks and the analysis). An empty body shows one empty paragraph.
     */
    public static List<StyledParagraph> styled(List<Paragraph> body, BodyMarks marks) {
        List<Paragraph> shown = body.isEmpty() ? List.of(Paragraph.of("")) : body;
        List<StyledParagraph> out = new ArrayList<>(shown.size());
        int pos = 0;
        for (Paragraph p : shown) {
            int len = p.text().length();
            List<StyleRun> runs = len == 0 ? List.of(new StyleRun(List.of(), 0))
                    : marks == null ? inlineRuns(p) : marks.paragraphRuns(pos, len, inlineRuns(p));
            out.add(new StyledParagraph(p.text(), kindStyle(p.kind()), runs));
            pos += len + 1;
        }
        return out;
    }

    /** True when the two show the same: runs of one style joined, empty runs left out, class order ignored. */
    public static boolean sameStyles(List<StyleRun> a, List<StyleRun> b) {
        return normalized(a).equals(normalized(b));
    }

    private static List<Object> normalized(List<StyleRun> runs) {
        List<Object> out = new ArrayList<>();
        Set<String> style = null;
        int len = 0;
        for (StyleRun r : runs) {
            if (r.length() == 0) {
                continue;
            }
            Set<String> st = new LinkedHashSet<>(r.classes());
            if (style != null && style.equals(st)) {
                len += r.length();
            } else {
                if (style != null) {
                    out.add(style);
                    out.add(len);
                }
                style = st;
                len = r.length();
            }
        }
        if (style != null) {
            out.add(style);
            out.add(len);
        }
        return out;
    }
}
