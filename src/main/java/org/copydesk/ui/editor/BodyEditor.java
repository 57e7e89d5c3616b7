package org.copydesk.ui.editor;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.IndexRange;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.copydesk.analysis.Analysis;
import org.copydesk.analysis.AnalysisHints;
import org.copydesk.analysis.AnalysisSession;
import org.copydesk.analysis.Analyzer;
import org.copydesk.analysis.CopyIssue;
import org.copydesk.analysis.IssueType;
import org.copydesk.analysis.LanguageSegment;
import org.copydesk.analysis.Quotation;
import org.copydesk.analysis.TextReplacement;
import org.copydesk.editing.AnalysisSplice;
import org.copydesk.editing.BodyMarks;
import org.copydesk.editing.BodyStyles;
import org.copydesk.editing.EditStep;
import org.copydesk.editing.LanguageStyle;
import org.copydesk.editing.HandMarks;
import org.copydesk.editing.Navigation;
import org.copydesk.editing.StyleRun;
import org.copydesk.editing.StyledParagraph;
import org.copydesk.editing.TextRange;
import org.copydesk.editing.Marks;
import org.copydesk.editing.TextShift;
import org.copydesk.editing.UndoHistory;
import org.copydesk.model.Article;
import org.copydesk.model.LanguageMark;
import org.copydesk.model.MarkOrigin;
import org.copydesk.model.Paragraph;
import org.copydesk.model.ParagraphKind;
import org.copydesk.model.QuoteMark;
import org.copydesk.model.SameEnds;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.RichTextChange;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.TwoDimensional;
import org.fxmisc.undo.UndoManager;
import org.reactfx.Subscription;

/**
 * The body of the article: a RichTextFX area, the marks over it and its undo history. Keeps the analysis aligned with
 * the text as it changes, restyles only the paragraphs an edit touched, and re-analyses off the FX thread once typing
 * pauses (one {@link AnalysisSession} per open article, one analysis at a time, the latest result wins).
 */
final class BodyEditor {
    private static final System.Logger LOG = System.getLogger(BodyEditor.class.getName());
    static final Duration ANALYSIS_DELAY = Duration.ofMillis(60);

    /** The area; paste goes through the editor so that foreign styling is dropped and paragraphs kept. */
    static final class Area extends StyleClassedTextArea {
        private Runnable pasteHandler = () -> { };
        /**
         * A text never shown, styled as the body's text is ({@code .body-area .text}): its font is the body's, whatever
         * the area shows (a subheading first, a gutter tag, a text not styled yet while a new story is put in).
         */
        private final Text fontProbe = new Text();

        Area() {
            super(true);
            fontProbe.getStyleClass().add("text");
            fontProbe.setManaged(false);
            fontProbe.setVisible(false);
            getChildren().add(fontProbe);
        }

        /** The font of the body's text, as the stylesheets and the zoom set it. */
        ReadOnlyObjectProperty<Font> bodyFontProperty() {
            return fontProbe.fontProperty();
        }

        @Override
        public void paste() {
            pasteHandler.run();
        }
    }

    private record Logged(long version, TextShift shift) {
    }

    /** One document's analysis: gets the whole text each time (an {@link AnalysisSession} re-analyses what changed). */
    @FunctionalInterface
    interface Session {
        Analysis analyze(String text, AnalysisHints hints);
    }

    /** A pass over an analysis of the whole text that adds what it finds (spelling); runs off the FX thread. */
    @FunctionalInterface
    interface Proofreader {
        Analysis proofread(String text, Analysis analysis);
    }

    private final Area area = new Area();
    private volatile Proofreader proofreader = (text, a) -> a;
    private Supplier<Session> sessions;
    /** Analyses one paragraph on its own, for the quick first pass after an edit. */
    private Session paragraphAnalysis;
    private int lastEditPos = -1;
    private final Executor executor;
    private final BodyHistory history = new BodyHistory(new UndoHistory(), this::replay);
    private final ReadOnlyObjectWrapper<Analysis> published = new ReadOnlyObjectWrapper<>();
    private final ArrayDeque<Logged> log = new ArrayDeque<>();
    private final List<Runnable> editListeners = new ArrayList<>();
    private final List<Consumer<Long>> analysedListeners = new ArrayList<>();
    private final List<Runnable> marksListeners = new ArrayList<>();
    private final Subscription subscriptions;

    private String primary = "en";
    private Marks marks = Marks.NONE;
    private Analysis current = Analysis.empty("en");
    private BodyMarks shown;
    private Session session;
    private long version;
    private long generation;
    private boolean analysing;
    private boolean pending;
    private boolean loading;
    private boolean replaying;
    private List<EditStep> compound;
    private long appliedVersion = -1;
    private final List<Runnable> paragraphShownListeners = new ArrayList<>();

    BodyEditor(Analyzer analyzer, Executor executor) {
        this.sessions = () -> {
            AnalysisSession s = analyzer.newSession();
            return s::analyze;
        };
        this.paragraphAnalysis = analyzer::analyze;
        this.executor = executor;
        area.setWrapText(true);
        area.setId("bodyArea");
        area.getStyleClass().add("body-area");
        area.setStyle(BodyFont.style());
        area.setUndoManager(history);
        Subscription changes = area.richChanges().subscribe(this::onChange);
        Subscription pauses = area.multiPlainChanges().successionEnds(ANALYSIS_DELAY).subscribe(x -> requestAnalysis());
        subscriptions = changes.and(pauses);
    }

    /** Where the analysis of each opened article comes from (tests give their own); paragraphs use one such session. */
    void setSessions(Supplier<Session> sessions) {
        setSessions(sessions, sessions.get());
    }

    /** Where the analysis of each opened article comes from, and of one paragraph on its own (the quick pass). */
    void setSessions(Supplier<Session> sessions, Session paragraphs) {
        this.sessions = sessions;
        this.paragraphAnalysis = paragraphs;
    }

    /** Called when the quick pass has shown the edited paragraph's own analysis (before the whole text's). */
    void addParagraphShownListener(Runnable r) {
        paragraphShownListeners.add(r);
    }

    Area area() {
        return area;
    }

    UndoManager<EditStep> history() {
        return history;
    }

    /** The body's undo steps themselves (places in them, and a listener to their changes). */
    org.copydesk.editing.UndoHistory steps() {
        return history.steps();
    }

    /** No place of the history is as saved any more (the file took a version the body never was). */
    void forgetSavedPlace() {
        history.steps().unmark();
    }

    ReadOnlyObjectProperty<Analysis> analysisProperty() {
        return published.getReadOnlyProperty();
    }

    /** Called after every edit of the body (text, marks, emphasis, kinds), on the FX thread. */
    void addEditListener(Runnable r) {
        editListeners.add(r);
    }

    /** Called when hand marks were set, removed, undone or redone (not when text edits merely move them). */
    void addMarksListener(Runnable r) {
        marksListeners.add(r);
    }

    /** Called with the text version an analysis was made of, once its marks are shown. */
    void addAnalysedListener(Consumer<Long> c) {
        analysedListeners.add(c);
    }

    /** Sets the pass that adds spelling issues to each analysis of the whole text. */
    void setProofreader(Proofreader p) {
        proofreader = p;
    }

    void setPasteHandler(Runnable r) {
        area.pasteHandler = r;
    }

    long version() {
        return version;
    }

    /** The text version whose analysis is shown (tests wait for it to reach {@link #version()}). */
    long appliedVersion() {
        return appliedVersion;
    }

    String primaryLanguage() {
        return primary;
    }

    Marks marks() {
        return marks;
    }

    BodyMarks shown() {
        if (shown == null) {
            shown = new BodyMarks(primary, current, marks.languages(), marks.quotes());
        }
        return shown;
    }

    // ---------------------------------------------------------------- open / close

    /** Shows an article's body (no undo history) and starts analysing it. */
    /** True from opening an article until its first analysis is shown. */
    private boolean firstResultPending;

    void load(Article a) {
        load(a, false);
    }

    /**
     * As {@link #load(Article)}; with {@code keepView}, the same story read again (a reload from disk): only the
     * paragraphs that differ are replaced and the caret is left for the caller to place, so the body stays scrolled
     * where the user was reading (a whole new text is laid out afresh from estimates and shown from its start).
     */
    void load(Article a, boolean keepView) {
        generation++;
        analysing = false;
        pending = false;
        log.clear();
        session = sessions.get();
        primary = a.language();
        Marks loaded = new Marks(a.languageMarks(), a.quoteMarks());
        // the document is built with the article's own marks; they are the marks of the new text, so they are set
        // as they are, after the text is in place (the replace is not an edit that moves them)
        marks = loaded;
        current = Analysis.empty(primary);
        shown = null;
        var doc = document(a);
        loading = true;
        try {
            if (keepView) {
                replaceChanged(a.body(), doc);
            } else {
                area.replace(0, area.getLength(), doc);
            }
        } finally {
            loading = false;
        }
        marks = loaded;
        current = Analysis.empty(primary);
        shown = null;
        log.clear();
        history.forgetHistory();
        history.mark();
        if (!keepView) {
            area.moveTo(0);
            area.requestFollowCaret();
        }
        firstResultPending = !keepView; // a story read again stays where the user was reading, not at its top
        published.set(null);
        requestAnalysis();
    }

    /**
     * The article's language changed (the user chose another in the inspector): segments in the new language go
     * unmarked and the others get marked, once the text is analysed again with it.
     */
    void setPrimaryLanguage(String language) {
        if (language == null || language.equals(primary)) {
            return;
        }
        primary = language;
        shown = null;
        requestAnalysis();
    }

    /** Shows nothing (no article open). */
    void clear() {
        generation++;
        session = null;
        analysing = false;
        pending = false;
        loading = true;
        try {
            area.clear();
        } finally {
            loading = false;
        }
        marks = Marks.NONE;
        current = Analysis.empty(primary);
        shown = null;
        history.forgetHistory();
        history.mark();
        published.set(null);
    }

    /** Stops analysis; late results are dropped. */
    void close() {
        generation++;
        session = null;
        pending = false;
    }

    void dispose() {
        close();
        subscriptions.unsubscribe();
    }

    private ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> document(Article a) {
        return AreaStyles.document(BodyStyles.styled(a.body(), shown()), area.getSegOps());
    }

    /** The body as model paragraphs: kinds, text and emphasis. */
    List<Paragraph> paragraphs() {
        List<StyledParagraph> shownNow = new ArrayList<>(area.getParagraphs().size());
        for (var p : area.getParagraphs()) {
            shownNow.add(AreaStyles.paragraph(p));
        }
        return BodyStyles.paragraphs(shownNow);
    }

    // ---------------------------------------------------------------- changes

    private void onChange(RichTextChange<Collection<String>, String, Collection<String>> ch) {
        if (!ch.isPlainTextIdentity()) {
            onTextChange(ch);
        }
    }

    private void onTextChange(RichTextChange<Collection<String>, String, Collection<String>> ch) {
        int pos = ch.getPosition();
        int inserted = ch.getInserted().length();
        TextShift shift = new TextShift(pos, ch.getRemoved().length(), inserted);
        if (loading) {
            // a new document replacing the old one: its marks and analysis are set by load()/clear(), not moved
            version++;
            return;
        }
        Marks before = marks;
        if (!replaying) {
            marks = marks.shifted(shift);
        }
        current = shift.analysis(current);
        shown = null;
        version++;
        if (session != null) {
            log.add(new Logged(version, shift));
        }
        lastEditPos = pos + inserted;
        if (!replaying) {
            record(new EditStep.TextEdit(pos, AreaStyles.piece(ch.getRemoved()), AreaStyles.piece(ch.getInserted()),
                    before, marks));
        }
        restyle(paragraphOf(pos), paragraphOf(pos + inserted));
        fireEdited();
    }

    private void record(EditStep step) {
        if (compound != null) {
            compound.add(step);
        } else {
            history.steps().record(step);
        }
    }

    private void fireEdited() {
        for (Runnable r : editListeners) {
            r.run();
        }
    }

    /** Does a step and records it as one undoable edit. */
    private void perform(EditStep step) {
        replaying = true;
        try {
            doApply(step);
        } finally {
            replaying = false;
        }
        record(step);
        fireEdited();
    }

    /** Undo/redo: applies a step the history answered (it is in the history already). */
    private void replay(EditStep step) {
        replaying = true;
        try {
            doApply(step);
        } finally {
            replaying = false;
        }
        fireEdited();
    }

    private void doApply(EditStep step) {
        if (step instanceof EditStep.TextEdit t) {
            area.replace(t.pos(), t.pos() + t.removed().length(), AreaStyles.document(t.inserted(), area.getSegOps()));
            setMarks(t.after());
            restyle(paragraphOf(t.pos()), paragraphOf(t.pos() + t.inserted().length()));
            int caret = t.caretAfter();
            if (caret >= 0) {
                area.moveTo(caret);
                area.requestFollowCaret();
            }
        } else if (step instanceof EditStep.MarksEdit m) {
            setMarks(m.after());
        } else if (step instanceof EditStep.InlineEdit i) {
            int end = i.start() + i.length();
            StyleSpans<Collection<String>> existing = area.getStyleSpans(i.start(), end);
            area.setStyleSpans(i.start(), existing.overlay(AreaStyles.spans(i.after()), BodyStyles::withUser));
            area.selectRange(i.start(), end);
        } else if (step instanceof EditStep.KindEdit k) {
            for (int n = 0; n < k.after().size(); n++) {
                area.setParagraphStyle(k.first() + n, BodyStyles.kindStyle(k.after().get(n)));
            }
        } else if (step instanceof EditStep.Compound c) {
            for (EditStep s : c.steps()) {
                doApply(s);
            }
        }
    }

    private void setMarks(Marks after) {
        Marks before = marks;
        marks = after;
        shown = null;
        if (!before.equals(after)) {
            restyleRanges(AnalysisSplice.differences(before, after));
            for (Runnable r : marksListeners) {
                r.run();
            }
        }
    }

    private void restyleRanges(List<TextRange> ranges) {
        int len = area.getLength();
        int n = area.getParagraphs().size();
        boolean[] todo = new boolean[n];
        for (TextRange r : ranges) {
            int from = paragraphOf(Math.min(r.start(), len));
            int to = Math.min(n - 1, paragraphOf(Math.min(r.end(), len)));
            for (int p = from; p <= to; p++) {
                todo[p] = true;
            }
        }
        for (int p = 0; p < n; p++) {
            if (todo[p]) {
                restyle(p, p);
            }
        }
    }

    /** Where two analyses of the text differ in what the body shows (segments in the primary language show nothing). */
    private List<TextRange> differences(Analysis before, Analysis after) {
        String p = primary;
        return AnalysisSplice.differences(before, after, lang -> !LanguageStyle.sameLanguage(lang, p));
    }

    int paragraphOf(int pos) {
        return area.offsetToPosition(Math.max(0, Math.min(pos, area.getLength())), TwoDimensional.Bias.Forward).getMajor();
    }

    /** Restyles paragraphs {@code from..to} (inclusive) where their styles differ from what they should be. */
    int restyle(int from, int to) {
        BodyMarks m = shown();
        int changed = 0;
        int last = Math.min(to, area.getParagraphs().size() - 1);
        for (int p = Math.max(0, from); p <= last; p++) {
            int len = area.getParagraphLength(p);
            if (len == 0) {
                continue;
            }
            List<StyleRun> now = AreaStyles.runs(area.getStyleSpans(p));
            List<StyleRun> want = m.paragraphRuns(area.getAbsolutePosition(p, 0), len, now);
            if (!BodyStyles.sameStyles(now, want)) {
                area.setStyleSpans(p, 0, AreaStyles.spans(want));
                changed++;
            }
        }
        return changed;
    }

    // ---------------------------------------------------------------- analysis

    /** Starts an analysis of the current text unless one is running (then it runs again when that one ends). */
    void requestAnalysis() {
        if (session == null || loading) {
            return;
        }
        if (analysing) {
            pending = true;
            return;
        }
        analysing = true;
        long v = version;
        long gen = generation;
        log.removeIf(l -> l.version() <= v);
        String text = area.getText();
        List<LanguageMark> handLanguages = marks.languages().stream().filter(m -> m.origin() == MarkOrigin.MANUAL).toList();
        List<QuoteMark> handQuotes = marks.quotes().stream().filter(m -> m.origin() == MarkOrigin.MANUAL).toList();
        AnalysisHints hints = new AnalysisHints(primary, handLanguages, handQuotes);
        Session s = session;
        // first pass: the paragraph edited last, on its own (milliseconds), so its marks follow the typing quickly;
        // then the whole text through the session (the authoritative result, with cross-paragraph context)
        int p = lastEditPos >= 0 && area.getParagraphs().size() > 1 ? paragraphOf(lastEditPos) : -1;
        lastEditPos = -1;
        int pStart = p < 0 ? 0 : area.getAbsolutePosition(p, 0);
        String pText = p < 0 ? null : area.getParagraph(p).getText();
        AnalysisHints pHints = p < 0 ? null : new AnalysisHints(primary,
                handLanguages.stream().filter(m -> m.start() >= pStart && m.end() <= pStart + pText.length())
                        .map(m -> m.shifted(-pStart)).toList(),
                handQuotes.stream().filter(m -> m.start() >= pStart && m.end() <= pStart + pText.length())
                        .map(m -> m.shifted(-pStart)).toList());
        Session quick = paragraphAnalysis;
        try {
            executor.execute(() -> {
                if (pText != null && !pText.isBlank()) {
                    try {
                        Analysis local = quick.analyze(pText, pHints);
                        Platform.runLater(() -> paragraphAnalysed(gen, v, pStart, pText, local));
                    } catch (RuntimeException e) {
                        LOG.log(System.Logger.Level.WARNING, "paragraph analysis failed", e);
                    }
                }
                Analysis result = null;
                try {
                    result = s.analyze(text, hints);
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "analysis failed", e);
                }
                if (result != null) {
                    try {
                        result = proofreader.proofread(text, result);
                    } catch (RuntimeException e) {
                        LOG.log(System.Logger.Level.WARNING, "spelling check failed", e);
                    }
                }
                Analysis r = result;
                Platform.runLater(() -> analysed(gen, v, r));
            });
        } catch (RejectedExecutionException e) {
            analysing = false;
        }
    }

    /** The quick pass: shows one paragraph's own analysis in place of what was shown there, if the text is unchanged. */
    private void paragraphAnalysed(long gen, long v, int start, String paragraphText, Analysis local) {
        if (gen != generation || version != v) {
            return;
        }
        Analysis spliced = AnalysisSplice.splice(current, start, start + paragraphText.length(), local);
        List<TextRange> changed = differences(current, spliced);
        current = spliced;
        shown = null;
        restyleRanges(changed);
        for (Runnable r : paragraphShownListeners) {
            r.run();
        }
    }

    private void analysed(long gen, long v, Analysis result) {
        if (gen != generation) {
            return;
        }
        analysing = false;
        if (result != null) {
            Analysis a = result;
            for (Logged l : log) {
                if (l.version() > v) {
                    a = l.shift().analysis(a);
                }
            }
            log.removeIf(l -> l.version() <= v);
            List<TextRange> changed = differences(current, a);
            current = a;
            shown = null;
            if (firstResultPending) {
                firstResultPending = false;
                // the first marks (gutter tags, styles) change line heights, which scrolled the body away from what it
                // showed: a story just opened stays at its top, or where the user scrolled to before the marks came
                TopLine top = TopLine.of(area);
                restyleRanges(changed);
                if (top != null) {
                    top.restore(area);
                }
            } else {
                restyleRanges(changed);
            }
            appliedVersion = v;
            published.set(a);
            for (Consumer<Long> c : analysedListeners) {
                c.accept(v);
            }
        }
        if (pending) {
            pending = false;
            requestAnalysis();
        }
    }

    // ---------------------------------------------------------------- commands

    /** Marks the selection as written in {@code language}; returns false when nothing is selected. */
    boolean markLanguage(String language) {
        IndexRange sel = area.getSelection();
        if (!area.isEditable() || sel.getLength() == 0) {
            return false;
        }
        perform(new EditStep.MarksEdit(marks, HandMarks.markLanguage(marks, sel.getStart(), sel.getEnd(), language)));
        return true;
    }

    /** Marks the selection as a quotation; returns false when nothing is selected. */
    boolean markQuotation() {
        IndexRange sel = area.getSelection();
        if (!area.isEditable() || sel.getLength() == 0) {
            return false;
        }
        perform(new EditStep.MarksEdit(marks, HandMarks.markQuotation(marks, sel.getStart(), sel.getEnd())));
        return true;
    }

    /**
     * Removes hand marks: with a selection, from the selected text (a mark reaching beyond it keeps the rest); without,
     * the marks at the caret. Returns false when there was none.
     */
    boolean removeMark() {
        if (!area.isEditable()) {
            return false;
        }
        IndexRange sel = area.getSelection();
        Marks after = sel.getLength() > 0 ? HandMarks.removeFromSelection(marks, sel.getStart(), sel.getEnd())
                : HandMarks.removeAt(marks, area.getCaretPosition());
        if (after.equals(marks)) {
            return false;
        }
        perform(new EditStep.MarksEdit(marks, after));
        return true;
    }

    /** Bold or italic on the selection: off when all of it has it, else on. */
    boolean toggleInline(String userClass) {
        if (!area.isEditable()) {
            return false;
        }
        IndexRange sel = area.getSelection();
        if (sel.getLength() == 0) {
            return false;
        }
        List<StyleRun> now = AreaStyles.runs(area.getStyleSpans(sel.getStart(), sel.getEnd()));
        boolean all = now.stream().allMatch(r -> r.length() == 0 || r.classes().contains(userClass));
        List<StyleRun> before = new ArrayList<>(now.size());
        List<StyleRun> after = new ArrayList<>(now.size());
        for (StyleRun r : now) {
            before.add(new StyleRun(BodyStyles.userClasses(r.classes()), r.length()));
            Set<String> u = new LinkedHashSet<>(BodyStyles.userClasses(r.classes()));
            if (all) {
                u.remove(userClass);
            } else {
                u.add(userClass);
            }
            after.add(new StyleRun(BodyStyles.userClasses(u), r.length()));
        }
        perform(new EditStep.InlineEdit(sel.getStart(), before, after));
        return true;
    }

    /** Sets the kind of the paragraphs of the selection. */
    void setKind(ParagraphKind kind) {
        if (!area.isEditable()) {
            return;
        }
        IndexRange sel = area.getSelection();
        int first = paragraphOf(sel.getStart());
        int last = paragraphOf(sel.getEnd());
        List<ParagraphKind> before = new ArrayList<>();
        List<ParagraphKind> after = new ArrayList<>();
        for (int p = first; p <= last; p++) {
            before.add(BodyStyles.kindOf(area.getParagraph(p).getParagraphStyle()));
            after.add(kind);
        }
        if (!before.equals(after)) {
            perform(new EditStep.KindEdit(first, before, after));
        }
    }

    ParagraphKind kindAtCaret() {
        return BodyStyles.kindOf(area.getParagraph(area.getCurrentParagraph()).getParagraphStyle());
    }

    /**
     * Applies replacements to the body as one undoable edit. They must be inside the text and must not overlap;
     * returns how many were applied.
     */
    int applyReplacements(List<TextReplacement> replacements) {
        List<TextReplacement> sorted = new ArrayList<>(replacements);
        sorted.sort(Comparator.comparingInt(TextReplacement::start).reversed());
        int limit = area.getLength();
        for (TextReplacement r : sorted) {
            if (r.start() < 0 || r.end() < r.start() || r.end() > limit) {
                throw new IllegalArgumentException("replacement " + r + " is outside the text");
            }
            limit = r.start();
        }
        return inOneStep(() -> {
            for (TextReplacement r : sorted) {
                if (!area.getText(r.start(), r.end()).equals(r.replacement())) {
                    area.replaceText(r.start(), r.end(), r.replacement());
                }
            }
        });
    }

    /**
     * Replaces the whole body with an article's (text, emphasis, kinds and marks) as one undoable step: undo brings the
     * body from before back, marks and all.
     */
    void replaceAll(Article a) {
        replaceAllStep(a);
        area.moveTo(0);
        area.requestFollowCaret();
        fireEdited();
    }

    /**
     * As {@link #replaceAll}, with the caret put at {@code caret} (worked out once the new text is in) and the view not
     * moved to follow it: a merge from disk while the user reads somewhere else must not move what they read.
     */
    void replaceAllKeepingCaret(Article a, IntSupplier caret) {
        replaceAllStep(a);
        area.moveTo(Math.max(0, Math.min(caret.getAsInt(), area.getLength())));
        fireEdited();
    }

    private void replaceAllStep(Article a) {
        var doc = AreaStyles.document(BodyStyles.styled(a.body(), null), area.getSegOps());
        Marks target = new Marks(a.languageMarks(), a.quoteMarks());
        inOneStep(() -> {
            replaceChanged(a.body(), doc);
            EditStep.MarksEdit m = new EditStep.MarksEdit(marks, target);
            replaying = true;
            try {
                doApply(m);
            } finally {
                replaying = false;
            }
            record(m);
        });
    }

    /**
     * Puts the paragraphs {@code next} (styled as {@code doc}) in the area, replacing only the paragraphs that differ:
     * the others keep their place, their styles and the view over them (a whole new text was laid out afresh, its view
     * estimated, and scrolled away from where the user was).
     */
    private void replaceChanged(List<Paragraph> next,
            ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> doc) {
        List<Paragraph> now = paragraphs();
        SameEnds same = SameEnds.of(now, next);
        int[] cut = changedRange(now, same, area.getLength());
        int[] with = changedRange(next, same, doc.length());
        if (cut[0] != cut[1] || with[0] != with[1]) {
            area.replace(cut[0], cut[1], doc.subSequence(with[0], with[1]));
        }
    }

    /**
     * The characters of a body of {@code paragraphs} (joined by line breaks, {@code length} in all) that lie between the
     * paragraphs the same at its start and those the same at its end: from the start of the first paragraph that differs
     * to the start of the first of the last ones, which takes the line break after the changed paragraphs with them;
     * with no paragraph the same at the end, from the end of the last one the same at the start (its line break) to
     * the end of the text.
     */
    private static int[] changedRange(List<Paragraph> paragraphs, SameEnds same, int length) {
        int[] starts = new int[paragraphs.size() + 1];
        for (int i = 0; i < paragraphs.size(); i++) {
            starts[i + 1] = starts[i] + paragraphs.get(i).text().length() + 1;
        }
        if (same.end() > 0) {
            return new int[] {starts[same.start()], starts[paragraphs.size() - same.end()]};
        }
        return new int[] {same.start() == 0 ? 0 : starts[same.start()] - 1, length};
    }

    /** Runs edits recorded as one undoable step; returns the number of steps it holds. */
    int inOneStep(Runnable edits) {
        List<EditStep> outer = compound;
        List<EditStep> mine = new ArrayList<>();
        compound = mine;
        try {
            edits.run();
        } finally {
            compound = outer;
        }
        if (!mine.isEmpty()) {
            record(mine.size() == 1 ? mine.get(0) : new EditStep.Compound(mine));
        }
        return mine.size();
    }

    /** Sets the kinds of paragraphs (inside an {@link #inOneStep} block: as part of that step). */
    void setKinds(int first, List<ParagraphKind> kinds) {
        List<ParagraphKind> before = new ArrayList<>();
        for (int n = 0; n < kinds.size(); n++) {
            before.add(BodyStyles.kindOf(area.getParagraph(first + n).getParagraphStyle()));
        }
        if (!before.equals(kinds)) {
            EditStep.KindEdit k = new EditStep.KindEdit(first, before, kinds);
            replaying = true;
            try {
                doApply(k);
            } finally {
                replaying = false;
            }
            record(k);
        }
    }

    /** Selects the next (or previous) segment not in the primary language; false when there is none. */
    boolean selectForeign(boolean forward) {
        String text = area.getText();
        List<TextRange> segs = shown().foreignSegments(area.getLength()).stream()
                // a segment left over a full stop or a space once its words were deleted is passed over, as the
                // gutter does (a hand mark there stays: the user set it)
                .filter(s -> BodyMarks.hasLetter(text, s.start(), s.end()))
                .map(s -> new TextRange(s.start(), s.end())).toList();
        IndexRange sel = area.getSelection();
        TextRange target = Navigation.next(segs, sel.getStart(), sel.getLength(), area.getCaretPosition(), forward);
        if (target == null) {
            return false;
        }
        TextRange passage = Navigation.passage(text, target.start(), target.end());
        select(passage.start(), passage.end());
        return true;
    }

    /** Selects the next copy issue (spelling included) after the selection; false when there is none. */
    boolean selectNextIssue() {
        List<TextRange> issues = shown().issues().stream().map(i -> new TextRange(i.start(), i.end())).toList();
        IndexRange sel = area.getSelection();
        TextRange target = Navigation.next(issues, sel.getStart(), sel.getLength(), area.getCaretPosition(), true);
        if (target == null) {
            return false;
        }
        select(target.start(), target.end());
        return true;
    }

    /** The spelling issue under {@code pos} (or ending there), or null. */
    CopyIssue spellingIssueAt(int pos) {
        for (CopyIssue i : shown().issues()) {
            if (i.type() == IssueType.SPELLING && i.start() <= pos && pos <= i.end()) {
                return i;
            }
        }
        return null;
    }

    /** The issue at the caret (or in the selection) that has a mechanical fix, or null. */
    CopyIssue fixableIssueAtCaret() {
        IndexRange sel = area.getSelection();
        int caret = area.getCaretPosition();
        for (CopyIssue i : shown().issues()) {
            if (i.replacement() == null) {
                continue;
            }
            boolean atCaret = i.start() <= caret && caret <= i.end();
            boolean inSel = sel.getLength() > 0 && i.start() < sel.getEnd() && sel.getStart() < i.end();
            if (atCaret || inSel) {
                return i;
            }
        }
        return null;
    }

    /** Applies an issue's fix as one undoable edit. */
    boolean fix(CopyIssue issue) {
        if (!area.isEditable() || issue == null || issue.replacement() == null || issue.end() > area.getLength()) {
            return false;
        }
        applyReplacements(List.of(new TextReplacement(issue.start(), issue.end(), issue.replacement())));
        return true;
    }

    void select(int start, int end) {
        int len = area.getLength();
        int s = Math.max(0, Math.min(start, len));
        int e = Math.max(s, Math.min(end, len));
        area.selectRange(s, e);
        area.requestFollowCaret();
    }

    /** Tags of the languages other than the primary one in paragraph {@code p}, for the gutter. */
    List<String> foreignTagsOf(int p) {
        if (p < 0 || p >= area.getParagraphs().size()) {
            return List.of();
        }
        return shown().foreignTagsIn(area.getAbsolutePosition(p, 0), area.getParagraph(p).getText());
    }
}
