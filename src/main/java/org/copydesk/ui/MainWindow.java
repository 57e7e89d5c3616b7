package org.copydesk.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.copydesk.model.Article;
import org.copydesk.storage.ArticleEntry;
import org.copydesk.storage.ArticleSummary;
import org.copydesk.storage.Settings;
import org.copydesk.storage.Workspace;
import org.copydesk.ui.articles.ArticleListView;
import org.copydesk.ui.articles.ArticleRow;
import org.copydesk.ui.common.Desk;
import org.copydesk.ui.common.Look;
import org.copydesk.ui.common.UiContext;
import org.copydesk.ui.common.IndexingStatus;
import org.copydesk.ui.common.Tips;
import org.copydesk.ui.common.WorkspaceIndex;
import org.copydesk.ui.editor.ArticleEditor;
import org.copydesk.ui.export.ExportDialog;
import org.copydesk.ui.export.FindingLocator;
import org.copydesk.ui.history.DeskFeature;
import org.copydesk.ui.importing.ImportFeature;
import org.copydesk.ui.inspector.MarksLegend;
import org.copydesk.ui.inspector.NewArticleDialog;
import org.copydesk.ui.inspector.StoryInspector;
import org.copydesk.ui.recovery.RecoveryOffer;
import org.copydesk.ui.related.RelatedSidebar;

/** The main window: article list | editor | related stories, with the menu bar and the status bar. */
public final class MainWindow {
    private static final System.Logger LOG = System.getLogger(MainWindow.class.getName());
    /** Windows built and not yet closed. */
    private static final Set<MainWindow> OPEN = ConcurrentHashMap.newKeySet();

    private final UiContext ctx;
    private final Stage stage;
    private final BorderPane root = new BorderPane();
    private final ArticleListView list;
    /**
     * The story, the side panel's contents and the desk's history: built with the window, or (the app's start) once
     * its first picture is on screen, by {@link #showRest()}; null until then.
     */
    private ArticleEditor editor;
    private RelatedSidebar sidebar;
    private StoryInspector inspector;
    private DeskFeature desk;
    /** The editor once built (null before): the menus and the title follow it. */
    private final ReadOnlyObjectWrapper<ArticleEditor> editorBuilt = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<DeskFeature> deskBuilt = new ReadOnlyObjectWrapper<>();
    private final Settings settings;
    private final Path settingsFile;
    /** The status bar: the message, the index's progress, and the editor's figures once it is built. */
    private final HBox status;
    private final WorkspaceIndex index;
    private final Label message = new Label();
    private final ImportFeature importing;
    private final List<Runnable> listLoaded = new ArrayList<>();
    private final List<Runnable> listSettled = new ArrayList<>();
    /** Whether the list was loaded / loaded or found unreadable (what waits for it then runs at once). */
    private boolean listWasLoaded;
    private boolean listWasSettled;
    private final TabPane panels = new TabPane();
    private final SplitPane split;
    /** The split's middle item: the story, or what stands in for it until {@link #showRest()}. */
    private final StackPane storySlot = new StackPane();
    private String openId;
    /** The article last asked for in the list (opening it may still be on its way). */
    private String wanted;
    /** What to do once the article {@link #afterOpenId} is open (the caret on a finding, or where it was last time). */
    private Runnable afterOpen;
    /** How many articles are being read (the last one asked for opens). */
    private int reading;
    private String afterOpenId;
    private boolean switching;

    private final WindowChrome chrome;
    /** What stands in the story's slot until the editor is built (null once it is). */
    private StoryPlaceholder placeholder;
    /** What waits for {@link #showRest()}: selecting the article to open on start. */
    private Runnable afterRest;
    /** Completes once the window is closed and nothing of it writes any more (null: still open). */
    private CompletableFuture<Void> closed;

    public MainWindow(UiContext ctx, Stage stage) {
        this(ctx, stage, Settings.defaults(), null, false);
    }

    /**
     * @param settings     the user's settings (applied now, updated on close)
     * @param settingsFile where they are saved on close; null: not saved (tests)
     * @param desktopDark  whether the desktop prefers a dark look (read off the FX thread before)
     */
    public MainWindow(UiContext ctx, Stage stage, Settings settings, Path settingsFile, boolean desktopDark) {
        this(ctx, stage, settings, settingsFile, desktopDark, false);
    }

    /**
     * @param listFirst true: the first picture is the list, the menus and the status bar; the story and the side
     *                  panel join it with {@link #showRest()}, and the search index opens then (the app's start)
     */
    MainWindow(UiContext ctx, Stage stage, Settings settings, Path settingsFile, boolean desktopDark, boolean listFirst) {
        this.ctx = ctx;
        this.stage = stage;
        this.settings = settings;
        this.settingsFile = settingsFile;
        OPEN.add(this);
        this.index = new WorkspaceIndex(ctx, !listFirst);
        this.list = new ArticleListView(ctx);
        list.enableSearch(index);
        ctx.desk().setDictionaryFolder(settings.dictionaryFolder());
        this.importing = new ImportFeature(ctx, stage, this::openArticle, message::setText);
        importing.acceptDrops(list.view());
        root.getStyleClass().add("copydesk");
        root.setId("mainWindow");
        // first among the window's stylesheets: the zoom's (WindowChrome, Look.applyZoom) comes after it and wins over
        // its base font size (added after the zoom, it took a zoom set before back to 100 % at every start)
        root.getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource("copydesk.css")).toExternalForm());

        panels.setId("sidePanels");
        panels.getStyleClass().add("side-panels");
        panels.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // the tabs are there from the first picture; their contents come with the editor (showRest)
        panels.getTabs().addAll(tab("story", "inspector.tab.story"), tab("languages", "inspector.tab.languages"),
                tab("related", "inspector.tab.related"), tab("history", "inspector.tab.history"));
        panels.getTabs().forEach(t -> t.setText(ctx.text((String) t.getUserData())));
        panels.setMinWidth(0);
        // the story's slot in the split stays the same node from the start: what it shows is swapped inside it (a
        // SplitPane item replaced one frame after the first picture was drawn by JavaFX where it stood before its first
        // layout, over the list, and its body stayed blank)
        storySlot.setId("storySlot");
        placeholder = new StoryPlaceholder(ctx);
        storySlot.getChildren().add(placeholder.view());
        this.split = new SplitPane(list.view(), storySlot, panels);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.25, 0.79);
        SplitPane.setResizableWithParent(list.view(), false);
        SplitPane.setResizableWithParent(panels, false);
        this.chrome = new WindowChrome(ctx, stage, root, split, list.view(), panels, settings, settingsFile, desktopDark,
                () -> {
                    if (editor != null) {
                        editor.refreshColumn();
                    }
                });
        MenuBar bar = menuBar();
        Menu viewMenu = chrome.viewMenu();
        viewMenu.getItems().add(viewMenu.getItems().indexOf(WindowChrome.find(viewMenu, "menu.view.side").orElseThrow()) + 1,
                filtersItem());
        bar.getMenus().add(bar.getMenus().size(), viewMenu);
        bar.getMenus().add(chrome.helpMenu());
        root.setTop(new VBox(bar, chrome.toolbar(bar)));
        root.setCenter(chrome.area());
        chrome.restorePanels();
        for (Tab t : panels.getTabs()) {
            if (t.getId().equals(settings.sideTab() + "Tab")) {
                panels.getSelectionModel().select(t);
            }
        }

        message.getStyleClass().add("status-message");
        message.setId("statusMessage");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // the message wraps rather than being cut; the figures on the right keep their width
        message.setWrapText(true);
        // where the workspace is (the status bar says how many articles it holds; About shows the folder too)
        Tips.set(message, ctx.workspace().root().toString());
        message.setMinWidth(0);
        message.setMinHeight(Region.USE_PREF_SIZE);
        status = new HBox(12, message, new IndexingStatus(ctx, index).view(), spacer);
        status.getStyleClass().add("status-bar");
        root.setBottom(status);

        list.selectedProperty().addListener((o, before, row) -> onSelect(before, row));
        ctx.workspace().addListener(new Workspace.Listener() {
            @Override
            public void saved(Article article) {
                // later, never inside the selection change that may have caused the save
                ArticleSummary summary = ArticleSummary.of(article);
                Platform.runLater(() -> list.upsert(summary));
            }

            @Override
            public void deleted(String id) {
                Platform.runLater(() -> list.remove(id));
            }
        });
        // each observable is read in the computation: one left invalid would stop telling of its changes
        ObservableValue<Boolean> dirtyNow = editorBuilt.flatMap(ArticleEditor::dirtyProperty);
        ObservableValue<Article> articleNow = editorBuilt.flatMap(ArticleEditor::articleProperty);
        stage.titleProperty().bind(Bindings.createStringBinding(
                () -> title(articleNow.getValue(), Boolean.TRUE.equals(dirtyNow.getValue())), dirtyNow, articleNow));
        stage.setOnCloseRequest(e -> {
            // the window closes once the unsaved edits are written (or discarded): that answer comes later
            e.consume();
            requestClose();
        });
        if (!listFirst) {
            buildRest();
        }
    }

    /**
     * Builds the story, the side panel's contents and the desk's history with their wiring, and puts them in the
     * window in place of the placeholders.
     */
    private void buildRest() {
        editor = new ArticleEditor(ctx);
        editor.setArticleOpener(this::openArticle);
        editor.setDictionaryFolderListener(folder -> {
            settings.setDictionaryFolder(folder);
            saveSettings(settings, settingsFile);
        });
        sidebar = new RelatedSidebar(ctx, index, editor, this::openArticle);
        desk = new DeskFeature(ctx, stage, editor, settings, settingsFile, message::setText, report -> afterSync());
        inspector = new StoryInspector(ctx, editor, settings.headlineLimit(), settings.standfirstLimit());
        inspector.setMessages(message::setText);
        desk.useHistories(inspector.history(), sidebar.linkEditing());
        List<Node> contents = List.of(inspector.view(), languagesTab(), sidebar.view(), desk.history().view());
        for (int k = 0; k < contents.size(); k++) {
            panels.getTabs().get(k).setContent(contents.get(k));
        }
        placeholder.stop();
        placeholder = null;
        storySlot.getChildren().setAll(editor.view());
        if (editor.statusView() instanceof Region figures) {
            figures.setMinWidth(Region.USE_PREF_SIZE);
        }
        status.getChildren().add(editor.statusView());
        deskBuilt.set(desk);
        editorBuilt.set(editor);
    }

    /**
     * Builds the story, the side panels' contents and the desk's history and puts them in the window (once its first
     * picture is on screen), then opens the article to show on start (or the one picked in the list meanwhile); does
     * nothing the second time, nor once the window is closed.
     */
    public void showRest() {
        if (editor != null || closed != null) {
            return;
        }
        buildRest();
        Runnable then = afterRest;
        afterRest = null;
        if (then != null) {
            then.run();
        }
    }

    /** The languages tab: the language mix and copy issues of the body, and what the marks mean. */
    private Node languagesTab() {
        VBox box = new VBox(editor.sidePanelView(), MarksLegend.view(ctx));
        VBox.setVgrow(box.getChildren().get(0), Priority.ALWAYS);
        // the lists take the height the tab has; when it is shorter than the lists' least heights and the legend, the
        // tab scrolls (at 700 px the legend left the passages and the issues a line each)
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        return scroll;
    }

    /** View ▸ Article filters: shows or folds the list's status, language, tag and date filters. */
    private MenuItem filtersItem() {
        CheckMenuItem filters = new CheckMenuItem(ctx.text("menu.view.filters"));
        filters.setId("menu.view.filters");
        filters.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+F"));
        filters.selectedProperty().bindBidirectional(list.filtersShownProperty());
        return filters;
    }

    /**
     * Writes the settings now, on a thread of their own (not on the FX thread), and returns that thread; null file: not
     * saved (tests), and null is returned.
     */
    private static Thread saveSettings(Settings s, Path file) {
        if (file == null) {
            return null;
        }
        Thread writer = new Thread(() -> {
            try {
                s.save(file);
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "cannot save the settings to " + file, e);
            }
        }, "copydesk-settings");
        writer.setDaemon(false); // the JVM waits for it before exiting
        writer.start();
        return writer;
    }

    /**
     * Keeps the window's state in the settings and writes them (on a thread of their own: not on the FX thread); returns
     * that thread, or null when there is no settings file.
     */
    private Thread closing() {
        Tab tab = panels.getSelectionModel().getSelectedItem();
        if (tab != null) {
            chrome.settings().setSideTab(tab.getId().replace("Tab", ""));
        }
        chrome.capture(openId, openId == null || editor == null ? 0 : editor.bodyCaret());
        return saveSettings(chrome.settings(), chrome.settingsFile());
    }

    /** Offers to restore the unsaved edits a crash left in the recovery journal (call once the window is shown). */
    public void offerRecovery() {
        whenEditor(e -> new RecoveryOffer(ctx, stage, e, this::openArticle).showIfPending());
    }

    /** Window bounds from the settings (call before showing). */
    public void restoreBounds() {
        chrome.restoreBounds();
    }

    /** Help ▸ Keyboard shortcuts (tests). */
    void showShortcuts() {
        chrome.showShortcuts();
    }

    /** Headline and standfirst lengths the inspector measures against (web headline: 70 characters). */
    static final int HEADLINE_LIMIT = 70;
    static final int STANDFIRST_LIMIT = 250;

    private static Tab tab(String id, String key) {
        Tab t = new Tab();
        t.setId(id + "Tab");
        t.setUserData(key);
        return t;
    }

    /** Brings a side panel to the front: "story", "languages" or "related". */
    public void showPanel(String id) {
        for (Tab t : panels.getTabs()) {
            if (t.getId().equals(id + "Tab")) {
                chrome.reveal(t);
            }
        }
    }

    /** List | story | side panel. */
    SplitPane split() {
        return split;
    }

    /** The side panel's tabs (in the split, in the drawer, or out of the window when hidden). */
    TabPane sidePanels() {
        return panels;
    }

    public StoryInspector inspector() {
        return inspector;
    }

    public Parent view() {
        return root;
    }

    public ArticleListView list() {
        return list;
    }

    public ImportFeature importing() {
        return importing;
    }

    /** The editor (null until {@link #showRest()} built it, when the window started list first). */
    public ArticleEditor editor() {
        return editor;
    }

    /** The editor once built: null before (the window started list first and {@link #showRest()} has not run). */
    public ReadOnlyObjectProperty<ArticleEditor> editorBuiltProperty() {
        return editorBuilt.getReadOnlyProperty();
    }

    public RelatedSidebar sidebar() {
        return sidebar;
    }

    /** Loads the article list off the FX thread, then selects the first article. */
    public void loadWorkspace() {
        loadWorkspace(ctx.desk().run(Workspace::summaries));
    }

    /**
     * Shows the article list from a listing read off the FX thread (the desk's, or the one the app's start read while
     * JavaFX started its toolkit), then selects the article to show. A listing already read is shown at once: called
     * before the window is shown, the list is in its first picture.
     */
    public void loadWorkspace(CompletableFuture<List<ArticleSummary>> listing) {
        message.setText(ctx.text("status.loading", ctx.workspace().root()));
        if (listing.isDone() && !listing.isCompletedExceptionally()) {
            listed(listing.join(), null);
            return;
        }
        listing.whenComplete((entries, failure) -> {
            if (Platform.isFxApplicationThread()) {
                listed(entries, failure);
            } else {
                Platform.runLater(() -> listed(entries, failure));
            }
        });
    }

    private void listed(List<ArticleSummary> entries, Throwable failure) {
        if (failure != null) {
            LOG.log(System.Logger.Level.ERROR, "cannot list workspace", failure);
            error(ctx.text("error.listFailed.header"), ctx.text("error.listFailed", ctx.workspace().root(), Desk.message(failure)));
            settled();
            return;
        }
        list.setEntries(entries);
        long bad = entries.stream().filter(x -> !x.ok()).count();
        String loaded = bad == 0 ? ctx.text("status.loaded", entries.size(), ctx.workspace().root())
                : ctx.text("status.loadedWithErrors", entries.size(), ctx.workspace().root(), bad);
        message.setText(loaded);
        sayWhileModelsLoad(loaded);
        listWasLoaded = true;
        List<Runnable> loadedActions = List.copyOf(listLoaded);
        listLoaded.clear();
        loadedActions.forEach(Runnable::run);
        settled();
        if (editor == null) {
            // the story is not built yet: the article opens (and its analysis starts) once it is; a row picked in
            // the list meanwhile opens instead
            afterRest = () -> {
                ArticleRow picked = list.selectedProperty().get();
                if (picked != null) {
                    onSelect(null, picked);
                } else {
                    selectOnStart();
                }
            };
        } else {
            selectOnStart();
        }
    }

    private void settled() {
        listWasSettled = true;
        List<Runnable> waiting = List.copyOf(listSettled);
        listSettled.clear();
        waiting.forEach(Runnable::run);
    }

    /**
     * Runs once on the FX thread after the article list has been loaded (and shown) or could not be read; at once when
     * that has happened already.
     */
    public void whenListSettled(Runnable action) {
        if (listWasSettled) {
            action.run();
        } else {
            listSettled.add(action);
        }
    }

    /** Selects the article open when the app last closed (the caret where it was), else the first one. */
    private void selectOnStart() {
        String last = chrome.settings().lastArticle();
        if (openId == null && !last.isEmpty() && list.select(last)) {
            // on start the last open article reopens with the caret where it was
            int caret = chrome.settings().lastCaret();
            whenOpened(last, () -> Platform.runLater(() -> editor.placeCaret(caret)));
        } else if (openId == null && !list.table().getItems().isEmpty()) {
            list.table().getSelectionModel().selectFirst();
        }
    }

    /** Runs once on the FX thread after the article list has been loaded; at once when it has been already. */
    public void whenListLoaded(Runnable action) {
        if (listWasLoaded) {
            action.run();
        } else {
            listLoaded.add(action);
        }
    }

    public WorkspaceIndex index() {
        return index;
    }

    /** The language models load behind the window: the status bar says so until they are ready. */
    private void sayWhileModelsLoad(String loaded) {
        var models = ctx.analyzer().modelsLoaded();
        if (models.isDone() && !models.isCompletedExceptionally()) {
            return;
        }
        String loading = ctx.text("status.loadingModels", loaded);
        message.setText(loading);
        models.whenComplete((v, e) -> Platform.runLater(() -> {
            if (e != null) {
                Throwable cause = e instanceof CompletionException && e.getCause() != null
                        ? e.getCause() : e;
                message.setText(ctx.text("status.modelsFailed", cause.getMessage()));
            } else if (message.getText().equals(loading)) {
                message.setText(loaded);
            }
        }));
    }

    private String title(Article a, boolean dirty) {
        if (a == null) {
            return ctx.text("app.title");
        }
        String headline = a.headline().isBlank() ? a.id() : a.headline();
        return ctx.text("app.title.article", dirty ? ctx.text("app.title.unsaved") : "", headline);
    }

    private MenuBar menuBar() {
        Menu file = new Menu(ctx.text("menu.file"));
        MenuItem newArticle = item("menu.file.new", "Shortcut+N", this::newArticle);
        MenuItem save = item("menu.file.save", "Shortcut+S", this::save);
        save.disableProperty().bind(editorBuilt.flatMap(ArticleEditor::dirtyProperty).map(dirty -> !dirty).orElse(true));
        MenuItem delete = item("menu.file.delete", null, this::deleteSelected);
        delete.disableProperty().bind(list.selectedProperty().isNull());
        MenuItem export = item("menu.file.export", "Shortcut+E", this::export);
        export.disableProperty().bind(editorBuilt.isNull());
        MenuItem reload = item("menu.file.reload", "F5", this::reload);
        MenuItem quit = item("menu.file.quit", "Shortcut+Q", this::requestClose);
        MenuItem history = item("menu.file.history", "Shortcut+Shift+H", () -> showPanel("history"));
        file.getItems().addAll(newArticle, importing.menuItem(), save, new SeparatorMenuItem(), export,
                new SeparatorMenuItem(), DeskFeature.syncMenuItem(ctx, deskBuilt), DeskFeature.settingsMenuItem(ctx, deskBuilt), history,
                new SeparatorMenuItem(), delete, new SeparatorMenuItem(), reload,
                new SeparatorMenuItem(), quit);
        MenuBar bar = new MenuBar(file);
        bar.getMenus().addAll(ArticleEditor.menus(ctx, editorBuilt, root));
        bar.setId("menuBar");
        return bar;
    }

    private MenuItem item(String key, String accelerator, Runnable action) {
        return ctx.menuItem(key, accelerator, action);
    }

    /**
     * A row was selected: what is unsaved is written first (on the desk thread), then the article is read there and
     * opened. The editor takes no edits between the two (they would be lost); when the user has selected another row
     * meanwhile, only the last one opens. A save that fails puts the selection back on the open article.
     */
    private void onSelect(ArticleRow before, ArticleRow row) {
        if (switching || row == null || editor == null) {
            // before the editor is built, the row picked is opened once it is (showRest)
            return;
        }
        String id = row.id();
        wanted = id;
        if (id.equals(openId)) {
            editor.hold(false);
            return;
        }
        editor.saveAll().thenAccept(ok -> {
            if (!id.equals(wanted)) {
                return;
            }
            if (!ok) {
                wanted = openId;
                reselect(openId != null ? openId : before == null ? null : before.id());
                return;
            }
            // read the file again: it may have changed on disk since the list was loaded
            readAndOpen(id);
        });
    }

    /**
     * Reads the article {@code id} on the desk thread and opens it, unless another was asked for meanwhile; the editor
     * takes no edits until then (call with nothing unsaved).
     */
    private void readAndOpen(String id) {
        editor.hold(true);
        reading++;
        ctx.desk().run(ws -> ws.load(id)).whenComplete((fresh, failure) -> {
            reading--;
            if (!id.equals(wanted)) {
                if (wanted != null && wanted.equals(openId)) {
                    editor.hold(false);
                }
                return;
            }
            if (failure != null) {
                editor.hold(false);
                message.setText(ctx.text("status.missing", id));
                if (id.equals(openId)) {
                    openId = null;
                }
                list.remove(id);
                return;
            }
            if (!id.equals(openId)) {
                desk.left(openId);
                openId = id;
                desk.showing(openId);
            }
            editor.open(fresh);
            if (!fresh.ok()) {
                message.setText(ctx.text("status.unreadable", fresh.file().getFileName(), fresh.error()));
            }
            if (afterOpen != null && id.equals(afterOpenId) && reading == 0) {
                Runnable then = afterOpen;
                afterOpen = null;
                then.run();
            }
        });
    }

    private void reselect(String id) {
        if (id == null) {
            return;
        }
        switching = true;
        try {
            list.select(id);
        } finally {
            switching = false;
        }
    }

    /** Runs {@code then} once the article {@code id} is open in the editor (now, if it is open and nothing is on its way). */
    private void whenOpened(String id, Runnable then) {
        if (id.equals(openId) && id.equals(wanted) && reading == 0) {
            afterOpen = null;
            then.run();
        } else {
            afterOpenId = id;
            afterOpen = then;
        }
    }

    /** After a sync changed files: the list is read again, and the open article merges with what the sync wrote. */
    private void afterSync() {
        loadWorkspace();
        if (openId != null) {
            // the open article is read again (on the desk) and what the sync changed merges with the editor's state,
            // unsaved edits and undo history kept (the article watcher may have done it already: then nothing changes)
            editor.checkDisk();
        }
    }

    /** The desk's history and sync (tests). */
    public DeskFeature desk() {
        return desk;
    }

    /** Opens an article by id (from a related link). */
    public void openArticle(String id) {
        if (!list.select(id)) {
            list.filterField().clear();
            list.select(id);
        }
    }

    private void save() {
        if (editor == null) {
            return; // nothing to save yet (the menu item is disabled until the editor is built)
        }
        editor.save().thenAccept(ok -> {
            if (ok && editor.articleProperty().get() != null) {
                message.setText(ctx.text("status.saved", editor.articleProperty().get().headline()));
            }
        });
    }

    private void newArticle() {
        saveFirst().thenAccept(ok -> {
            if (ok) {
                askNewArticle();
            }
        });
    }

    private void askNewArticle() {
        Article open = editor == null ? null : editor.articleProperty().get();
        Optional<NewArticleDialog.Answer> answer = NewArticleDialog.ask(ctx, stage,
                open != null ? open.language() : NewArticleDialog.defaultLanguage(Locale.getDefault()));
        if (answer.isEmpty()) {
            return;
        }
        Article draft = Article.draft("new", answer.get().headline(), answer.get().language(), ctx.workspace().now());
        ctx.desk().run(ws -> ws.create(draft)).whenComplete((created, failure) -> {
            if (failure != null) {
                error(ctx.text("error.createFailed.header"), Desk.message(failure));
                return;
            }
            list.upsert(ArticleSummary.of(created));
            list.filterField().clear();
            list.select(created.id());
            message.setText(ctx.text("status.created", created.headline()));
            // the headline was just asked for: the caret goes to the body, never to the search box (once it is built)
            whenEditor(e -> Platform.runLater(e::focusBody));
        });
    }

    private void deleteSelected() {
        ArticleRow row = list.selectedProperty().get();
        if (row == null) {
            return;
        }
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, ctx.text("delete.body", row.headline()),
                new ButtonType(ctx.text("delete.confirm"), ButtonBar.ButtonData.OK_DONE), ButtonType.CANCEL);
        confirm.initOwner(stage);
        Look.placeByShownWidth(confirm);
        confirm.setHeaderText(ctx.text("delete.header"));
        if (confirm.showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).isEmpty()) {
            return;
        }
        ctx.desk().run(ws -> ws.delete(row.id())).whenComplete((trashed, failure) -> {
            if (failure != null) {
                error(ctx.text("error.deleteFailed.header"), Desk.message(failure));
                return;
            }
            if (row.id().equals(openId)) {
                openId = null;
                editor.open(new ArticleEntry(row.id(), trashed, null, null, true));
            }
            list.remove(row.id());
            message.setText(ctx.text("status.deleted", row.headline(), trashed));
        });
    }

    /** File ▸ Export…: the selected article ticked; "Go to" on a finding opens the article at the problem. */
    private void export() {
        if (editor == null) {
            return; // the menu item is disabled until the editor is built
        }
        editor.save().thenAccept(ok -> {
            if (ok) {
                showExport();
            }
        });
    }

    private void showExport() {
        ArticleRow row = list.selectedProperty().get();
        ExportDialog dialog = ExportDialog.show(ctx, stage, row == null ? List.of() : List.of(row.id()), (id, finding) -> {
            openArticle(id);
            whenOpened(id, () -> FindingLocator.reveal(root, ctx, finding));
        });
        // the open article's quotation marks are fixed in the editor: one step its Ctrl+Z takes back, then saved
        dialog.fixOpenArticlesIn(editor::replaceInBody);
        // export changes the status and export records on disk: reload the open article so a later save keeps them
        // (only when it was exported: a reload starts its undo history afresh)
        dialog.stage().setOnHidden(e -> {
            if (openId != null && openId.equals(wanted) && !editor.dirtyProperty().get()
                    && dialog.session().item(openId).map(i -> i.exported() != null).orElse(false)) {
                readAndOpen(openId);
            }
        });
    }

    private void reload() {
        saveFirst().thenAccept(ok -> {
            if (ok) {
                reloadNow();
            }
        });
    }

    private void reloadNow() {
        loadWorkspace();
        // files changed outside Copydesk: bring the search index in line too, then search again
        index.resync(report -> {
            if (report.changed()) {
                list.refreshSearch();
            }
        });
    }

    /**
     * Closes the window when nothing is unsaved, or once the user chose to discard, or to save and the save reached the
     * disk; a cancel or a failed save keeps it open.
     */
    void requestClose() {
        confirmClose().thenAccept(ok -> {
            if (ok) {
                close();
            }
        });
    }

    /**
     * Closes the window now (what is unsaved waits in the recovery journal, as after a crash): the settings, the
     * journal, the lease, the history's last commits and the index are finished off the FX thread. The answer
     * completes (on a thread of its own) once all of them are done and the articles folder is no longer watched:
     * nothing of this window writes in the workspace after that. A second call answers the same.
     */
    CompletableFuture<Void> close() {
        if (closed != null) {
            return closed;
        }
        closed = new CompletableFuture<>();
        OPEN.remove(this);
        index.stopBuilding(); // a long index build keeps what it read and stops: the next opening reads the rest
        Thread settingsWriter = closing();
        if (editor != null) {
            editor.close();
        }
        CompletableFuture<Void> history = desk == null ? CompletableFuture.completedFuture(null) : desk.closing();
        CompletableFuture<Void> lastJobs = ctx.desk().drained();
        CompletableFuture<Void> editorDone = editor == null ? CompletableFuture.completedFuture(null) : editor.closed();
        CompletableFuture<Void> answer = closed;
        Thread waiter = new Thread(() -> {
            try {
                try {
                    CompletableFuture.allOf(history, lastJobs, editorDone).get(60, TimeUnit.SECONDS);
                } finally {
                    // after the desk's last jobs: a save indexes its article on the desk thread
                    index.close();
                }
                if (settingsWriter != null) {
                    settingsWriter.join(TimeUnit.SECONDS.toMillis(60));
                }
                if (!index.awaitClosed(Duration.ofSeconds(60)) || settingsWriter != null && settingsWriter.isAlive()) {
                    throw new TimeoutException("the search index or the settings were still being written after 60 s");
                }
                answer.complete(null);
            } catch (Exception e) {
                LOG.log(System.Logger.Level.WARNING, "the window did not finish closing", e);
                answer.completeExceptionally(e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e);
            }
        }, "copydesk-window-closing");
        waiter.setDaemon(false); // on quit, the JVM ends once the window's writers are done
        waiter.start();
        stage.close();
        return answer;
    }

    /** The answer of {@link #close()} (null while the window is open). */
    CompletableFuture<Void> closed() {
        return closed;
    }

    /** The windows built and not yet closed, in no order (the tests close those they leave open). */
    static List<MainWindow> openWindows() {
        return List.copyOf(OPEN);
    }

    /** The context the window was built with. */
    UiContext context() {
        return ctx;
    }

    /** Answers (on the FX thread) whether the window may close: nothing unsaved, or the user saved or discarded. */
    CompletableFuture<Boolean> confirmClose() {
        if (editor == null || !editor.dirtyProperty().get()) {
            return CompletableFuture.completedFuture(true);
        }
        ButtonType save = new ButtonType(ctx.text("close.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(ctx.text("close.discard"), ButtonBar.ButtonData.NO);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, ctx.text("close.body"), save, discard, ButtonType.CANCEL);
        ask.initOwner(stage);
        ask.setHeaderText(ctx.text("close.header", editor.articleProperty().get().headline()));
        ButtonType answer = ask.showAndWait().orElse(ButtonType.CANCEL);
        if (answer == save) {
            return editor.saveAll();
        }
        if (answer == discard) {
            editor.discardEdits(); // thrown away on purpose: nothing to offer at the next start
        }
        return CompletableFuture.completedFuture(answer == discard);
    }

    /** Saves what is unsaved first (nothing is, before the editor is built). */
    private CompletableFuture<Boolean> saveFirst() {
        return editor == null ? CompletableFuture.completedFuture(true) : editor.save();
    }

    /** Runs {@code action} with the editor: now when it is built, else once it is. */
    private void whenEditor(Consumer<ArticleEditor> action) {
        if (editor != null) {
            action.accept(editor);
            return;
        }
        editorBuilt.addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends ArticleEditor> o, ArticleEditor was, ArticleEditor now) {
                if (now != null) {
                    editorBuilt.removeListener(this);
                    action.accept(now);
                }
            }
        });
    }

    private void error(String header, String text) {
        Alert a = new Alert(Alert.AlertType.ERROR, text);
        Look.placeByShownWidth(a);
        a.initOwner(stage);
        a.setHeaderText(header);
        a.show();
    }
}
