package org.copydesk.ui.editor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Popup;
import javafx.stage.Window;
import javafx.util.Duration;
import org.copydesk.analysis.Analysis;
import org.copydesk.analysis.CopyIssue;
import org.copydesk.analysis.QuoteConventions;
import org.copydesk.analysis.Quotation;
import org.copydesk.analysis.TextReplacement;
import org.copydesk.editing.LanguageMix;
import org.copydesk.editing.Marks;
import org.copydesk.importing.Importer;
import org.copydesk.model.Article;
import org.copydesk.model.LanguageMark;
import org.copydesk.model.Paragraph;
import org.copydesk.model.ParagraphKind;
import org.copydesk.model.QuoteMark;
import org.copydesk.model.RelatedLink;
import org.copydesk.model.Words;
import org.copydesk.storage.ArticleEntry;
import org.copydesk.storage.ChangedOnDiskException;
import org.copydesk.ui.common.UiContext;
import org.copydesk.ui.inspector.StoryFacts;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.event.MouseOverTextEvent;

/**
 * The article editor: headline, standfirst, byline and dateline above the body; the body with live language,
 * quotation and issue marks, hand marks, emphasis and paragraph kinds; a side panel of languages and issues; a status
 * line; menus; autosave a few seconds after the last edit.
 */
public final class ArticleEditor {
    private static final System.Logger LOG = System.getLogger(ArticleEditor.class.getName());
    static final Duration AUTOSAVE_DELAY = Duration.seconds(3);
    private static final int WORDS_PER_MINUTE = 230;

    private final UiContext ctx;
    private final BodyEditor body;
    private final BorderPane root = new BorderPane();
    private final TextField headline = new TextField();
    private final TextField standfirst = new TextField();
    private final TextField byline = new TextField();
    private final TextField dateline = new TextField();
    private final Label banner = new Label();
    private final FindBar findBar;
    private final SidePanel panel;
    private final HBox status = new HBox(10);
    private final Label statusWords = statusLabel("statusWords");
    private final Label statusChars = statusLabel("statusChars");
    private final Label statusReading = statusLabel("statusReading");
    private final Label statusMix = statusLabel("statusMix");
    private final Label statusIssues = statusLabel("statusIssues");
    private final Label statusSave = statusLabel("statusSave");
    private final Popup tooltip = new Popup();
    private final Label tooltipText = new Label();
    private final PauseTransition autosave = new PauseTransition(AUTOSAVE_DELAY);
    /** Counts analysis results shown; the gutter labels listen to it. */
    private final LongProperty marksShown = new SimpleLongProperty();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Article> article = new ReadOnlyObjectWrapper<>();
    /** The story facts as edited (inspector), applied to the article on save; null with no article open. */
    private final ObjectProperty<StoryFacts> facts =
            new SimpleObjectProperty<>();
    private BiFunction<String, Analysis, List<TextReplacement>> quoteFixer = QuoteConventions::fixAll;
    private boolean loadingFields;
    private String saveProblem;
    /** The marks of the open article's file that could not be placed (shown in the banner until the next save). */
    private List<String> marksLeftOut = List.of();
    /** The related links as edited here (saved with the article); link changes never touch the body's history. */
    private List<RelatedLink> links = List.of();

    public ArticleEditor(UiContext ctx) {
        this.ctx = ctx;
        this.body = new BodyEditor(ctx.analyzer(), ctx.background());
        this.findBar = new FindBar(ctx, body);
        this.panel = new SidePanel(ctx, body::select);
        root.getStyleClass().add("article-editor");
        root.setId("articleEditor");
        root.getStylesheets().add(Objects.requireNonNull(ArticleEditor.class.getResource("editor.css")).toExternalForm());

        headline.setId("headlineField");
        headline.getStyleClass().add("headline-field");
        standfirst.setId("standfirstField");
        byline.setId("bylineField");
        dateline.setId("datelineField");
        headline.setPromptText(ctx.text("editor.headline"));
        standfirst.setPromptText(ctx.text("editor.standfirst"));
        byline.setPromptText(ctx.text("editor.byline"));
        dateline.setPromptText(ctx.text("editor.dateline"));
        GridPane fields = new GridPane();
        fields.getStyleClass().add("article-fields");
        fields.setHgap(8);
        fields.setVgap(4);
        fields.addRow(0, fieldLabel("editor.headline", headline), headline);
        GridPane.setColumnSpan(headline, 3);
        fields.addRow(1, fieldLabel("editor.standfirst", standfirst), standfirst);
        GridPane.setColumnSpan(standfirst, 3);
        fields.addRow(2, fieldLabel("editor.byline", byline), byline, fieldLabel("editor.dateline", dateline), dateline);
        for (TextField f : List.of(headline, standfirst, byline, dateline)) {
            GridPane.setHgrow(f, Priority.ALWAYS);
            f.textProperty().addListener((o, a, b) -> {
                if (!loadingFields) {
                    edited(true);
                }
            });
            f.editableProperty().bind(editable);
        }
        banner.setId("editorBanner");
        banner.getStyleClass().add("read-only-banner");
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        showBanner(null);
        VBox top = new VBox(banner, fields);
        VBox.setMargin(fields, new Insets(6));
        root.setTop(top);

        BodyEditor.Area area = body.area();
        area.editableProperty().bind(editable);
        VirtualizedScrollPane<BodyEditor.Area> scroll = new VirtualizedScrollPane<>(area);
        VBox centre = new VBox(findBar.view(), scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.setCenter(centre);
        root.setDisable(true);

        area.setParagraphGraphicFactory(this::gutter);
        // the body is a centred column of comfortable measure; the margins grow with the window
        area.widthProperty().addListener((o, a, w) -> centreColumn(area, w.doubleValue()));
        area.setMouseOverTextDelay(java.time.Duration.ofMillis(400));
        tooltipText.getStyleClass().add("mark-tooltip");
        tooltipText.setId("markTooltip");
        tooltipText.getStylesheets().addAll(root.getStylesheets());
        tooltip.getContent().add(tooltipText);
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
            String text = describeAt(e.getCharacterIndex());
            if (!text.isEmpty() && area.getScene() != null) {
                tooltipText.setText(text);
                tooltip.show(area, e.getScreenPosition().getX(), e.getScreenPosition().getY() + 12);
            }
        });
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> tooltip.hide());
        area.setContextMenu(contextMenu());
        body.setPasteHandler(this::paste);
        body.addEditListener(() -> edited(false));
        body.addAnalysedListener(v -> analysed());
        // a hand mark changes what the side panel, status bar and gutter show at once, with no text edit to wait for
        body.addMarksListener(this::analysed);
        body.history().atMarkedPositionProperty().addListener((o, a, b) -> updateDirty());

        autosave.setOnFinished(e -> autosave());
        facts.addListener((o, before, now) -> {
            if (loadingFields || before == null || now == null) {
                return;
            }
            if (!now.language().equals(before.language())) {
                body.setPrimaryLanguage(now.language());
            }
            edited(true);
        });

        status.getStyleClass().add("editor-status");
        status.setId("editorStatus");
        status.getStylesheets().addAll(root.getStylesheets());
        status.setAlignment(Pos.CENTER_LEFT);
        status.getChildren().addAll(statusWords, statusChars, statusReading, statusMix, statusIssues, statusSave);
    }

    /** A label for a story field, focusing it on its mnemonic and click. */
    private Label fieldLabel(String key, TextField field) {
        Label l = new Label(ctx.text(key));
        l.getStyleClass().add("field-label");
        l.setLabelFor(field);
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.setOnMouseClicked(e -> field.requestFocus());
        return l;
    }

    /** Characters a line of the body aims at (60–75 is comfortable; 68 leaves room for the gutter tag). */
    static final int MEASURE = 68;

    private static void centreColumn(BodyEditor.Area area, double width) {
        Node text = area.lookup(".text");
        double em = text instanceof Text t ? t.getFont().getSize() : 17;
        double column = MEASURE * em * 0.5 + 40; // an average serif letter is about half an em wide; 40 px of gutter
        double side = Math.max(12, (width - column) / 2);
        area.setPadding(new Insets(8, side, 8, side));
    }

    private static Label statusLabel(String id) {
        Label l = new Label();
        l.setId(id);
        return l;
    }

    // ------------------------------------------------------------------ public API

    public Node view() {
        return root;
    }

    public Node statusView() {
        return status;
    }

    public List<Menu> menus() {
        Menu edit = new Menu(ctx.text("menu.edit"));
        edit.setId("editMenu");
        MenuItem undo = item("menu.edit.undo", "Shortcut+Z", () -> body.area().undo());
        undo.disableProperty().bind(body.area().undoAvailableProperty().map(b -> !b).orElse(true));
        MenuItem redo = item("menu.edit.redo", "Shortcut+Y", () -> body.area().redo());
        redo.disableProperty().bind(body.area().redoAvailableProperty().map(b -> !b).orElse(true));
        MenuItem cut = item("menu.edit.cut", "Shortcut+X", this::cut);
        MenuItem copy = item("menu.edit.copy", "Shortcut+C", this::copy);
        MenuItem paste = item("menu.edit.paste", "Shortcut+V", this::pasteFocused);
        MenuItem find = item("menu.edit.find", "Shortcut+F", () -> findBar.show(false, true));
        MenuItem replace = item("menu.edit.replace", "Shortcut+H", () -> findBar.show(true, true));
        replace.disableProperty().bind(editable.not());
        edit.getItems().addAll(undo, redo, new SeparatorMenuItem(), cut, copy, paste, new SeparatorMenuItem(), find, replace);

        Menu format = new Menu(ctx.text("menu.format"));
        format.setId("formatMenu");
        MenuItem bold = item("menu.format.bold", "Shortcut+B", () -> body.toggleInline(BodyMarks.BOLD));
        MenuItem italic = item("menu.format.italic", "Shortcut+I", () -> body.toggleInline(BodyMarks.ITALIC));
        MenuItem para = item("menu.format.paragraph", "Shortcut+Alt+0", () -> body.setKind(ParagraphKind.PARAGRAPH));
        MenuItem sub = item("menu.format.subheading", "Shortcut+Alt+2", () -> body.setKind(ParagraphKind.SUBHEADING));
        MenuItem quote = item("menu.format.blockquote", "Shortcut+Alt+B", () -> body.setKind(ParagraphKind.BLOCKQUOTE));
        for (MenuItem mi : List.of(bold, italic, para, sub, quote)) {
            mi.disableProperty().bind(editable.not());
        }
        format.getItems().addAll(bold, italic, new SeparatorMenuItem(), para, sub, quote);

        Menu marks = new Menu(ctx.text("menu.marks"));
        marks.setId("marksMenu");
        Menu language = languageMenu(true);
        MenuItem markQuote = item("menu.marks.quotation", "Shortcut+Alt+Q", body::markQuotation);
        MenuItem remove = item("menu.marks.remove", "Shortcut+Alt+X", body::removeMark);
        MenuItem nextForeign = item("menu.marks.nextForeign", "F8", () -> walkForeign(true));
        MenuItem prevForeign = item("menu.marks.previousForeign", "Shift+F8", () -> walkForeign(false));
        MenuItem nextIssue = item("menu.marks.nextIssue", "F7", this::nextIssue);
        MenuItem fixIssue = item("menu.marks.fixIssue", "Shortcut+1", this::fixIssueAtCaret);
        MenuItem fixQuotes = item("menu.marks.fixQuotes", "Shortcut+Alt+G", this::fixQuotationMarks);
        for (MenuItem mi : List.of(language, markQuote, remove, fixIssue, fixQuotes)) {
            mi.disableProperty().bind(editable.not());
        }
        marks.getItems().addAll(language, markQuote, remove, new SeparatorMenuItem(), nextForeign, prevForeign,
                nextIssue, new SeparatorMenuItem(), fixIssue, fixQuotes);
        return new ArrayList<>(List.of(edit, format, marks));
    }

    public void open(ArticleEntry entry) {
        tooltip.hide();
        autosave.stop();
        saveProblem = null;
        Article a = entry.article();
        loadingFields = true;
        try {
            headline.setText(a == null ? "" : a.headline());
            standfirst.setText(a == null ? "" : a.standfirst());
            byline.setText(a == null ? "" : a.byline());
            dateline.setText(a == null ? "" : a.dateline());
        } finally {
            loadingFields = false;
        }
        links = a == null ? List.of() : a.links();
        article.set(a);
        loadingFields = true;
        try {
            facts.set(a == null ? null : StoryFacts.of(a));
        } finally {
            loadingFields = false;
        }
        if (a == null) {
            body.clear();
        } else {
            body.load(a);
        }
        boolean canEdit = a != null && !entry.readOnly();
        editable.set(canEdit);
        findBar.setEditable(canEdit);
        marksLeftOut = canEdit ? entry.marksLeftOut() : List.of();
        if (entry.readOnly() || a == null) {
            showBanner(entry.error() != null ? ctx.text("editor.readOnly", entry.error()) : ctx.text("editor.readOnlyGeneric"));
        } else {
            showBanner(null);
        }
        root.setDisable(false);
        dirty.set(false);
        panel.show("", LanguageMix.of("", List.of()), a == null ? "en" : a.language(), List.of());
        updateStatus();
    }

    public Optional<Article> edited() {
        Article a = article.get();
        if (a == null) {
            return Optional.empty();
        }
        Marks m = body.marks();
        Article withFacts = facts.get() == null ? a : facts.get().applyTo(a);
        return Optional.of(withFacts.withHeadline(headline.getText()).withStandfirst(standfirst.getText())
                .withByline(byline.getText()).withDateline(dateline.getText())
                .withLinks(links)
                .withBody(body.paragraphs())
                .withLanguageMarks(m.languages())
                .withQuoteMarks(m.quotes()));
    }

    /** The story facts as edited; set a new value to change them (the article becomes unsaved, and autosaves). */
    public ObjectProperty<StoryFacts> factsProperty() {
        return facts;
    }

    /** The headline as typed (for its length against the limit). */
    public ObservableStringValue headlineText() {
        return headline.textProperty();
    }

    /** The standfirst as typed. */
    public ObservableStringValue standfirstText() {
        return standfirst.textProperty();
    }

    /** The languages and copy issues of the body (placed by the window, in its side panel). */
    public Node sidePanelView() {
        // styled by editor.css like the rest of the editor, wherever the window puts it
        StackPane scope = new StackPane(panel.view());
        scope.getStyleClass().add("article-editor");
        scope.getStylesheets().addAll(root.getStylesheets());
        return scope;
    }

    /** Lays the body column out again (after a zoom: the letters changed size). */
    public void refreshColumn() {
        Platform.runLater(() -> centreColumn(body.area(), body.area().getWidth()));
    }

    /** Where the caret is in the body text. */
    public int bodyCaret() {
        return body.area().getCaretPosition();
    }

    /** Puts the caret at a position of the body (clamped to the text), scrolled into view and focused. */
    public void placeCaret(int position) {
        BodyEditor.Area area = body.area();
        area.moveTo(Math.max(0, Math.min(position, area.getLength())));
        area.requestFollowCaret();
        area.requestFocus();
    }

    /** Puts the caret at the start of the body, ready to type. */
    public void focusBody() {
        body.area().requestFocus();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Article> articleProperty() {
        return article.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Analysis> analysisProperty() {
        return body.analysisProperty();
    }

    public boolean save() {
        return save(true);
    }

    /** True while the open article can be edited (open, and not read-only). */
    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    /**
     * Puts an earlier version of the open article in the editor and saves it: the body (text, marks, emphasis, kinds)
     * as one undoable edit, so Ctrl+Z in the body brings back the text from before; the story fields each as an edit
     * of their own field; the links and story facts as they were. False when nothing could be saved.
     */
    public boolean restore(Article version) {
        Article now = article.get();
        if (now == null || !editable.get() || !now.id().equals(version.id())) {
            return false;
        }
        body.replaceAll(version);
        for (var f : List.of(java.util.Map.entry(headline, version.headline()), java.util.Map.entry(standfirst, version.standfirst()),
                java.util.Map.entry(byline, version.byline()), java.util.Map.entry(dateline, version.dateline()))) {
            if (!f.getKey().getText().equals(f.getValue())) {
                f.getKey().replaceText(0, f.getKey().getLength(), f.getValue());
            }
        }
        links = version.links();
        facts.set(org.copydesk.ui.inspector.StoryFacts.of(version));
        updateDirty();
        return save(true);
    }

    /**
     * Changes the related links of the open article and saves it, without reloading it: the body's undo history stays
     * whole, and no later undo of a link change can touch text typed meanwhile. {@code edit} gets the article as it is
     * in the editor now; when it also removes whole paragraphs (a "See also" line turned into a link), that removal is
     * an ordinary undoable edit of the body, its marks moved like for any deletion. Returns false when nothing could be
     * saved (read-only, or the save was refused); the change then stays in the editor, unsaved.
     */
    public boolean changeLinks(UnaryOperator<Article> edit) {
        Article now = edited().orElse(null);
        if (now == null || !editable.get()) {
            return false;
        }
        Article after = edit.apply(now);
        if (!after.body().equals(now.body())) {
            if (!removeParagraphs(now.body(), after.body())) {
                return false;
            }
        }
        links = after.links();
        updateDirty();
        return save(true);
    }

    /**
     * Turns {@code before} into {@code after} when {@code after} is {@code before} with a run of whole paragraphs
     * removed: one undoable deletion in the body. False (nothing done) for any other change.
     */
    private boolean removeParagraphs(List<Paragraph> before, List<Paragraph> after) {
        int removed = before.size() - after.size();
        if (removed <= 0) {
            return false;
        }
        int prefix = 0;
        while (prefix < after.size() && before.get(prefix).equals(after.get(prefix))) {
            prefix++;
        }
        if (!before.subList(prefix + removed, before.size()).equals(after.subList(prefix, after.size()))) {
            return false;
        }
        var area = body.area();
        if (area.getParagraphs().size() != before.size()) {
            return false;
        }
        int from;
        int to;
        if (prefix > 0) {
            // from the end of the paragraph before: that paragraph keeps its kind
            from = area.getAbsolutePosition(prefix - 1, area.getParagraphLength(prefix - 1));
            to = area.getAbsolutePosition(prefix + removed - 1, area.getParagraphLength(prefix + removed - 1));
        } else if (removed < before.size()) {
            from = 0;
            to = area.getAbsolutePosition(removed, 0);
        } else {
            from = 0;
            to = area.getLength();
        }
        body.inOneStep(() -> area.deleteText(from, to));
        return true;
    }

    public void close() {
        autosave.stop();
        tooltip.hide();
        body.close();
    }

    // ------------------------------------------------------------------ package API (tests, benchmark)

    BodyEditor body() {
        return body;
    }

    SidePanel panel() {
        return panel;
    }

    /** Replaces the function that proposes quotation-mark fixes (tests use their own). */
    void setQuoteFixer(BiFunction<String, Analysis, List<TextReplacement>> fixer) {
        this.quoteFixer = fixer;
    }

    void setAutosaveDelay(Duration d) {
        autosave.setDuration(d);
    }

    // ------------------------------------------------------------------ saving

    private boolean save(boolean alertOnError) {
        Article a = article.get();
        if (a == null || !editable.get() || !dirty.get()) {
            return true;
        }
        Article toSave = edited().orElseThrow();
        try {
            Article saved;
            try {
                saved = ctx.workspace().save(toSave);
            } catch (ChangedOnDiskException changed) {
                if (!alertOnError || !confirmOverwrite(changed)) {
                    // nothing written, nothing lost: the edits stay here and the banner says why
                    saveProblem = changed.getMessage();
                    showBanner(ctx.text("editor.changedOnDisk.banner", changed.getMessage()));
                    updateStatus();
                    return false;
                }
                saved = ctx.workspace().saveOverwriting(toSave);
            }
            article.set(saved);
            links = saved.links();
            body.history().preventMerge();
            body.history().mark();
            saveProblem = null;
            marksLeftOut = List.of();
            showBanner(null);
            autosave.stop();
            updateDirty();
            updateStatus();
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "saving " + a.id() + " failed", e);
            saveProblem = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            updateStatus();
            if (alertOnError) {
                Alert alert = new Alert(Alert.AlertType.ERROR, ctx.text("editor.saveFailed", saveProblem));
                alert.setHeaderText(ctx.text("editor.saveFailed.header"));
                Window w = root.getScene() == null ? null : root.getScene().getWindow();
                if (w != null) {
                    alert.initOwner(w);
                }
                alert.showAndWait();
            } else {
                showBanner(ctx.text("editor.autosaveFailed", saveProblem));
            }
            return false;
        }
    }

    /** Asks whether to replace a file that was saved elsewhere since it was opened. */
    private boolean confirmOverwrite(ChangedOnDiskException changed) {
        ButtonType overwrite = new ButtonType(ctx.text("editor.changedOnDisk.overwrite"), ButtonBar.ButtonData.YES);
        ButtonType keep = new ButtonType(ctx.text("editor.changedOnDisk.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = new Alert(Alert.AlertType.WARNING, ctx.text("editor.changedOnDisk", changed.getMessage()), overwrite, keep);
        ask.setHeaderText(ctx.text("editor.changedOnDisk.header"));
        Window w = root.getScene() == null ? null : root.getScene().getWindow();
        if (w != null) {
            ask.initOwner(w);
        }
        return ask.showAndWait().filter(b -> b == overwrite).isPresent();
    }

    private void autosave() {
        if (dirty.get()) {
            save(false);
        }
    }

    private void edited(boolean field) {
        if (article.get() == null) {
            return;
        }
        updateDirty();
        if (dirty.get() && editable.get()) {
            autosave.playFromStart();
        }
        if (field || !dirty.get()) {
            updateStatus();
        } else if (!statusSave.getText().equals(ctx.text("editor.unsaved"))) {
            updateStatus();
        }
    }

    private void updateDirty() {
        Article a = article.get();
        if (a == null) {
            dirty.set(false);
            return;
        }
        boolean fields = !headline.getText().equals(a.headline()) || !standfirst.getText().equals(a.standfirst())
                || !byline.getText().equals(a.byline()) || !dateline.getText().equals(a.dateline())
                || !links.equals(a.links())
                || (facts.get() != null && !facts.get().equals(StoryFacts.of(a)));
        dirty.set(fields || !body.history().isAtMarkedPosition());
    }

    private void showBanner(String text) {
        if (text == null && !marksLeftOut.isEmpty()) {
            // the text is here and editable; say what was not, until a save writes the file valid
            text = ctx.text("editor.marksLeftOut", marksLeftOut.size(), String.join("; ", marksLeftOut));
        }
        banner.setText(text == null ? "" : text);
        banner.setVisible(text != null);
        banner.setManaged(text != null);
    }

    /** The marks of the open file that were left out because they could not be placed (empty once saved). */
    List<String> marksLeftOut() {
        return marksLeftOut;
    }

    // ------------------------------------------------------------------ analysis, status, panel

    private void analysed() {
        String text = body.area().getText();
        BodyMarks m = body.shown();
        panel.show(text, LanguageMix.of(text, m.effectiveSegments(text.length())), body.primaryLanguage(), m.issues());
        marksShown.set(marksShown.get() + 1);
        updateStatus();
    }

    private void updateStatus() {
        Article a = article.get();
        if (a == null) {
            for (Label l : List.of(statusWords, statusChars, statusReading, statusMix, statusIssues, statusSave)) {
                l.setText("");
            }
            return;
        }
        String text = body.area().getText();
        int words = Words.count(text);
        statusWords.setText(ctx.text("editor.status.words", words));
        statusChars.setText(ctx.text("editor.status.chars", text.length()));
        statusReading.setText(ctx.text("editor.status.reading", Math.max(words == 0 ? 0 : 1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE)));
        BodyMarks m = body.shown();
        statusMix.setText(LanguageMix.of(text, m.effectiveSegments(text.length())).summary());
        statusIssues.setText(ctx.text("editor.status.issues", m.issues().size()));
        statusSave.setText(!editable.get() ? ctx.text("editor.readOnlyShort")
                : saveProblem != null ? ctx.text("editor.notSaved")
                : dirty.get() ? ctx.text("editor.unsaved") : ctx.text("editor.saved"));
        statusSave.getStyleClass().setAll("label", dirty.get() || saveProblem != null ? "save-pending" : "save-done");
    }

    /**
     * The gutter of a paragraph: the tags of its foreign languages. The label follows {@link #marksShown}, so new
     * analysis results update the visible labels without recreating the paragraphs' cells.
     */
    private Node gutter(int paragraph) {
        Label l = new Label();
        l.getStyleClass().add("gutter-tag");
        l.textProperty().bind(Bindings.createStringBinding(
                () -> String.join(" ", body.foreignTagsOf(paragraph)), marksShown));
        return l;
    }

    /** What the tooltip says about the character at {@code index}: its language, quotation, hand mark and issue. */
    String describeAt(int index) {
        BodyMarks m = body.shown();
        List<String> lines = new ArrayList<>();
        LanguageMark hand = m.handLanguageAt(index);
        String lang = m.languageAt(index);
        if (hand != null) {
            lines.add(ctx.text("editor.tip.handLanguage", languageName(lang), LanguageStyle.of(lang).tag()));
        } else if (!LanguageStyle.sameLanguage(lang, m.primary())) {
            lines.add(ctx.text("editor.tip.language", languageName(lang), lang));
        }
        QuoteMark hq = m.handQuoteAt(index);
        Quotation q = m.quotationAt(index);
        if (hq != null) {
            lines.add(ctx.text("editor.tip.handQuote"));
        } else if (q != null) {
            lines.add(q.speaker() == null ? ctx.text("editor.tip.quote") : ctx.text("editor.tip.quoteSpeaker", q.speaker()));
        }
        CopyIssue issue = m.issueAt(index);
        if (issue != null) {
            lines.add(issue.replacement() == null ? ctx.text("editor.tip.issue", issue.message())
                    : ctx.text("editor.tip.issueFix", issue.message(), issue.replacement()));
        }
        return String.join("\n", lines);
    }

    private String languageName(String tag) {
        LanguageStyle s = LanguageStyle.of(tag);
        return s == LanguageStyle.OTHER ? tag : ctx.text(s.nameKey());
    }

    // ------------------------------------------------------------------ commands

    private MenuItem item(String key, String accelerator, Runnable action) {
        return ctx.menuItem(key, accelerator, action);
    }

    private Menu languageMenu(boolean withAccelerators) {
        Menu language = new Menu(ctx.text("menu.marks.language"));
        language.setId("menu.marks.language");
        String keys = "EFDSIPN";
        LanguageStyle[] langs = LanguageStyle.markable();
        for (int i = 0; i < langs.length; i++) {
            LanguageStyle s = langs[i];
            MenuItem mi = new MenuItem(ctx.text("menu.marks.languageItem", ctx.text(s.nameKey()), s.tag()));
            mi.setId("markAs-" + s.tag());
            if (withAccelerators) {
                mi.setAccelerator(KeyCombination.keyCombination("Shortcut+Alt+" + keys.charAt(i)));
            }
            mi.setOnAction(e -> body.markLanguage(s.tag()));
            language.getItems().add(mi);
        }
        return language;
    }

    private ContextMenu contextMenu() {
        ContextMenu menu = new ContextMenu();
        menu.setId("bodyContextMenu");
        menu.setOnShowing(e -> {
            menu.getItems().clear();
            CopyIssue issue = body.fixableIssueAtCaret();
            if (issue != null && editable.get()) {
                MenuItem fix = new MenuItem(ctx.text("editor.context.fix", issue.replacement(), issue.message()));
                fix.setId("contextFix");
                fix.setOnAction(x -> body.fix(issue));
                menu.getItems().addAll(fix, new SeparatorMenuItem());
            }
            Menu language = languageMenu(false);
            MenuItem quote = item("menu.marks.quotation", null, body::markQuotation);
            MenuItem remove = item("menu.marks.remove", null, body::removeMark);
            boolean noSelection = body.area().getSelection().getLength() == 0;
            language.setDisable(!editable.get() || noSelection);
            quote.setDisable(!editable.get() || noSelection);
            remove.setDisable(!editable.get());
            menu.getItems().addAll(language, quote, remove, new SeparatorMenuItem(),
                    item("menu.edit.cut", null, this::cut), item("menu.edit.copy", null, this::copy),
                    item("menu.edit.paste", null, this::pasteFocused));
        });
        menu.getItems().add(new MenuItem());
        return menu;
    }

    private TextInputControl focusedField() {
        Scene scene = root.getScene();
        return scene != null && scene.getFocusOwner() instanceof TextInputControl t ? t : null;
    }

    private void cut() {
        TextInputControl f = focusedField();
        if (f != null) {
            f.cut();
        } else if (editable.get()) {
            body.area().cut();
        }
    }

    private void copy() {
        TextInputControl f = focusedField();
        if (f != null) {
            f.copy();
        } else {
            body.area().copy();
        }
    }

    private void pasteFocused() {
        TextInputControl f = focusedField();
        if (f != null) {
            f.paste();
        } else {
            paste();
        }
    }

    /** Pastes the clipboard into the body: HTML keeps its paragraphs (and heading/quote kinds), nothing else. */
    private void paste() {
        if (!editable.get()) {
            return;
        }
        Clipboard cb = Clipboard.getSystemClipboard();
        List<Paragraph> paras = cb.hasHtml() ? Importer.fromHtmlFragment(cb.getHtml()) : List.of();
        if (paras.isEmpty() && cb.hasString()) {
            paras = Importer.fromTextFragment(cb.getString());
        }
        if (paras.isEmpty()) {
            return;
        }
        insertParagraphs(paras);
    }

    /** Inserts paragraphs at the selection as one undoable edit. */
    void insertParagraphs(List<Paragraph> paras) {
        var area = body.area();
        int start = area.getSelection().getStart();
        String text = String.join("\n", paras.stream().map(Paragraph::text).toList());
        body.inOneStep(() -> {
            area.replaceSelection(text);
            int first = body.paragraphOf(start);
            List<ParagraphKind> kinds = paras.stream().map(Paragraph::kind).toList();
            if (kinds.stream().anyMatch(k -> k != ParagraphKind.PARAGRAPH) && first + kinds.size() <= area.getParagraphs().size()) {
                body.setKinds(first, kinds);
            }
        });
        area.requestFollowCaret();
    }

    private void walkForeign(boolean forward) {
        if (!body.selectForeign(forward)) {
            statusSave.setText(ctx.text("editor.noForeign"));
        }
    }

    private void nextIssue() {
        if (!body.selectNextIssue()) {
            statusIssues.setText(ctx.text("editor.status.issues", 0));
        }
    }

    private void fixIssueAtCaret() {
        if (editable.get()) {
            body.fix(body.fixableIssueAtCaret());
        }
    }

    /** Previews the quotation-mark fixes for the whole body, then applies them as one undoable edit. */
    void fixQuotationMarks() {
        if (!editable.get()) {
            return;
        }
        String text = body.area().getText();
        Analysis a = body.shown().analysis();
        List<TextReplacement> fixes = quoteFixer.apply(text, a).stream()
                .filter(r -> r.start() >= 0 && r.end() <= text.length() && !text.substring(r.start(), r.end()).equals(r.replacement()))
                .toList();
        Window owner = root.getScene() == null ? null : root.getScene().getWindow();
        if (fixes.isEmpty()) {
            Alert info = new Alert(Alert.AlertType.INFORMATION, ctx.text("editor.fixQuotes.none"));
            info.setHeaderText(ctx.text("editor.fixQuotes.title"));
            if (owner != null) {
                info.initOwner(owner);
            }
            info.showAndWait();
            return;
        }
        if (new QuoteFixDialog(ctx, owner, text, fixes).confirmed() && body.area().getText().equals(text)) {
            body.applyReplacements(fixes);
        }
    }
}
