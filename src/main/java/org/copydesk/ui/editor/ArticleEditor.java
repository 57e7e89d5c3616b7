package org.copydesk.ui.editor;

import java.io.File;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
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
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.DirectoryChooser;
import javafx.stage.Popup;
import javafx.stage.Window;
import javafx.util.Duration;
import org.copydesk.editing.BodyMarks;
import org.copydesk.editing.BodyStyles;
import org.copydesk.editing.LanguageStyle;
import org.copydesk.analysis.Analysis;
import org.copydesk.analysis.CopyIssue;
import org.copydesk.analysis.IssueType;
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
import org.copydesk.editing.CaretOnReload;
import org.copydesk.storage.ArticleChanges;
import org.copydesk.storage.ArticleEntry;
import org.copydesk.storage.ArticleLeases;
import org.copydesk.storage.ArticleWatcher;
import org.copydesk.storage.ChangedOnDiskException;
import org.copydesk.storage.RecoveryJournal;
import org.copydesk.storage.Workspace;
import org.copydesk.sync.ArticleMerge;
import org.copydesk.sync.Conflict;
import org.copydesk.sync.EditorMerge;
import org.copydesk.ui.common.ActionBanner;
import org.copydesk.ui.common.ChangesText;
import org.copydesk.ui.common.Desk;
import org.copydesk.ui.common.IssueText;
import org.copydesk.ui.common.Look;
import org.copydesk.ui.common.Tips;
import org.copydesk.ui.common.UiContext;
import org.copydesk.editing.StoryFacts;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.TwoDimensional;
import org.fxmisc.undo.UndoManager;
import org.reactfx.Subscription;

/**
 * The article editor: headline, standfirst, byline and dateline above the body; the body with live language,
 * quotation and issue marks, hand marks, emphasis and paragraph kinds; a side panel of languages and issues; a status
 * line; menus; autosave a few seconds after the last edit.
 *
 * <p>Nothing typed is lost: the unsaved state goes to the {@link RecoveryJournal} at most {@link #JOURNAL_DELAY} behind
 * the typing (written off the FX thread, removed once saved or discarded), and the article's file is watched: a
 * change made on disk by anyone else (a sync, another program) is merged three-way with what the editor holds, as one
 * undoable step, the unsaved edits staying unsaved; when both changed the same paragraph, both versions stay in the
 * body for the window's conflict bar (mine / theirs / both). Without a conflict bar, or when the file is gone or
 * unreadable, a banner offers to keep mine, take theirs or save mine as a copy, each keeping the other version
 * somewhere.
 */
public final class ArticleEditor {
    private static final System.Logger LOG = System.getLogger(ArticleEditor.class.getName());
    static final Duration AUTOSAVE_DELAY = Duration.seconds(3);
    /** The recovery journal is at most this far behind the typing. */
    static final Duration JOURNAL_DELAY = Duration.seconds(2);
    /** Changes on disk within this time of each other are looked at once (a tool writing a file in steps). */
    static final java.time.Duration WATCH_SETTLE = java.time.Duration.ofMillis(250);
    /** A lease not refreshed for this long (its window hung, or its host went away) may be taken over. */
    static final java.time.Duration LEASE_STALE = java.time.Duration.ofSeconds(90);
    /** How often this window refreshes its lease, and looks whether another window let its article go. */
    static final Duration LEASE_CHECK = Duration.seconds(3);
    static final int LEASE_REFRESH_CHECKS = 10;
    private static final int WORDS_PER_MINUTE = 230;

    private final UiContext ctx;
    private final BodyEditor body;
    private final BorderPane root = new BorderPane();
    private final TextField headline = new TextField();
    private final TextField standfirst = new TextField();
    private final TextField byline = new TextField();
    private final TextField dateline = new TextField();
    private final Label banner = new Label();
    /** The body and its scroll bars. */
    private final VirtualizedScrollPane<BodyEditor.Area> scroll;
    /** Ends the following of a caret just placed ({@link #placeCaret}); a no-op when none is followed. */
    private Subscription caretFollow = Subscription.EMPTY;
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
    private final List<UndoOwner> undoOwners = new ArrayList<>();
    private final LongProperty undoOwnersChanged = new SimpleLongProperty();
    private final Label tooltipText = new Label();
    private final PauseTransition autosave = new PauseTransition(AUTOSAVE_DELAY);
    private final PauseTransition journalTimer = new PauseTransition(JOURNAL_DELAY);
    private final RecoveryJournal journal;
    /** Says what happened on disk (changed elsewhere, reloaded, kept aside) and offers what to do about it. */
    private final ActionBanner diskBanner = new ActionBanner("diskBanner");
    private ArticleWatcher watcher;
    /** The watcher once its start on the desk is over (null: none could be started); completed on the desk thread. */
    private final CompletableFuture<ArticleWatcher> watching = new CompletableFuture<>();
    private boolean closed;
    /** Completes once, after {@link #close()}, nothing of this editor writes or watches any more. */
    private CompletableFuture<Void> stopped;
    /** True while the other version on disk waits for the user's choice: autosave does not write meanwhile. */
    private boolean conflictPending;
    /** The last version this editor asked the workspace to save: its own save seen by the watcher is no change. */
    private Article lastSubmitted;
    /**
     * The note of the last merge from disk and the place in the body's history right after that merge: undo going back
     * past it takes the note away, redo brings it back (unless the user dismissed it, or the banner says something else
     * meanwhile). Null: no merge note to follow.
     */
    private org.copydesk.editing.UndoHistory.Position mergeNoteAt;
    private String mergeNote;
    /** True while the merge note is hidden because its merge is undone. */
    private boolean mergeNoteUndone;
    private final ArticleLeases leases;
    /** Says the article is open for editing in another Copydesk window, and offers to edit here once it is free. */
    private final ActionBanner leaseBanner = new ActionBanner("leaseBanner");
    private final Timeline leaseTimer = new Timeline();
    /** The article whose lease this editor holds (null: none). */
    private String leased;
    /** The article open read-only here because another window holds its lease (null: none). */
    private String heldElsewhere;
    private int leaseChecks;
    /** Opens another article in the window (after "save mine as a copy": the copy). */
    private Consumer<String> opener = id -> { };
    /** Counts analysis results shown; the gutter labels listen to it. */
    private final LongProperty marksShown = new SimpleLongProperty();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Article> article = new ReadOnlyObjectWrapper<>();
    /** The story facts as edited (inspector), applied to the article on save; null with no article open. */
    private final ObjectProperty<StoryFacts> facts =
            new SimpleObjectProperty<>();
    /** Fix quotation marks: the convention of the story's language with its region (de-CH «…», en-GB ‘…’). */
    private BiFunction<String, Analysis, List<TextReplacement>> quoteFixer =
            (text, a) -> QuoteConventions.fixAll(text, a, facts.get() == null ? null : facts.get().language());
    private boolean loadingFields;
    private String saveProblem;
    /** The marks of the open article's file that could not be placed (shown in the banner until the next save). */
    private List<String> marksLeftOut = List.of();
    /** The related links as edited here (saved with the article); link changes never touch the body's history. */
    private List<RelatedLink> links = List.of();
    /** The save on its way (or the last one, done); a save waits for it, as it needs the revision it writes. */
    private CompletableFuture<Boolean> saving = CompletableFuture.completedFuture(true);
    /** Counts the articles opened: the answer of a save asked for an article no longer open changes nothing here. */
    private long openings;
    /** Whether the open article may be edited (not read-only); {@link #hold} suspends it. */
    private boolean canEdit;
    /** The article's spelling ignore list as edited here (saved with the article). */
    private List<String> ignoredWords = List.of();
    private final EditorSpelling spelling;
    private Consumer<String> dictionaryFolderChosen = f -> { };
    /** Told the conflicts a merge with the file left, once the merged article is saved (null: no one shows them). */
    private BiConsumer<String, List<Conflict>> conflictKeeper;

    public ArticleEditor(UiContext ctx) {
        this.ctx = ctx;
        this.body = new BodyEditor(ctx.analyzer(), ctx.background());
        this.findBar = new FindBar(ctx, body);
        this.panel = new SidePanel(ctx, body::select);
        this.spelling = new EditorSpelling(ctx, body, this::ignoreWord, statusSave::setText);
        spelling.start();
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
        VBox top = new VBox(leaseBanner.view(), diskBanner.view(), banner, fields);
        VBox.setMargin(fields, new Insets(6));
        root.setTop(top);

        BodyEditor.Area area = body.area();
        area.editableProperty().bind(editable);
        scroll = new VirtualizedScrollPane<>(area);
        VBox centre = new VBox(findBar.view(), scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.setCenter(centre);
        root.setDisable(true);

        area.setParagraphGraphicFactory(this::gutter);
        // the body is a centred column of comfortable measure; the margins grow with the window
        area.widthProperty().addListener((o, a, w) -> centreColumn(area, w.doubleValue()));
        area.bodyFontProperty().addListener((o, a, f) -> centreColumn(area, area.getWidth()));
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
        // a right click on a word outside the selection puts the caret there first (its spelling menu is about it)
        area.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            if (e.isKeyboardTrigger()) {
                return;
            }
            int at = area.hit(e.getX(), e.getY()).getInsertionIndex();
            var sel = area.getSelection();
            if (sel.getLength() == 0 || at < sel.getStart() || at > sel.getEnd()) {
                area.moveTo(Math.max(0, Math.min(at, area.getLength())));
            }
        });
        body.setPasteHandler(this::paste);
        body.addEditListener(() -> edited(false));
        body.addAnalysedListener(v -> analysed());
        // a hand mark changes what the side panel, status bar and gutter show at once, with no text edit to wait for
        body.addMarksListener(this::analysed);
        body.history().atMarkedPositionProperty().addListener((o, a, b) -> updateDirty());

        body.steps().addListener(this::mergeNoteFollowsHistory);
        autosave.setOnFinished(e -> autosave());
        journal = new RecoveryJournal(ctx.workspace(), java.time.Duration.ZERO);
        journalTimer.setOnFinished(e -> recordJournal());
        leases = new ArticleLeases(ctx.workspace(), LEASE_STALE);
        leaseTimer.getKeyFrames().add(new KeyFrame(LEASE_CHECK, e -> leaseCheck()));
        leaseTimer.setCycleCount(Animation.INDEFINITE);
        leaseTimer.play();
        startWatching();
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
        // while the spelling dictionaries load behind the window, the status bar says so
        Label dictionaries = statusLabel("statusDictionaries");
        dictionaries.setText(ctx.text("status.loadingDictionaries"));
        dictionaries.setMinWidth(Region.USE_PREF_SIZE);
        dictionaries.visibleProperty().bind(spelling.loadingProperty());
        dictionaries.managedProperty().bind(dictionaries.visibleProperty());
        status.getChildren().addAll(dictionaries, statusWords, statusChars, statusReading, statusMix, statusIssues, statusSave);
        // the body's words: the Story tab's length counts the same (the headline and standfirst are not in it)
        Tips.set(statusWords, ctx.text("editor.status.words.tip"));
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
        // the body text's own font: the first text node shown may be a subheading's, or one not styled yet while a new
        // text is put in, and the column jumped narrower for a frame
        double em = area.bodyFontProperty().get().getSize();
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
        return menus(ctx, new SimpleObjectProperty<>(this), root);
    }

    /**
     * The Edit, Format and Marks menus for an editor that may not exist yet (the window's first picture comes before
     * it): every command that needs the editor is disabled until {@code editor} holds one, then acts on it; cut, copy
     * and paste act on the focused text field of {@code anchor}'s scene meanwhile.
     *
     * @param anchor a node in the window (its scene's focus decides where undo, cut, copy and paste act)
     */
    public static List<Menu> menus(UiContext ctx, ObservableValue<ArticleEditor> editor, Node anchor) {
        ObservableValue<Boolean> missing = editor.map(e -> false).orElse(true);
        ObservableValue<Boolean> notEditable = editor.flatMap(e -> e.editable).map(on -> !on).orElse(true);
        Menu edit = new Menu(ctx.text("menu.edit"));
        edit.setId("editMenu");
        MenuItem undo = command(ctx, editor, "menu.edit.undo", "Shortcut+Z", e -> {
            UndoOwner o = e.focusedUndoOwner();
            if (o == null) {
                e.body.area().undo();
            } else {
                o.undo();
            }
        });
        MenuItem redo = command(ctx, editor, "menu.edit.redo", "Shortcut+Y", e -> {
            UndoOwner o = e.focusedUndoOwner();
            if (o == null) {
                e.body.area().redo();
            } else {
                o.redo();
            }
        });
        // the part with the focus decides: the Story tab's history while it has the focus, else the body's (each
        // observable is read in the computation: one left invalid would stop telling of its changes)
        ObservableValue<Node> focus = anchor.sceneProperty().flatMap(Scene::focusOwnerProperty);
        ObservableValue<Boolean> undoAvailable = editor.flatMap(e -> e.body.area().undoAvailableProperty());
        ObservableValue<Boolean> redoAvailable = editor.flatMap(e -> e.body.area().redoAvailableProperty());
        ObservableValue<Number> ownersChanged = editor.flatMap(e -> e.undoOwnersChanged);
        undo.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            focus.getValue();
            ownersChanged.getValue();
            boolean available = Boolean.TRUE.equals(undoAvailable.getValue());
            ArticleEditor e = editor.getValue();
            if (e == null) {
                return true;
            }
            UndoOwner o = e.focusedUndoOwner();
            return o == null ? !available : !o.canUndo();
        }, editor, focus, undoAvailable, ownersChanged));
        redo.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            focus.getValue();
            ownersChanged.getValue();
            boolean available = Boolean.TRUE.equals(redoAvailable.getValue());
            ArticleEditor e = editor.getValue();
            if (e == null) {
                return true;
            }
            UndoOwner o = e.focusedUndoOwner();
            return o == null ? !available : !o.canRedo();
        }, editor, focus, redoAvailable, ownersChanged));
        // cut, copy and paste act on a focused text field (the search box) before the editor exists, and on it after
        MenuItem cut = clipboardItem(ctx, "menu.edit.cut", "Shortcut+X", anchor, editor, TextInputControl::cut, ArticleEditor::cut);
        MenuItem copy = clipboardItem(ctx, "menu.edit.copy", "Shortcut+C", anchor, editor, TextInputControl::copy, ArticleEditor::copy);
        MenuItem paste = clipboardItem(ctx, "menu.edit.paste", "Shortcut+V", anchor, editor, TextInputControl::paste,
                ArticleEditor::paste);
        MenuItem find = command(ctx, editor, "menu.edit.find", "Shortcut+F", e -> e.findBar.show(false, true));
        MenuItem replace = command(ctx, editor, "menu.edit.replace", "Shortcut+H", e -> e.findBar.show(true, true));
        find.disableProperty().bind(missing);
        replace.disableProperty().bind(notEditable);
        edit.getItems().addAll(undo, redo, new SeparatorMenuItem(), cut, copy, paste, new SeparatorMenuItem(), find, replace);

        Menu format = new Menu(ctx.text("menu.format"));
        format.setId("formatMenu");
        MenuItem bold = command(ctx, editor, "menu.format.bold", "Shortcut+B", e -> e.body.toggleInline(BodyStyles.BOLD));
        MenuItem italic = command(ctx, editor, "menu.format.italic", "Shortcut+I", e -> e.body.toggleInline(BodyStyles.ITALIC));
        MenuItem para = command(ctx, editor, "menu.format.paragraph", "Shortcut+Alt+0", e -> e.body.setKind(ParagraphKind.PARAGRAPH));
        MenuItem sub = command(ctx, editor, "menu.format.subheading", "Shortcut+Alt+2", e -> e.body.setKind(ParagraphKind.SUBHEADING));
        MenuItem quote = command(ctx, editor, "menu.format.blockquote", "Shortcut+Alt+B", e -> e.body.setKind(ParagraphKind.BLOCKQUOTE));
        for (MenuItem mi : List.of(bold, italic, para, sub, quote)) {
            mi.disableProperty().bind(notEditable);
        }
        format.getItems().addAll(bold, italic, new SeparatorMenuItem(), para, sub, quote);

        Menu marks = new Menu(ctx.text("menu.marks"));
        marks.setId("marksMenu");
        Menu language = languageMenu(ctx, true, tag -> {
            if (editor.getValue() != null) {
                editor.getValue().body.markLanguage(tag);
            }
        });
        MenuItem markQuote = command(ctx, editor, "menu.marks.quotation", "Shortcut+Alt+Q", e -> e.body.markQuotation());
        MenuItem remove = command(ctx, editor, "menu.marks.remove", "Shortcut+Alt+X", e -> e.body.removeMark());
        MenuItem nextForeign = command(ctx, editor, "menu.marks.nextForeign", "F8", e -> e.walkForeign(true));
        MenuItem prevForeign = command(ctx, editor, "menu.marks.previousForeign", "Shift+F8", e -> e.walkForeign(false));
        MenuItem nextIssue = command(ctx, editor, "menu.marks.nextIssue", "F7", ArticleEditor::nextIssue);
        MenuItem fixIssue = command(ctx, editor, "menu.marks.fixIssue", "Shortcut+1", ArticleEditor::fixIssueAtCaret);
        MenuItem fixQuotes = command(ctx, editor, "menu.marks.fixQuotes", "Shortcut+Alt+G", ArticleEditor::fixQuotationMarks);
        MenuItem dictionaries = command(ctx, editor, "menu.marks.dictionaries", null, ArticleEditor::chooseDictionaryFolder);
        for (MenuItem mi : List.of(nextForeign, prevForeign, nextIssue, dictionaries)) {
            mi.disableProperty().bind(missing);
        }
        for (MenuItem mi : List.of(language, markQuote, remove, fixIssue, fixQuotes)) {
            mi.disableProperty().bind(notEditable);
        }
        marks.getItems().addAll(language, markQuote, remove, new SeparatorMenuItem(), nextForeign, prevForeign,
                nextIssue, new SeparatorMenuItem(), fixIssue, fixQuotes, new SeparatorMenuItem(), dictionaries);
        return new ArrayList<>(List.of(edit, format, marks));
    }

    /** A menu item acting on the editor once there is one (nothing before: it is disabled until then). */
    private static MenuItem command(UiContext ctx, ObservableValue<ArticleEditor> editor, String key, String accelerator,
            Consumer<ArticleEditor> action) {
        return ctx.menuItem(key, accelerator, () -> {
            ArticleEditor e = editor.getValue();
            if (e != null) {
                action.accept(e);
            }
        });
    }

    public void open(ArticleEntry entry) {
        open(entry, false);
    }

    /** Opens {@code entry}; {@code again}: the story open now, read again from disk (the body keeps its view). */
    private void open(ArticleEntry entry, boolean again) {
        openings++;
        caretFollow.unsubscribe(); // a caret placed in the story before is no business of this one
        tooltip.hide();
        autosave.stop();
        journalTimer.stop();
        conflictPending = false;
        lastSubmitted = null;
        mergeNoteAt = null;
        diskBanner.hide();
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
        ignoredWords = a == null ? List.of() : a.ignoredWords();
        article.set(a);
        loadingFields = true;
        try {
            facts.set(a == null ? null : StoryFacts.of(a));
        } finally {
            loadingFields = false;
        }
        spellingFacts();
        if (a == null) {
            body.clear();
        } else {
            body.load(a, again);
        }
        canEdit = a != null && !entry.readOnly();
        editable.set(canEdit);
        lease(canEdit ? a.id() : null);
        findBar.setEditable(canEdit);
        marksLeftOut = canEdit ? entry.marksLeftOut() : List.of();
        if (entry.readOnly() || a == null) {
            showBanner(entry.error() != null ? ctx.text("editor.readOnly", entry.error()) : ctx.text("editor.readOnlyGeneric"));
        } else {
            showBanner(null);
        }
        root.setDisable(false);
        dirty.set(false);
        panel.show("", LanguageMix.of("", List.of()), a == null ? "en" : a.language(), List.of(), pos -> "", Set.of());
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
                .withIgnoredWords(ignoredWords)
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

    /**
     * Puts the caret at a position of the body (clamped to the text), scrolled into view and focused. The lines of a
     * story just opened still change height (the column's width is set, the marks arrive), which would carry the caret
     * off screen: until the user types, clicks or scrolls, every such change brings the caret back into view.
     */
    public void placeCaret(int position) {
        BodyEditor.Area area = body.area();
        area.moveTo(Math.max(0, Math.min(position, area.getLength())));
        area.requestFollowCaret();
        area.requestFocus();
        if (position > 0) {
            keepCaretInViewUntilUserActs(area);
        }
    }

    /** A clipboard command: on the focused text field if there is one (the search box), else on the editor once built. */
    private static MenuItem clipboardItem(UiContext ctx, String key, String shortcut, Node anchor,
            ObservableValue<ArticleEditor> editor, Consumer<TextInputControl> onField, Consumer<ArticleEditor> onEditor) {
        return ctx.menuItem(key, shortcut, () -> {
            TextInputControl f = focusedField(anchor);
            if (f != null) {
                onField.accept(f);
            } else if (editor.getValue() != null) {
                onEditor.accept(editor.getValue());
            }
        });
    }

    /** Whether the caret's paragraph is (at least partly) on screen. */
    static boolean caretShown(BodyEditor.Area area) {
        if (area.getVisibleParagraphs().isEmpty()) {
            return false;
        }
        int par = area.getCurrentParagraph();
        return area.firstVisibleParToAllParIndex() <= par && par <= area.lastVisibleParToAllParIndex();
    }

    /**
     * Brings the caret back into view on each change of the body's height until the user acts in the body or its scroll
     * bars (a key, a click, a scroll), or another article opens.
     */
    private void keepCaretInViewUntilUserActs(BodyEditor.Area area) {
        caretFollow.unsubscribe();
        Subscription follow = area.totalHeightEstimateProperty().changes()
                .subscribe(c -> area.requestFollowCaret());
        EventHandler<Event> stop = e -> caretFollow.unsubscribe();
        // on the scroll pane: its scroll bars are the user's too (a drag there is not an event of the area)
        scroll.addEventFilter(KeyEvent.KEY_PRESSED, stop);
        scroll.addEventFilter(MouseEvent.MOUSE_PRESSED, stop);
        scroll.addEventFilter(ScrollEvent.SCROLL, stop);
        caretFollow = follow.and(() -> {
            scroll.removeEventFilter(KeyEvent.KEY_PRESSED, stop);
            scroll.removeEventFilter(MouseEvent.MOUSE_PRESSED, stop);
            scroll.removeEventFilter(ScrollEvent.SCROLL, stop);
            caretFollow = Subscription.EMPTY;
        });
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

    /** Saves on the desk thread; the answer (true: written, or nothing to write) comes on the FX thread. */
    public CompletableFuture<Boolean> save() {
        return save(true);
    }

    /** The body's paragraphs as they are in the editor now. */
    public List<Paragraph> bodyNow() {
        return body.paragraphs();
    }

    /**
     * Applies text replacements (a fix made elsewhere, the export dialog's quotation marks) to the body of article
     * {@code id} as one undoable step, then saves. Null when that article is not the one open here; a failed future,
     * its message in words, when the story is read-only or its text is no longer {@code text}; else the save's answer.
     */
    public CompletableFuture<Boolean> replaceInBody(String id, String text, List<TextReplacement> replacements) {
        Article open = article.get();
        if (open == null || !open.id().equals(id)) {
            return null;
        }
        if (!editable.get()) {
            return CompletableFuture.failedFuture(new IllegalStateException(ctx.text("editor.replace.readOnly")));
        }
        if (!body.area().getText().equals(text)) {
            return CompletableFuture.failedFuture(new IllegalStateException(ctx.text("editor.replace.textChanged")));
        }
        body.applyReplacements(replacements);
        updateDirty();
        return save(true).thenApply(saved -> {
            if (!saved) {
                throw new IllegalStateException(ctx.text("editor.replace.notSaved"));
            }
            return true;
        });
    }

    /** Removes the body's paragraphs {@code first .. first + count - 1} as one undoable edit; false when out of range. */
    public boolean removeBodyParagraphs(int first, int count) {
        List<Paragraph> before = body.paragraphs();
        if (!editable.get() || count <= 0 || first < 0 || first + count > before.size()) {
            return false;
        }
        List<Paragraph> after = new ArrayList<>(before.subList(0, first));
        after.addAll(before.subList(first + count, before.size()));
        boolean done = removeParagraphs(before, after);
        updateDirty();
        return done;
    }

    /** The place the body's undo history stands at now (after an edit: the place that edit reached). */
    public org.copydesk.editing.UndoHistory.Position bodyHistoryPlace() {
        return body.steps().position();
    }

    /** Called after every change of the body's undo history: an edit, an undo, a redo, another article opened. */
    public void addBodyHistoryListener(Runnable listener) {
        body.steps().addListener(listener);
    }

    /** Sets a story field ("headline", "standfirst", "byline", "dateline") as an edit of that field; false for others. */
    public boolean setStoryField(String field, String value) {
        TextField f = switch (field) {
            case "headline" -> headline;
            case "standfirst" -> standfirst;
            case "byline" -> byline;
            case "dateline" -> dateline;
            default -> null;
        };
        if (f == null || !editable.get()) {
            return false;
        }
        f.replaceText(0, f.getLength(), value);
        return true;
    }

    /**
     * Another part of the window with an undo history of its own (the Story tab): while the focus is in it, Edit ▸ Undo
     * and Redo (and their toolbar buttons) act on its history instead of the body's.
     */
    public interface UndoOwner {
        /** True when {@code focused} is inside this part. */
        boolean contains(Node focused);

        boolean canUndo();

        boolean canRedo();

        /** Changes whenever {@link #canUndo} or {@link #canRedo} may have changed. */
        javafx.beans.Observable historyChanged();

        void undo();

        void redo();
    }

    /** Adds a part with its own undo history (see {@link UndoOwner}). */
    public void addUndoOwner(UndoOwner owner) {
        undoOwners.add(Objects.requireNonNull(owner));
        owner.historyChanged().addListener(o -> undoOwnersChanged.set(undoOwnersChanged.get() + 1));
        undoOwnersChanged.set(undoOwnersChanged.get() + 1);
    }

    private UndoOwner focusedUndoOwner() {
        Scene scene = root.getScene();
        Node focused = scene == null ? null : scene.getFocusOwner();
        return focused == null ? null : undoOwners.stream().filter(o -> o.contains(focused)).findFirst().orElse(null);
    }

    /** Shows another feature's banner above the story fields (it hides itself when it has nothing to say). */
    public void addBanner(Node node) {
        ((VBox) root.getTop()).getChildren().add(0, node);
    }

    /** True while the open article can be edited (open, and not read-only). */
    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    /**
     * Puts an earlier version of the open article in the editor and saves it: the body (text, marks, emphasis, kinds)
     * as one undoable edit, so Ctrl+Z in the body brings back the text from before; the story fields each as an edit
     * of their own field; the links and story facts as they were. Answers (on the FX thread) false when nothing could
     * be saved.
     */
    public CompletableFuture<Boolean> restore(Article version) {
        Article now = article.get();
        if (now == null || !editable.get() || !now.id().equals(version.id())) {
            return CompletableFuture.completedFuture(false);
        }
        body.replaceAll(version);
        for (var f : List.of(Map.entry(headline, version.headline()), Map.entry(standfirst, version.standfirst()),
                Map.entry(byline, version.byline()), Map.entry(dateline, version.dateline()))) {
            if (!f.getKey().getText().equals(f.getValue())) {
                f.getKey().replaceText(0, f.getKey().getLength(), f.getValue());
            }
        }
        links = version.links();
        ignoredWords = version.ignoredWords();
        facts.set(StoryFacts.of(version));
        spellingFacts();
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
    public CompletableFuture<Boolean> changeLinks(UnaryOperator<Article> edit) {
        Article now = edited().orElse(null);
        if (now == null || !editable.get()) {
            return CompletableFuture.completedFuture(false);
        }
        Article after = edit.apply(now);
        if (!after.body().equals(now.body())) {
            if (!removeParagraphs(now.body(), after.body())) {
                return CompletableFuture.completedFuture(false);
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

    /**
     * Closes the editor: the unsaved state goes to the recovery journal, the lease is let go, the folder no longer
     * watched. The writing of those ends later, off the FX thread: {@link #closed()} tells when.
     */
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        autosave.stop();
        journalTimer.stop();
        recordJournal(); // unsaved edits still here at close (a discard forgot them first) wait for the next start
        journal.shutdown();
        leaseTimer.stop();
        // the lease asked for on open may not have answered yet: it is taken on the desk before this release runs
        String mine = leased != null ? leased : canEdit && article.get() != null ? article.get().id() : null;
        if (mine != null) {
            releaseLease(mine);
            leased = null;
        }
        if (watcher != null) {
            watcher.close();
        }
        tooltip.hide();
        body.close();
        // the lease's release and a watcher still starting are desk jobs: once the desk has done them, the watcher is
        // stopped and the journal's last write awaited, on a thread of their own
        stopped = ctx.desk().drained().thenCompose(x -> watching).thenApplyAsync(w -> {
            try {
                if (w != null) {
                    w.close();
                    if (!w.awaitStopped(java.time.Duration.ofSeconds(30))) {
                        throw new IllegalStateException("the article watcher did not stop in 30 s");
                    }
                }
                if (!journal.awaitWritten(java.time.Duration.ofSeconds(30))) {
                    throw new IllegalStateException("the recovery journal's last write did not end in 30 s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the editor closed", e);
            }
            return null;
        }, r -> {
            Thread t = new Thread(r, "copydesk-editor-closing");
            t.setDaemon(true);
            t.start();
        });
    }

    /**
     * After {@link #close()}: completes (on a thread of its own) once the journal's last write is on disk, the lease is
     * let go and the articles folder is no longer watched; nothing of this editor writes in the workspace after that.
     */
    public CompletableFuture<Void> closed() {
        if (stopped == null) {
            throw new IllegalStateException("the editor is not closed");
        }
        return stopped;
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

    /**
     * Saves the article as it is now, on the desk thread; the answer (true: written) comes on the FX thread. A save asked
     * for while another is on its way waits for it (it needs the revision that save writes). Edits made while the file is
     * being written stay unsaved (and autosave), and an answer for an article no longer open changes nothing here.
     */
    private CompletableFuture<Boolean> save(boolean alertOnError) {
        CompletableFuture<Boolean> next = saving.handle((ok, e) -> (Void) null).thenCompose(x -> saveNow(alertOnError));
        saving = next;
        return next;
    }

    private CompletableFuture<Boolean> saveNow(boolean alertOnError) {
        Article a = article.get();
        if (a == null || !editable.get() || !dirty.get()) {
            return CompletableFuture.completedFuture(true);
        }
        Article toSave = edited().orElseThrow();
        long forOpening = openings;
        // later typing starts a new undo step, so the history position of what is saved stays valid to mark
        body.history().preventMerge();
        UndoManager.UndoPosition position = body.history().getCurrentPosition();
        lastSubmitted = toSave;
        return ctx.desk().run(ws -> ws.save(toSave, a))
                .handle((saved, failure) -> answered(a, forOpening, position, saved,
                        failure == null ? null : Desk.cause(failure), alertOnError))
                .thenCompose(answer -> answer);
    }

    /** Takes the answer of a save (on the FX thread): the new revision, or what went wrong. */
    private CompletableFuture<Boolean> answered(Article asked, long forOpening, UndoManager.UndoPosition position,
            Article saved, Throwable failure, boolean alertOnError) {
        if (forOpening != openings) {
            // another article is open now; the list hears of a save through the workspace
            if (failure != null) {
                LOG.log(System.Logger.Level.WARNING, "saving " + asked.id() + " failed", failure);
            }
            return CompletableFuture.completedFuture(failure == null);
        }
        if (failure == null) {
            saved(saved, position);
            return CompletableFuture.completedFuture(true);
        }
        if (failure instanceof ChangedOnDiskException changed) {
            // nothing written, nothing lost: the other version merges with the edits here and the merge is saved (in
            // this save's place: it is already the one on its way); else the edits stay, and the banner lets the user choose
            Merged m = conflictPending ? Merged.NO : mergeFromDisk(changed.onDisk());
            if (m == Merged.CLEAN) {
                return saveNow(alertOnError);
            }
            if (m == Merged.CONFLICTS) {
                return CompletableFuture.completedFuture(false);
            }
            saveProblem = changed.getMessage();
            showConflict(changed.onDisk(), null);
            updateStatus();
            return CompletableFuture.completedFuture(false);
        }
        LOG.log(System.Logger.Level.WARNING, "saving " + asked.id() + " failed", failure);
        saveProblem = Desk.message(ctx, failure);
        updateStatus();
        if (alertOnError) {
            Alert alert = new Alert(Alert.AlertType.ERROR, ctx.text("editor.saveFailed", saveProblem));
            Look.placeByShownWidth(alert);
            alert.setHeaderText(ctx.text("editor.saveFailed.header"));
            Window w = root.getScene() == null ? null : root.getScene().getWindow();
            if (w != null) {
                alert.initOwner(w);
            }
            alert.show();
        } else {
            showBanner(ctx.text("editor.autosaveFailed", saveProblem));
        }
        return CompletableFuture.completedFuture(false);
    }

    /**
     * The article is now as saved: the editor's copy, its undo mark, the banners and the journal follow. {@code position}
     * is the place in the undo history of what was saved (edits typed while it was written stay unsaved, as do links and
     * ignored words changed meanwhile); null: what is in the editor now was saved.
     */
    private void saved(Article saved, UndoManager.UndoPosition position) {
        article.set(saved);
        if (position == null) {
            links = saved.links();
            ignoredWords = saved.ignoredWords();
            body.history().preventMerge();
            body.history().mark();
        } else if (position.isValid()) {
            position.mark();
        }
        saveProblem = null;
        conflictPending = false;
        marksLeftOut = List.of();
        showBanner(null);
        updateDirty();
        if (!dirty.get()) {
            autosave.stop();
            journalTimer.stop();
            journal.forget(saved.id());
        }
        updateStatus();
    }

    private void autosave() {
        if (dirty.get() && !conflictPending) {
            save(false);
        }
    }

    /**
     * Saves until nothing is left unsaved (edits typed while a save was on its way are saved by the next); true once
     * everything is on disk, false when a save failed or was refused. Used before another article opens.
     */
    public CompletableFuture<Boolean> saveAll() {
        return save(true).thenCompose(ok -> ok && dirty.get() && editable.get() ? saveAll() : CompletableFuture.completedFuture(ok));
    }

    /**
     * While the next article is being read: no edits (they would be lost when it opens). {@link #open} ends the hold;
     * {@code hold(false)} ends it when nothing opens after all.
     */
    public void hold(boolean on) {
        editable.set(!on && canEdit);
        findBar.setEditable(!on && canEdit);
    }

    // ------------------------------------------------------------------ recovery journal

    /** Hands the unsaved state to the journal (which writes it on its own thread). */
    private void recordJournal() {
        if (dirty.get() && editable.get()) {
            edited().ifPresent(journal::record);
        }
    }

    /** The journal of unsaved edits (the restore offer at start uses it). */
    public RecoveryJournal journal() {
        return journal;
    }

    /** The user chose to throw the unsaved edits away (closing without saving): their journal goes too. */
    public void discardEdits() {
        Article a = article.get();
        journalTimer.stop();
        if (a != null) {
            journal.forget(a.id());
        }
    }

    // ------------------------------------------------------------------ one editing window per article

    /**
     * Takes the lease of the article now open for editing ({@code id}; null: none), letting the previous one go, off
     * the FX thread. Held by another live window, the article turns read-only here with a banner (unless something
     * was typed before the answer came: then the edits stay editable, and the check before saving protects both).
     */
    private void lease(String id) {
        String previous = leased;
        if (previous != null && !previous.equals(id)) {
            leased = null;
            releaseLease(previous);
        }
        if (!Objects.equals(heldElsewhere, id)) {
            heldElsewhere = null;
            leaseBanner.hide();
        }
        if (id == null) {
            return;
        }
        if (id.equals(heldElsewhere)) {
            setEditable(false); // reopened (reloaded) while still held elsewhere: stays read-only
        }
        runOffFx(() -> leases.acquire(id), other -> leaseAnswer(id, other),
                e -> LOG.log(System.Logger.Level.WARNING, "no lease taken for " + id + ": " + e.getMessage()));
    }

    private void leaseAnswer(String id, Optional<ArticleLeases.Holder> other) {
        Article a = article.get();
        if (a == null || !a.id().equals(id) || closed) {
            if (other.isEmpty() && !id.equals(leased)) {
                releaseLease(id); // another article was opened meanwhile
            }
            return;
        }
        if (other.isEmpty()) {
            leased = id;
            if (id.equals(heldElsewhere)) {
                heldElsewhere = null;
                leaseBanner.hide();
                setEditable(true);
            }
            return;
        }
        heldElsewhere = id;
        String who = describe(other.get());
        if (dirty.get()) {
            leaseBanner.show(ActionBanner.Kind.WARNING, ctx.text("editor.lease.alsoOpen", who), List.of());
            return;
        }
        setEditable(false);
        leaseBanner.show(ActionBanner.Kind.WARNING, ctx.text("editor.lease.held", who), List.of());
    }

    private String describe(ArticleLeases.Holder h) {
        String since = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(ctx.locale())
                .withZone(ZoneId.systemDefault()).format(h.since());
        return ctx.text("editor.lease.holder", String.valueOf(h.pid()), h.host(), since);
    }

    private void setEditable(boolean on) {
        editable.set(on && article.get() != null);
        findBar.setEditable(editable.get());
        updateStatus();
    }

    /** Every {@link #LEASE_CHECK}: refreshes this window's lease now and then; looks whether a held article is free. */
    private void leaseCheck() {
        leaseChecks++;
        String mine = leased;
        if (mine != null && leaseChecks % LEASE_REFRESH_CHECKS == 0) {
            runOffFx(() -> leases.refresh(mine), still -> {
                if (!still && mine.equals(leased)) {
                    leased = null; // taken over (this window was silent too long): ask again
                    lease(mine);
                }
            }, e -> LOG.log(System.Logger.Level.WARNING, "lease of " + mine + " not refreshed: " + e.getMessage()));
        }
        String waiting = heldElsewhere;
        if (waiting != null && !editable.get()) {
            runOffFx(() -> leases.otherHolder(waiting), other -> {
                if (other.isEmpty() && waiting.equals(heldElsewhere) && !leaseBanner.text().equals(ctx.text("editor.lease.free"))) {
                    leaseBanner.show(ActionBanner.Kind.NOTE, ctx.text("editor.lease.free"),
                            List.of(new ActionBanner.Action(ctx.text("editor.lease.editHere"), "editHere", this::editHere)));
                }
            }, e -> LOG.log(System.Logger.Level.DEBUG, "lease of " + waiting + ": " + e.getMessage()));
        }
    }

    /** The other window let the article go: read it again (it may have been saved there) and edit it here. */
    private void editHere() {
        String id = heldElsewhere;
        if (id == null) {
            return;
        }
        leaseBanner.hide();
        runOffFx(() -> ctx.workspace().load(id), entry -> {
            Article a = article.get();
            if (a != null && a.id().equals(id)) {
                open(entry);
            }
        }, e -> diskBanner.show(ActionBanner.Kind.WARNING, ctx.text("editor.disk.failed", Desk.message(ctx, e)), List.of(dismiss())));
    }

    private void releaseLease(String id) {
        runOffFx(() -> {
            leases.release(id);
            return null;
        }, x -> { }, e -> LOG.log(System.Logger.Level.DEBUG, "lease of " + id + " not released: " + e.getMessage()));
    }

    /** The leases of this window (tests). */
    ArticleLeases leases() {
        return leases;
    }

    /** Checks the leases now rather than at the next tick (tests). */
    void checkLeasesNow() {
        leaseCheck();
    }

    // ------------------------------------------------------------------ other writers

    /** Told the folder of spelling dictionaries the user chose (the window keeps it in the settings). */
    public void setDictionaryFolderListener(Consumer<String> chosen) {
        this.dictionaryFolderChosen = chosen == null ? f -> { } : chosen;
    }

    /**
     * Marks ▸ Spelling dictionaries folder…: a folder of Hunspell dictionaries ({@code xx_YY.aff}/{@code .dic}) searched
     * besides the user's and the system's; the body is checked again with them.
     */
    private void chooseDictionaryFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(ctx.text("editor.spelling.folderTitle"));
        File chosen = chooser.showDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (chosen == null) {
            return;
        }
        String folder = chosen.toPath().toString();
        if (ctx.desk().setDictionaryFolder(folder)) {
            spelling.restart();
        }
        dictionaryFolderChosen.accept(folder);
        statusSave.setText(ctx.text("editor.spelling.folderSet", folder));
    }

    /** Sets what opens another article in the window (the copy made by "save mine as a copy"). */
    public void setArticleOpener(Consumer<String> open) {
        this.opener = open == null ? id -> { } : open;
    }

    /** Starts watching the articles folder, off the FX thread; without a watcher the check before each save remains. */
    private void startWatching() {
        runOffFx(() -> {
            ArticleWatcher started = null;
            try {
                started = ArticleWatcher.start(ctx.workspace(), WATCH_SETTLE,
                        changes -> Platform.runLater(() -> {
                            Article a = article.get();
                            if (a != null && changes.touches(a.id())) {
                                checkDisk();
                            }
                        }));
                return started;
            } finally {
                watching.complete(started);
            }
        }, w -> {
                    if (closed) {
                        w.close();
                    } else {
                        watcher = w;
                    }
                }, e -> {
                    watching.complete(null); // a desk already closed never ran the start
                    LOG.log(System.Logger.Level.WARNING, "changes on disk will be noticed only on save: " + e.getMessage());
                });
    }

    /** Reads the open article's file again (off the FX thread) and acts if someone else changed it. */
    public void checkDisk() {
        Article a = article.get();
        if (a == null || closed) {
            return;
        }
        String id = a.id();
        Workspace ws = ctx.workspace();
        runOffFx(() -> ws.exists(id) ? ws.load(id) : null, entry -> onDisk(id, entry),
                e -> LOG.log(System.Logger.Level.WARNING, "cannot read " + id + " again: " + e.getMessage()));
    }

    /** What the file now holds ({@code entry} null: it is gone), compared with what the editor holds. */
    private void onDisk(String id, ArticleEntry entry) {
        Article base = article.get();
        if (base == null || !base.id().equals(id) || closed) {
            return;
        }
        Article theirs = entry == null || !entry.ok() ? null : entry.article();
        if (theirs != null && (theirs.sameContentAs(base) || theirs.sameContentAs(lastSubmitted))) {
            return; // this editor's own save, or a file touched without a change
        }
        if (theirs != null && !conflictPending && mergeFromDisk(theirs) != Merged.NO) {
            return;
        }
        if (entry != null && !dirty.get() && !conflictPending) {
            reload(entry, ctx.text("editor.disk.reloaded", ChangesText.summary(ctx, ArticleChanges.between(base, theirs == null ? base : theirs))));
            return;
        }
        showConflict(theirs, entry != null && !entry.ok() ? entry.error() : null);
    }

    /** What {@link #mergeFromDisk} did. */
    private enum Merged {
        /** Nothing: the editor cannot take the version on disk by a merge (read-only; a conflict no one shows). */
        NO,
        /** The version on disk and the editor's state are merged in the editor. */
        CLEAN,
        /** Merged, with both versions of some passages in the body; saved, then the conflicts are recorded and shown. */
        CONFLICTS
    }

    /**
     * The file now holds {@code theirs}, another writer's version: merges it three-way with the editor's state (base:
     * the version last loaded or saved; mine: the text, hand marks, story fields, facts and links as they are here),
     * and shows the result as one undoable step of the body (the story fields each as an edit of their field). The
     * caret stays in the paragraph it was in. The editor then stands on theirs' revision: what was unsaved stays
     * unsaved (and autosaves as usual); with nothing unsaved, the editor is saved as the file is. A real conflict
     * (the same paragraph changed on both sides) keeps both versions in the body, mine first, and is handed to the
     * conflict keeper once saved; with no keeper it is not merged at all ({@link Merged#NO}).
     */
    private Merged mergeFromDisk(Article theirs) {
        Article base = article.get();
        Article mine = edited().orElse(null);
        if (base == null || mine == null || !editable.get() || closed || !base.id().equals(theirs.id())) {
            return Merged.NO;
        }
        ArticleMerge.Result r = EditorMerge.merge(base, mine, theirs);
        if (!r.clean() && conflictKeeper == null) {
            return Merged.NO;
        }
        boolean wasDirty = dirty.get();
        Article merged = r.article();
        BodyEditor.Area area = body.area();
        List<Paragraph> before = body.paragraphs();
        TwoDimensional.Position caret = area.offsetToPosition(area.getCaretPosition(), TwoDimensional.Bias.Forward);
        boolean focused = area.isFocused();
        article.set(theirs); // what the file holds: the next save goes over it
        Marks marks = body.marks();
        boolean bodyChanged = !before.equals(merged.body()) || !marks.languages().equals(merged.languageMarks())
                || !marks.quotes().equals(merged.quoteMarks());
        if (bodyChanged) {
            body.history().preventMerge();
            // only the paragraphs that changed are replaced, so the body stays scrolled where the user was reading;
            // the caret stays in its paragraph, and the view does not jump to it if the user reads somewhere else
            body.replaceAllKeepingCaret(merged, () -> {
                int p = EditorMerge.paragraphAfter(before, merged.body(), caret.getMajor());
                return p < 0 ? 0 : area.getAbsolutePosition(p, Math.min(caret.getMinor(), area.getParagraphLength(p)));
            });
            body.history().preventMerge(); // what is typed next is a step of its own: one undo takes the merge back
            if (focused) {
                area.requestFocus();
            }
        }
        // the body is saved when it is as the file holds it; else no place of its history is
        boolean bodyAsFile = merged.body().equals(theirs.body()) && merged.languageMarks().equals(theirs.languageMarks())
                && merged.quoteMarks().equals(theirs.quoteMarks());
        if (bodyAsFile) {
            body.history().preventMerge();
            body.history().getCurrentPosition().mark();
        } else {
            body.forgetSavedPlace();
        }
        for (var f : List.of(Map.entry(headline, merged.headline()), Map.entry(standfirst, merged.standfirst()),
                Map.entry(byline, merged.byline()), Map.entry(dateline, merged.dateline()))) {
            if (!f.getKey().getText().equals(f.getValue())) {
                f.getKey().replaceText(0, f.getKey().getLength(), f.getValue());
            }
        }
        links = merged.links();
        ignoredWords = merged.ignoredWords();
        StoryFacts mergedFacts = StoryFacts.of(merged);
        if (!mergedFacts.equals(facts.get())) {
            facts.set(mergedFacts);
        }
        spellingFacts();
        updateDirty();
        updateStatus();
        String changes = ChangesText.summary(ctx, ArticleChanges.between(base, theirs));
        if (!r.clean()) {
            diskBanner.hide();
            String id = theirs.id();
            List<Conflict> conflicts = r.conflicts();
            long forOpening = openings;
            save(false).thenAccept(ok -> {
                if (ok && forOpening == openings && conflictKeeper != null) {
                    conflictKeeper.accept(id, conflicts);
                }
            });
            return Merged.CONFLICTS;
        }
        String note = wasDirty ? ctx.text("editor.disk.merged", changes) : ctx.text("editor.disk.reloaded", changes);
        diskBanner.show(ActionBanner.Kind.NOTE, note, List.of(dismiss()));
        // a merge that changed the body is one step of its history: the note follows that step through undo and redo
        mergeNoteAt = bodyChanged ? body.steps().position() : null;
        mergeNote = note;
        mergeNoteUndone = false;
        return Merged.CLEAN;
    }

    /**
     * Sets who records and shows the conflicts left when a change on disk merged with unsaved edits touched the same
     * paragraph (the window: in the file and its conflict bar). It is told the article and the conflicts once the
     * merge, both versions in the body, is saved. Without one, such a change is not merged: the changed-on-disk banner
     * offers its choices.
     */
    public void setConflictKeeper(BiConsumer<String, List<Conflict>> keeper) {
        this.conflictKeeper = keeper;
    }

    /** Opens the version on disk in place of the editor's, the caret kept at the same text; a note says so. */
    private void reload(ArticleEntry entry, String note) {
        String before = body.area().getText();
        int caret = body.area().getCaretPosition();
        boolean focused = body.area().isFocused();
        // only the paragraphs that changed are replaced, the caret kept at the same text without the view following it:
        // the body stays scrolled where the user was reading, as after a merge
        open(entry, true);
        if (entry.ok()) {
            BodyEditor.Area area = body.area();
            area.moveTo(CaretOnReload.place(before, area.getText(), caret));
            if (focused) {
                area.requestFocus();
            }
        }
        diskBanner.show(ActionBanner.Kind.NOTE, note, List.of(dismiss()));
    }

    /**
     * After each change of the body's history: the note of a merge from disk goes when undo takes the merge back, and
     * comes back with redo. A note dismissed by the user, or replaced by another message, is no longer followed.
     */
    private void mergeNoteFollowsHistory() {
        if (mergeNoteAt == null) {
            return;
        }
        boolean showing = diskBanner.isShowing() && diskBanner.text().equals(mergeNote);
        if (!showing && !mergeNoteUndone) {
            mergeNoteAt = null; // dismissed, or the banner says something else now
            return;
        }
        if (!mergeNoteAt.reached()) {
            if (showing) {
                diskBanner.hide();
                mergeNoteUndone = true;
            }
            if (!mergeNoteAt.isValid()) {
                mergeNoteAt = null; // the merge undone and given up (something else typed): it cannot come back
            }
        } else if (!showing && !diskBanner.isShowing()) {
            diskBanner.show(ActionBanner.Kind.NOTE, mergeNote, List.of(dismiss()));
            mergeNoteUndone = false;
        }
    }

    private ActionBanner.Action dismiss() {
        return new ActionBanner.Action(ctx.text("editor.disk.dismiss"), "diskDismiss", diskBanner::hide);
    }

    /**
     * Another writer changed (or removed, {@code theirs} null) the file while the edits here are unsaved: autosave
     * waits, and the banner offers keep mine / take theirs / save mine as a copy. Nothing is written until the user
     * chooses; the journal keeps recording the edits meanwhile.
     */
    private void showConflict(Article theirs, String unreadable) {
        Article base = article.get();
        if (base == null) {
            return;
        }
        conflictPending = true;
        autosave.stop();
        List<ActionBanner.Action> actions = new ArrayList<>();
        if (unreadable == null) {
            // an unreadable file is never written over (it may be a newer format): only a copy is offered
            actions.add(new ActionBanner.Action(ctx.text("editor.disk.keepMine"), "keepMine", this::keepMine));
        }
        if (theirs != null) {
            actions.add(new ActionBanner.Action(ctx.text("editor.disk.takeTheirs"), "takeTheirs", this::takeTheirs));
        }
        actions.add(new ActionBanner.Action(ctx.text("editor.disk.saveCopy"), "saveMineAsCopy", this::saveMineAsCopy));
        String text = unreadable != null ? ctx.text("editor.disk.unreadable", unreadable)
                : theirs == null ? ctx.text("editor.disk.gone")
                : ctx.text("editor.disk.conflict", ChangesText.summary(ctx, ArticleChanges.between(base, theirs)));
        diskBanner.show(ActionBanner.Kind.WARNING, text, actions);
        updateStatus();
    }

    /** Keep mine: my version is saved over the file; the other one is kept in the trash folder. */
    private void keepMine() {
        Article mine = edited().orElse(null);
        if (mine == null) {
            return;
        }
        Workspace ws = ctx.workspace();
        lastSubmitted = mine;
        busy(() -> ws.saveKeepingOther(mine), r -> {
            saved(r.saved(), null);
            diskBanner.show(ActionBanner.Kind.NOTE, r.otherKeptAt() == null ? ctx.text("editor.disk.keptMineOnly")
                    : ctx.text("editor.disk.keptMine", relative(r.otherKeptAt())), List.of(dismiss()));
        });
    }

    /** Take theirs: the version on disk is opened; mine is kept in the trash folder first. */
    private void takeTheirs() {
        Article mine = edited().orElse(null);
        if (mine == null) {
            return;
        }
        Workspace ws = ctx.workspace();
        busy(() -> {
            Path kept = ws.keepAside(mine);
            return Map.entry(kept, ws.load(mine.id()));
        }, r -> {
            journal.forget(mine.id());
            reload(r.getValue(), ctx.text("editor.disk.tookTheirs", relative(r.getKey())));
        });
    }

    /** Save mine as a copy: my version becomes a new article (opened), and this one takes the version on disk. */
    private void saveMineAsCopy() {
        Article mine = edited().orElse(null);
        if (mine == null) {
            return;
        }
        Workspace ws = ctx.workspace();
        String headline = ctx.text("editor.disk.copyHeadline", mine.headline());
        busy(() -> {
            Article copy = ws.create(mine.withHeadline(headline));
            return Map.entry(copy, Optional.ofNullable(ws.exists(mine.id()) ? ws.load(mine.id()) : null));
        }, r -> {
            journal.forget(mine.id());
            Article copy = r.getKey();
            if (r.getValue().isPresent()) {
                reload(r.getValue().get(), ctx.text("editor.disk.savedCopy", copy.headline()));
            } else {
                // the original is gone: nothing to show in its place; go to the copy
                open(new ArticleEntry(mine.id(), ws.fileOf(mine.id()), null, null, true));
            }
            opener.accept(copy.id());
        });
    }

    /** A path for the user: relative to the workspace when inside it. */
    private String relative(Path p) {
        Path root = ctx.workspace().root();
        return p.startsWith(root) ? root.relativize(p).toString() : p.toString();
    }

    /**
     * Runs a disk step of a conflict choice off the FX thread, the editor read-only meanwhile (so nothing typed then
     * is mixed up with the version being written); then {@code done} on the FX thread, or the error in the banner.
     */
    private <T> void busy(Callable<T> work, Consumer<T> done) {
        boolean wasEditable = editable.get();
        editable.set(false);
        diskBanner.hide();
        runOffFx(work, r -> {
            editable.set(wasEditable);
            done.accept(r);
        }, e -> {
            editable.set(wasEditable);
            LOG.log(System.Logger.Level.WARNING, "resolving a change on disk failed", e);
            diskBanner.show(ActionBanner.Kind.WARNING, ctx.text("editor.disk.failed", Desk.message(ctx, e)), List.of(dismiss()));
            if (conflictPending) {
                checkDisk();
            }
        });
    }

    /** Disk work through the desk (in order with the saves); the result (or the failure) comes back on the FX thread. */
    private <T> void runOffFx(Callable<T> work, Consumer<T> done,
            Consumer<Exception> failed) {
        ctx.desk().run(ws -> work.call()).whenComplete((r, e) -> {
            if (e == null) {
                done.accept(r);
            } else {
                Throwable cause = Desk.cause(e);
                failed.accept(cause instanceof Exception x ? x : new RuntimeException(cause));
            }
        });
    }

    /** The banner about changes on disk (tests). */
    ActionBanner diskBanner() {
        return diskBanner;
    }

    private void edited(boolean field) {
        if (article.get() == null) {
            return;
        }
        if (field) {
            spellingFacts();
        }
        updateDirty();
        if (dirty.get() && editable.get()) {
            if (!conflictPending) {
                autosave.playFromStart();
            }
            if (journalTimer.getStatus() != Animation.Status.RUNNING) {
                journalTimer.playFromStart(); // a few seconds behind the typing, even while it goes on
            }
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
                || !links.equals(a.links()) || !ignoredWords.equals(a.ignoredWords())
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

    /** What the spelling check knows of the article: its language, headline and byline as edited, its ignore list. */
    private void spellingFacts() {
        Article a = article.get();
        spelling.articleChanged(a == null ? null : a.withLanguage(facts.get() == null ? a.language() : facts.get().language())
                .withHeadline(headline.getText()).withStandfirst(standfirst.getText())
                .withByline(byline.getText()).withDateline(dateline.getText()).withIgnoredWords(ignoredWords));
    }

    /** Adds a word to the article's ignore list ("Ignore in this article"): not flagged in it again, saved with it. */
    void ignoreWord(String word) {
        if (article.get() == null || !editable.get()) {
            return;
        }
        List<String> more = new ArrayList<>(ignoredWords);
        more.add(word);
        ignoredWords = article.get().withIgnoredWords(more).ignoredWords();
        edited(true);
        body.requestAnalysis();
    }

    List<String> ignoredWords() {
        return ignoredWords;
    }

    EditorSpelling spelling() {
        return spelling;
    }

    private void analysed() {
        String text = body.area().getText();
        BodyMarks m = body.shown();
        panel.show(text, LanguageMix.of(text, m.effectiveSegments(text.length())), body.primaryLanguage(), m.issues(),
                m::languageAt, spelling.languagesWithoutDictionary());
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
        statusMix.setText(LanguageMix.of(text, m.effectiveSegments(text.length())).shares().stream()
                .map(s -> ctx.text("editor.status.share", s.language(), s.percentText()))
                .collect(java.util.stream.Collectors.joining(" · ")));
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
        if (issue != null && issue.type() == IssueType.SPELLING) {
            String text = body.area().getText();
            lines.add(ctx.text("editor.tip.spelling", languageName(m.languageAt(issue.start())),
                    text.substring(Math.min(issue.start(), text.length()), Math.min(issue.end(), text.length()))));
        } else if (issue != null) {
            lines.add(issue.replacement() == null ? ctx.text("editor.tip.issue", IssueText.of(ctx, issue))
                    : ctx.text("editor.tip.issueFix", IssueText.of(ctx, issue), issue.replacement()));
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

    private static Menu languageMenu(UiContext ctx, boolean withAccelerators, Consumer<String> mark) {
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
            mi.setOnAction(e -> mark.accept(s.tag()));
            language.getItems().add(mi);
        }
        return language;
    }

    private ContextMenu contextMenu() {
        ContextMenu menu = new ContextMenu();
        menu.setId("bodyContextMenu");
        menu.setOnShowing(e -> {
            menu.getItems().clear();
            menu.getItems().addAll(spelling.menuItems(body.area().getCaretPosition(), editable.get(), menu));
            CopyIssue issue = body.fixableIssueAtCaret();
            if (issue != null && editable.get()) {
                MenuItem fix = new MenuItem(ctx.text("editor.context.fix", issue.replacement(), IssueText.of(ctx, issue)));
                fix.setId("contextFix");
                fix.setOnAction(x -> body.fix(issue));
                menu.getItems().addAll(fix, new SeparatorMenuItem());
            }
            Menu language = languageMenu(ctx, false, body::markLanguage);
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
        return focusedField(root);
    }

    /** The text field (or area) with the focus in {@code node}'s scene, else null. */
    private static TextInputControl focusedField(Node node) {
        Scene scene = node.getScene();
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
