package org.copydesk.ui.inspector;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.TextFields;
import org.copydesk.analysis.Analysis;
import org.copydesk.analysis.LanguageProposal;
import org.copydesk.editing.StoryEditing;
import org.copydesk.editing.StoryFacts;
import org.copydesk.editing.StoryVocabulary;
import org.copydesk.export.ExportService;
import org.copydesk.export.PreflightFinding;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.LanguageTags;
import org.copydesk.model.StoryDetails;
import org.copydesk.sync.Conflict;
import org.copydesk.ui.common.Look;
import org.copydesk.ui.common.CompletionList;
import org.copydesk.ui.common.Tips;
import org.copydesk.ui.common.UiContext;
import org.copydesk.ui.editor.ArticleEditor;
import org.copydesk.ui.export.FindingText;

/**
 * The Story tab: the facts of the open story (language, desk status, tags, section, slug, embargo, target length)
 * and the lengths of its headline and standfirst against their limits. A view over {@link ArticleEditor#factsProperty()}:
 * every change goes into the editor's facts, saved with the article.
 *
 * <p>Every change is a step of the tab's own undo history ({@link StoryEditing}; typing in a field is one step until
 * the field is left): Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y, and Edit ▸ Undo and Redo, while the tab has the focus. A
 * conflict's "keep theirs" or "keep mine" on a story fact is a step of the same history ({@link #history()}).
 */
public final class StoryInspector {
    private static final System.Logger LOG = System.getLogger(StoryInspector.class.getName());
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final UiContext ctx;
    private final ArticleEditor editor;
    private final int headlineLimit;
    private final int standfirstLimit;
    private final ZoneId zone;
    private final VBox root = new VBox(10);
    private final ComboBox<String> language = new ComboBox<>();
    private final Label languageError = new Label();
    private final HBox proposalBox = new HBox(6);
    private final Label proposalText = new Label();
    private final Button useProposal = new Button();
    private final ComboBox<ArticleStatus> status = new ComboBox<>();
    private final Button markReady = new Button();
    private final FlowPane tagChips = new FlowPane(4, 4);
    private final TextField tagField = new TextField();
    private final TextField section = new TextField();
    private final TextField slug = new TextField();
    private final DatePicker embargoDate = new DatePicker();
    private final TextField embargoTime = new TextField();
    private final Label embargoError = new Label();
    private final TextField target = new TextField();
    private final Label lengthGauge = new Label();
    private final Label headlineGauge = new Label();
    private final Label standfirstGauge = new Label();
    private final Set<String> knownTags = new CopyOnWriteArraySet<>();
    private final Set<String> knownSections = new CopyOnWriteArraySet<>();
    private final StoryEditing<Conflict> history;
    private final LongProperty historyChanged = new SimpleLongProperty();
    private Consumer<String> messages = m -> { };
    private String proposed;
    /** Words of the body (as the status bar counts them): what the target length is set in. */
    private int words;
    private boolean updating;
    /** The embargo the date and time fields stand for (they are rewritten only when the story's embargo differs). */
    private Instant shownEmbargo;

    public StoryInspector(UiContext ctx, ArticleEditor editor, int headlineLimit, int standfirstLimit) {
        this(ctx, editor, headlineLimit, standfirstLimit, ZoneId.systemDefault());
    }

    public StoryInspector(UiContext ctx, ArticleEditor editor, int headlineLimit, int standfirstLimit, ZoneId zone) {
        this.ctx = ctx;
        this.editor = editor;
        this.headlineLimit = headlineLimit;
        this.standfirstLimit = standfirstLimit;
        this.zone = zone;
        root.getStyleClass().add("story-inspector");
        root.setId("storyInspector");
        this.history = new StoryEditing<>(new EditorFacts());
        history.onHistoryChanged(() -> historyChanged.set(historyChanged.get() + 1));

        language.setId("inspectorLanguage");
        language.setEditable(true);
        language.getItems().setAll(LanguageTags.COMMON);
        language.setMaxWidth(Double.MAX_VALUE);
        language.setOnAction(e -> commitLanguage());
        language.getEditor().focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commitLanguage();
            }
        });
        languageError.getStyleClass().add("inspector-error");
        languageError.setWrapText(true);
        hideWhenEmpty(languageError);
        proposalBox.setId("languageProposal");
        proposalBox.getStyleClass().add("language-proposal");
        proposalBox.setAlignment(Pos.CENTER_LEFT);
        proposalText.setWrapText(true);
        proposalText.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(proposalText, Priority.ALWAYS);
        useProposal.setId("useProposedLanguage");
        useProposal.setMinWidth(Region.USE_PREF_SIZE);
        useProposal.setOnAction(e -> {
            if (proposed != null) {
                setFacts(f -> f.withLanguage(proposed));
            }
        });
        proposalBox.getChildren().addAll(proposalText, useProposal);
        proposalBox.managedProperty().bind(proposalBox.visibleProperty());
        proposalBox.setVisible(false);

        status.setId("inspectorStatus");
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(ArticleStatus s) {
                return s == null ? "" : ctx.text("status." + s.id());
            }

            @Override
            public ArticleStatus fromString(String s) {
                return null;
            }
        });
        status.setOnAction(e -> {
            ArticleStatus chosen = status.getValue();
            StoryFacts f = editor.factsProperty().get();
            if (updating || chosen == null || f == null || chosen == f.status()) {
                return;
            }
            if (chosen == ArticleStatus.READY) {
                status.setValue(f.status()); // stays until the preflight says yes
                markReady();
            } else {
                setFacts(x -> x.withStatus(chosen));
            }
        });
        markReady.setId("markReady");
        markReady.setText(ctx.text("inspector.markReady"));
        markReady.setMinWidth(Region.USE_PREF_SIZE);
        markReady.setOnAction(e -> markReady());

        tagChips.setId("tagChips");
        tagChips.getStyleClass().add("tag-chips");
        tagField.setId("tagField");
        tagField.setPromptText(ctx.text("inspector.tags.prompt"));
        tagField.setOnAction(e -> {
            String t = tagField.getText();
            setFacts(f -> f.withTag(t));
            tagField.clear();
        });
        CompletionList.on(TextFields.bindAutoCompletion(tagField, req -> tagCompletions(req.getUserText())));

        section.setId("sectionField");
        section.setPromptText(ctx.text("inspector.section.prompt"));
        CompletionList.on(TextFields.bindAutoCompletion(section, req -> sectionCompletions(req.getUserText())));
        section.textProperty().addListener((o, a, b) -> typeFacts(f -> f.withDetails(f.details().withSection(b))));
        slug.setId("slugField");
        slug.setPromptText(ctx.text("inspector.slug.prompt"));
        slug.textProperty().addListener((o, a, b) -> typeFacts(f -> f.withDetails(f.details().withSlug(b))));

        embargoDate.setId("embargoDate");
        embargoDate.setPromptText(ctx.text("inspector.embargo.none"));
        embargoDate.setMaxWidth(Double.MAX_VALUE);
        embargoDate.setPrefWidth(130);
        // the date picker's arrow button takes about 2 em
        Look.fitPrompt(embargoDate.getEditor(), embargoDate, 30);
        embargoDate.valueProperty().addListener((o, a, b) -> commitEmbargo(false));
        embargoTime.setId("embargoTime");
        embargoTime.setPromptText(ctx.text("inspector.embargo.timePrompt"));
        embargoTime.setPrefColumnCount(5);
        embargoTime.setMinWidth(Region.USE_PREF_SIZE);
        embargoTime.textProperty().addListener((o, a, b) -> commitEmbargo(true));
        Button clearEmbargo = new Button("×");
        Tips.set(clearEmbargo, ctx.text("inspector.embargo.clear"));
        clearEmbargo.setAccessibleText(ctx.text("inspector.embargo.clear"));
        clearEmbargo.setId("clearEmbargo");
        clearEmbargo.setMinWidth(Region.USE_PREF_SIZE);
        clearEmbargo.setOnAction(e -> {
            updating = true;
            try {
                embargoDate.setValue(null);
                embargoTime.clear();
            } finally {
                updating = false;
            }
            embargoError.setText("");
            shownEmbargo = null;
            setFacts(f -> f.withDetails(f.details().withEmbargo(null)));
        });
        embargoError.getStyleClass().add("inspector-error");
        embargoError.setWrapText(true);
        hideWhenEmpty(embargoError);

        target.setId("targetWords");
        target.setPromptText(ctx.text("inspector.target.prompt"));
        target.setPrefColumnCount(6);
        target.textProperty().addListener((o, a, b) -> commitTarget(b));
        lengthGauge.setId("lengthGauge");
        // the body's words, as the status bar counts them and as a desk sets a length
        Tips.set(lengthGauge, ctx.text("inspector.target.tip"));
        headlineGauge.setId("headlineGauge");
        standfirstGauge.setId("standfirstGauge");
        for (Label l : List.of(lengthGauge, headlineGauge, standfirstGauge)) {
            l.getStyleClass().add("length-gauge");
        }

        GridPane grid = new GridPane();
        grid.getStyleClass().add("inspector-grid");
        grid.setHgap(8);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, values);
        int r = 0;
        grid.addRow(r++, label("inspector.language", language), language);
        grid.add(languageError, 1, r++);
        grid.add(proposalBox, 0, r++, 2, 1);
        HBox statusRow = new HBox(6, status, markReady);
        statusRow.setAlignment(Pos.CENTER_LEFT);
        grid.addRow(r++, label("inspector.status", status), statusRow);
        grid.addRow(r++, label("inspector.tags", tagField), tagField);
        grid.add(tagChips, 1, r++);
        grid.addRow(r++, label("inspector.section", section), section);
        grid.addRow(r++, label("inspector.slug", slug), slug);
        HBox embargoRow = new HBox(6, embargoDate, embargoTime, clearEmbargo);
        HBox.setHgrow(embargoDate, Priority.ALWAYS);
        embargoRow.setAlignment(Pos.CENTER_LEFT);
        grid.addRow(r++, label("inspector.embargo", embargoDate), embargoRow);
        grid.add(embargoError, 1, r++);
        HBox targetRow = new HBox(8, target, lengthGauge);
        targetRow.setAlignment(Pos.CENTER_LEFT);
        grid.addRow(r++, label("inspector.target", target), targetRow);
        grid.addRow(r++, label("inspector.headlineLength", null), headlineGauge);
        grid.addRow(r++, label("inspector.standfirstLength", null), standfirstGauge);

        Label title = new Label(ctx.text("inspector.title"));
        title.getStyleClass().add("panel-title");
        root.getChildren().addAll(title, grid);
        root.disableProperty().bind(editor.factsProperty().isNull());
        // a read-only article (newer format, or open for editing in another window) cannot be changed here either
        grid.disableProperty().bind(editor.editableProperty().not());

        editor.factsProperty().addListener((o, a, b) -> showFacts(b));
        editor.articleProperty().addListener((o, a, b) -> {
            history.endTyping();
            historyChanged.set(historyChanged.get() + 1);
        });
        for (TextField typed : List.of(section, slug, embargoTime, target)) {
            typed.focusedProperty().addListener((o, was, is) -> history.endTyping());
        }
        KeyCombination undoKey = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
        KeyCombination redoKey = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
        KeyCombination redoKey2 = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
        // before the fields' own undo: the tab has one history
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (undoKey.match(e)) {
                undo();
                e.consume();
            } else if (redoKey.match(e) || redoKey2.match(e)) {
                redo();
                e.consume();
            }
        });
        editor.addUndoOwner(new ArticleEditor.UndoOwner() {
            @Override
            public boolean contains(Node focused) {
                for (Node n = focused; n != null; n = n.getParent()) {
                    if (n == root) {
                        return true;
                    }
                }
                return false;
            }

            @Override
            public boolean canUndo() {
                return history.canUndo();
            }

            @Override
            public boolean canRedo() {
                return history.canRedo();
            }

            @Override
            public Observable historyChanged() {
                return historyChanged;
            }

            @Override
            public void undo() {
                StoryInspector.this.undo();
            }

            @Override
            public void redo() {
                StoryInspector.this.redo();
            }
        });
        editor.articleProperty().addListener((o, a, b) -> {
            words = b == null ? 0 : b.bodyWordCount();
            updateLength();
        });
        editor.analysisProperty().addListener((o, a, b) -> analysed(b));
        editor.headlineText().addListener((o, a, b) -> updateGauges());
        editor.standfirstText().addListener((o, a, b) -> updateGauges());
        showFacts(editor.factsProperty().get());
        loadWorkspaceVocabulary();
    }

    public Node view() {
        ScrollPane scroll = new ScrollPane(root);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("inspector-scroll");
        return scroll;
    }

    /** Where the inspector reports what it did ("Marked ready"). */
    public void setMessages(Consumer<String> messages) {
        this.messages = messages;
    }

    /** The tab's undo history (a conflict's choice on a story fact is a step of it too). */
    public StoryEditing<Conflict> history() {
        return history;
    }

    /** Undoes the story's last change of its facts, and says what it undid. */
    public void undo() {
        report(history.undo());
    }

    /** Does the story's last undone change of its facts again. */
    public void redo() {
        report(history.redo());
    }

    private void report(StoryEditing.Result<Conflict> r) {
        boolean undone = r.action() == StoryEditing.Result.Action.UNDO;
        switch (r.kind()) {
            case NOTHING -> messages.accept(ctx.text(undone ? "inspector.nothingToUndo" : "inspector.nothingToRedo"));
            case DONE -> {
                if (r.step().cause() == null) { // a conflict's choice is reported by the conflict banner
                    messages.accept(ctx.text(undone ? "inspector.undone" : "inspector.redone", names(r.step().changed())));
                }
            }
            case CONFLICT -> messages.accept(ctx.text("inspector.replayConflict", names(r.step().changed())));
            case REFUSED -> messages.accept(ctx.text("inspector.readOnly"));
        }
    }

    /** The facts a step changed, in words ("section, slug"). */
    private String names(Set<StoryEditing.Fact> facts) {
        return facts.stream().sorted().map(f -> ctx.text("inspector.fact." + f.name().toLowerCase(Locale.ROOT)))
                .collect(Collectors.joining(", "));
    }

    /** The open story's facts as the editor holds them; a change is taken unless the story is read-only. */
    private final class EditorFacts implements StoryEditing.Open {
        @Override
        public String articleId() {
            Article a = editor.articleProperty().get();
            return a == null || editor.factsProperty().get() == null ? null : a.id();
        }

        @Override
        public StoryFacts facts() {
            return editor.factsProperty().get();
        }

        @Override
        public boolean take(StoryFacts changed) {
            if (!editor.editableProperty().get()) {
                return false;
            }
            editor.factsProperty().set(changed);
            return true;
        }
    }

    // ---------------------------------------------------------------- facts in, facts out

    private StoryFacts current() {
        StoryFacts f = editor.factsProperty().get();
        return f == null ? new StoryFacts("en", ArticleStatus.DRAFT, List.of(), StoryDetails.NONE) : f;
    }

    /** A change made at once (a choice, a button): one step. */
    private void setFacts(UnaryOperator<StoryFacts> change) {
        edit(change, false);
    }

    /** A change typed in a field: one step with the rest of the typing in that field. */
    private void typeFacts(UnaryOperator<StoryFacts> change) {
        edit(change, true);
    }

    private void edit(UnaryOperator<StoryFacts> change, boolean typing) {
        StoryFacts f = editor.factsProperty().get();
        if (updating || f == null) {
            return;
        }
        StoryFacts next = change.apply(f);
        if (!next.equals(f)) {
            StoryEditing.Result<Conflict> r = typing ? history.type(next) : history.change(next);
            if (r.kind() == StoryEditing.Result.Kind.REFUSED) {
                messages.accept(ctx.text("inspector.readOnly"));
                showFacts(f);
            }
        }
    }

    private void showFacts(StoryFacts f) {
        updating = true;
        try {
            StoryFacts s = f == null ? current() : f;
            language.setValue(s.language());
            languageError.setText("");
            status.getItems().setAll(s.status() == ArticleStatus.EXPORTED ? List.of(ArticleStatus.values())
                    : List.of(ArticleStatus.DRAFT, ArticleStatus.EDITING, ArticleStatus.READY));
            status.setValue(s.status());
            markReady.setDisable(s.status() == ArticleStatus.READY || s.status() == ArticleStatus.EXPORTED);
            tagChips.getChildren().setAll(s.tags().stream().map(this::chip).toList());
            // fields being typed in keep their text (a trailing space, a half-typed time) while it means the same
            if (!section.getText().strip().equals(s.details().section())) {
                section.setText(s.details().section());
            }
            if (!slug.getText().strip().equals(s.details().slug())) {
                slug.setText(s.details().slug());
            }
            Instant emb = s.details().embargo();
            if (!Objects.equals(emb, shownEmbargo)) {
                embargoDate.setValue(emb == null ? null : emb.atZone(zone).toLocalDate());
                embargoTime.setText(emb == null ? "" : TIME.format(emb.atZone(zone)));
                embargoError.setText("");
                shownEmbargo = emb;
            }
            String t = s.details().targetWords() == 0 ? "" : Integer.toString(s.details().targetWords());
            if (!target.getText().strip().equals(t)) {
                target.setText(t);
            }
        } finally {
            updating = false;
        }
        updateProposal();
        updateLength();
        updateGauges();
    }

    private Node chip(String tag) {
        Button b = new Button(tag + "  ×");
        b.getStyleClass().add("tag-chip");
        b.setMinWidth(Region.USE_PREF_SIZE);
        Tips.set(b, ctx.text("inspector.tags.remove", tag));
        b.setOnAction(e -> setFacts(f -> f.withoutTag(tag)));
        return b;
    }

    private void commitLanguage() {
        String typed = language.isEditable() ? language.getEditor().getText() : language.getValue();
        if (updating || typed == null || editor.factsProperty().get() == null) {
            return;
        }
        try {
            String tag = LanguageTags.normalize(typed);
            languageError.setText("");
            setFacts(f -> f.withLanguage(tag));
        } catch (IllegalArgumentException e) {
            languageError.setText(ctx.text("inspector.language.invalid", typed.strip()));
        }
    }

    private void commitEmbargo(boolean typing) {
        if (updating || editor.factsProperty().get() == null) {
            return;
        }
        LocalDate date = embargoDate.getValue();
        String time = embargoTime.getText().strip();
        if (date == null) {
            embargoError.setText(time.isEmpty() ? "" : ctx.text("inspector.embargo.needsDate"));
            if (time.isEmpty()) {
                shownEmbargo = null;
                edit(f -> f.withDetails(f.details().withEmbargo(null)), typing);
            }
            return;
        }
        LocalTime at;
        try {
            at = time.isEmpty() ? LocalTime.MIDNIGHT : LocalTime.parse(time.length() == 4 ? "0" + time : time, TIME);
        } catch (DateTimeParseException e) {
            embargoError.setText(ctx.text("inspector.embargo.badTime", time));
            return;
        }
        embargoError.setText("");
        Instant when = ZonedDateTime.of(date, at, zone).toInstant();
        shownEmbargo = when;
        edit(f -> f.withDetails(f.details().withEmbargo(when)), typing);
    }

    private void commitTarget(String text) {
        if (updating) {
            return;
        }
        String t = text.strip();
        if (t.isEmpty()) {
            typeFacts(f -> f.withDetails(f.details().withTargetWords(0)));
            return;
        }
        try {
            int n = Integer.parseInt(t);
            if (n >= 0 && n <= 1_000_000) {
                target.getStyleClass().remove("invalid");
                typeFacts(f -> f.withDetails(f.details().withTargetWords(n)));
                return;
            }
        } catch (NumberFormatException e) {
            // shown below
        }
        if (!target.getStyleClass().contains("invalid")) {
            target.getStyleClass().add("invalid");
        }
    }

    // ---------------------------------------------------------------- what the text says

    private void analysed(Analysis a) {
        Optional<Article> edited = editor.edited();
        words = edited.map(Article::bodyWordCount).orElse(0);
        String text = edited.map(Article::bodyText).orElse("");
        proposed = editor.factsProperty().get() == null ? null
                : LanguageProposal.propose(editor.factsProperty().get().language(), text, a);
        updateProposal();
        updateLength();
    }

    private void updateProposal() {
        StoryFacts f = editor.factsProperty().get();
        boolean show = proposed != null && f != null && !LanguageTags.primary(f.language()).equals(proposed);
        proposalBox.setVisible(show);
        if (show) {
            String name = ctx.text("editor.lang." + proposed);
            proposalText.setText(ctx.text("inspector.language.proposal", name.startsWith("!") ? proposed : name));
            useProposal.setText(ctx.text("inspector.language.use", proposed));
        }
    }

    private void updateLength() {
        StoryFacts f = editor.factsProperty().get();
        LengthGauge g = new LengthGauge(words, f == null ? 0 : f.details().targetWords());
        lengthGauge.setText(g.hasLimit() ? ctx.text("inspector.target.gauge", g.value(), g.limit())
                : ctx.text("inspector.target.words", g.value()));
        mark(lengthGauge, g.over());
    }

    private void updateGauges() {
        LengthGauge h = LengthGauge.characters(editor.headlineText().get(), headlineLimit);
        LengthGauge s = LengthGauge.characters(editor.standfirstText().get(), standfirstLimit);
        headlineGauge.setText(ctx.text("inspector.chars.gauge", h.value(), h.limit()));
        standfirstGauge.setText(ctx.text("inspector.chars.gauge", s.value(), s.limit()));
        mark(headlineGauge, h.over());
        mark(standfirstGauge, s.over());
    }

    private static void mark(Node n, boolean over) {
        n.getStyleClass().remove("over");
        if (over) {
            n.getStyleClass().add("over");
        }
    }

    // ---------------------------------------------------------------- workflow

    /** Mark ready: runs the export preflight on the story as edited; blockers refuse, warnings ask. */
    public void markReady() {
        Optional<Article> edited = editor.edited();
        if (edited.isEmpty() || editor.factsProperty().get() == null) {
            return;
        }
        Article story = edited.get().withStatus(ArticleStatus.READY);
        markReady.setDisable(true);
        Task<List<PreflightFinding>> task = new Task<>() {
            @Override
            protected List<PreflightFinding> call() {
                return new ExportService(ctx.workspace(), ctx.analyzer(), ctx.desk()::spellCheckerWaiting).check(story)
                        .findings();
            }
        };
        task.setOnSucceeded(e -> preflighted(story.id(), task.getValue()));
        task.setOnFailed(e -> {
            markReady.setDisable(false);
            messages.accept(ctx.text("inspector.markReady.failed", String.valueOf(task.getException().getMessage())));
        });
        ctx.background().submit(task);
    }

    private void preflighted(String id, List<PreflightFinding> findings) {
        StoryFacts f = editor.factsProperty().get();
        Article open = editor.articleProperty().get();
        if (f == null || open == null || !open.id().equals(id)) {
            return; // another story was opened meanwhile
        }
        List<PreflightFinding> blockers = findings.stream().filter(PreflightFinding::isBlocker).toList();
        String list = findings.stream().map(x -> FindingText.of(ctx, x)).distinct().limit(12)
                .map(m -> "• " + m).collect(Collectors.joining("\n"));
        if (!blockers.isEmpty()) {
            Alert a = new Alert(Alert.AlertType.WARNING, list);
            a.setHeaderText(ctx.text("inspector.markReady.blocked", blockers.size()));
            own(a);
            a.showAndWait();
            showFacts(f);
            return;
        }
        if (!findings.isEmpty()) {
            ButtonType anyway = new ButtonType(ctx.text("inspector.markReady.anyway"), ButtonBar.ButtonData.OK_DONE);
            Alert a = new Alert(Alert.AlertType.CONFIRMATION, list, anyway, ButtonType.CANCEL);
            a.setHeaderText(ctx.text("inspector.markReady.warnings", findings.size()));
            own(a);
            if (a.showAndWait().filter(b -> b == anyway).isEmpty()) {
                showFacts(f);
                return;
            }
        }
        history.change(editor.factsProperty().get().withStatus(ArticleStatus.READY));
        messages.accept(ctx.text("inspector.markReady.done"));
    }

    private void own(Alert a) {
        Look.placeByShownWidth(a);
        if (root.getScene() != null && root.getScene().getWindow() != null) {
            a.initOwner(root.getScene().getWindow());
        }
    }

    // ---------------------------------------------------------------- vocabulary of the workspace

    /**
     * The tags and sections the workspace uses, read on the desk (in turn with the saves, never on the FX thread), then
     * those of every story shown here as it is opened or edited.
     */
    private void loadWorkspaceVocabulary() {
        ctx.desk().run(ws -> StoryVocabulary.of(ws.summaries())).whenComplete((v, failure) -> {
            if (failure != null) {
                LOG.log(System.Logger.Level.WARNING, "the workspace's tags and sections cannot be read for completion", failure);
                return;
            }
            knownTags.addAll(v.tags());
            knownSections.addAll(v.sections());
        });
        editor.factsProperty().addListener((o, a, b) -> {
            if (b != null) {
                knownTags.addAll(b.tags());
                if (!b.details().section().isEmpty()) {
                    knownSections.add(b.details().section());
                }
            }
        });
    }

    /** The tags offered for what was typed in the tag field (those of the story left out). */
    List<String> tagCompletions(String typed) {
        return suggest(knownTags, typed, current().tags());
    }

    /** The sections offered for what was typed in the section field. */
    List<String> sectionCompletions(String typed) {
        return suggest(knownSections, typed, List.of(typed == null ? "" : typed));
    }

    /** Known values starting with (then containing) what was typed, leaving out those already chosen. */
    static List<String> suggest(Set<String> known, String typed, List<String> chosen) {
        String t = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return List.of();
        }
        List<String> starts = known.stream().filter(k -> k.toLowerCase(Locale.ROOT).startsWith(t))
                .filter(k -> chosen.stream().noneMatch(c -> c.equalsIgnoreCase(k))).sorted(String.CASE_INSENSITIVE_ORDER).toList();
        List<String> contains = known.stream().filter(k -> !k.toLowerCase(Locale.ROOT).startsWith(t)
                        && k.toLowerCase(Locale.ROOT).contains(t))
                .filter(k -> chosen.stream().noneMatch(c -> c.equalsIgnoreCase(k))).sorted(String.CASE_INSENSITIVE_ORDER).toList();
        List<String> out = new ArrayList<>(starts);
        out.addAll(contains);
        return out.size() > 12 ? out.subList(0, 12) : out;
    }

    private Label label(String key, Node target) {
        Label l = new Label(ctx.text(key));
        l.getStyleClass().add("field-label");
        l.setMinWidth(Region.USE_PREF_SIZE);
        if (target != null) {
            l.setLabelFor(target);
        }
        return l;
    }

    private static void hideWhenEmpty(Label l) {
        l.managedProperty().bind(l.textProperty().isNotEmpty());
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
    }
}
