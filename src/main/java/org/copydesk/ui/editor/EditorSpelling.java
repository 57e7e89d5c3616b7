package org.copydesk.ui.editor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.copydesk.analysis.Analysis;
import org.copydesk.analysis.CopyIssue;
import org.copydesk.analysis.TextReplacement;
import org.copydesk.model.Article;
import org.copydesk.spelling.DeskSpelling;
import org.copydesk.spelling.Misspelling;
import org.copydesk.spelling.Spelling;
import org.copydesk.spelling.SpellingContext;
import org.copydesk.ui.common.UiContext;

/**
 * Spelling in the editor: checks each analysis of the body in the language of every word (off the FX thread, through
 * the body's {@link BodyEditor.Proofreader}), and offers on a flagged word its suggestions, the two dictionaries and
 * the article's ignore list. The dictionaries are found and loaded in the background; until then nothing is flagged.
 */
final class EditorSpelling {
    /** Suggestions are looked for within this time (Hunspell's suggest can be slow on long or odd words). */
    static final long SUGGEST_BUDGET_MILLIS = 400;
    static final int MAX_SUGGESTIONS = 6;
    private static final System.Logger LOG = System.getLogger(EditorSpelling.class.getName());

    private final UiContext ctx;
    private final BodyEditor body;
    private final Consumer<String> ignore;
    private final Consumer<String> problem;
    private volatile DeskSpelling spelling;
    /** The open article as last edited (language, headline, byline, ignore list: what a check needs), or null. */
    private volatile Article facts;
    private volatile Set<String> withoutDictionary = Set.of();
    private volatile boolean reloadScheduled;
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    /** Counts {@link #start()}s, so that the answer of one overtaken by a restart is dropped (FX thread only). */
    private int generation;

    /**
     * @param ignore adds a word to the open article's ignore list (on the FX thread)
     * @param problem shows a message about a failed action (on the FX thread)
     */
    EditorSpelling(UiContext ctx, BodyEditor body, Consumer<String> ignore, Consumer<String> problem) {
        this.ctx = ctx;
        this.body = body;
        this.ignore = ignore;
        this.problem = problem;
        body.setProofreader(this::proofread);
    }

    /** Finds the machine's dictionaries and reads the word lists in the background, then checks the body again. */
    void start() {
        int asked = ++generation;
        loading.set(true);
        ctx.desk().spelling().whenComplete((s, e) -> Platform.runLater(() -> {
            if (asked != generation) {
                return;
            }
            if (e == null && spelling == null) {
                use(s);
            }
            loading.set(false);
        }));
    }

    /**
     * True while the dictionaries are being found and their word lists read, and while a dictionary the open article
     * needs is loading (its words are checked once it is there): the status bar says so.
     */
    ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Finds the dictionaries again (the folder in the settings changed), then checks the body again with them. */
    void restart() {
        spelling = null;
        start();
    }

    /** Checks with this desk's spelling from now on (tests give one over their own dictionaries). */
    void use(DeskSpelling s) {
        spelling = s;
        loading.set(false);
        body.requestAnalysis();
    }

    /** What the next check knows of the open article: language, headline and byline (names), ignore list. */
    void articleChanged(Article a) {
        facts = a;
    }

    /** The languages of the last check that have no dictionary installed. */
    Set<String> languagesWithoutDictionary() {
        return withoutDictionary;
    }

    private static SpellingContext context(DeskSpelling s, Article a) {
        return SpellingContext.of(a, s.accepted());
    }

    /** Off the FX thread: the analysis with the misspelt words added as spelling issues. */
    private Analysis proofread(String text, Analysis analysis) {
        DeskSpelling s = spelling;
        Article f = facts;
        if (s == null || f == null) {
            return analysis;
        }
        SpellingContext c = context(s, f);
        DeskSpelling.Checked checked = s.check(text, analysis, c);
        withoutDictionary = checked.withoutDictionary();
        if (!checked.complete() && !reloadScheduled) {
            // a dictionary was still loading: its words were skipped; check again once it is there
            reloadScheduled = true;
            Platform.runLater(() -> loading.set(true));
            s.loaded(analysis, c).whenComplete((v, e) -> Platform.runLater(() -> {
                reloadScheduled = false;
                loading.set(false);
                body.requestAnalysis();
            }));
        }
        return Spelling.withSpelling(analysis, checked.misspellings());
    }

    /**
     * The context-menu items for the spelling issue under {@code pos} (none when there is none): add to the workspace's
     * or the user's dictionary, ignore in this article, then the suggestions (looked for in the background, shown when
     * found).
     */
    List<MenuItem> menuItems(int pos, boolean editable, ContextMenu menu) {
        CopyIssue issue = body.spellingIssueAt(pos);
        DeskSpelling s = spelling;
        Article f = facts;
        String text = body.area().getText();
        if (issue == null || s == null || f == null || issue.end() > text.length()) {
            return List.of();
        }
        String word = text.substring(issue.start(), issue.end());
        Misspelling m = new Misspelling(issue.start(), issue.end(), word, body.shown().languageAt(issue.start()));
        // the dictionary and ignore items come first and the suggestions after them: the suggestions arrive after the
        // menu is shown, and items that moved down under the pointer were clicked by mistake
        MenuItem workspace = new MenuItem(ctx.text("editor.spelling.addWorkspace", word));
        workspace.setId("spellingAddWorkspace");
        workspace.setOnAction(e -> add(word, true));
        MenuItem user = new MenuItem(ctx.text("editor.spelling.addUser", word));
        user.setId("spellingAddUser");
        user.setOnAction(e -> add(word, false));
        MenuItem ignoreItem = new MenuItem(ctx.text("editor.spelling.ignore", word));
        ignoreItem.setId("spellingIgnore");
        ignoreItem.setOnAction(e -> ignore.accept(word));
        ignoreItem.setDisable(!editable);
        MenuItem searching = new MenuItem(ctx.text("editor.spelling.searching"));
        searching.setId("spellingSearching");
        searching.setDisable(true);
        List<MenuItem> items = new ArrayList<>(List.of(workspace, user, ignoreItem, new SeparatorMenuItem(), searching,
                new SeparatorMenuItem()));
        SpellingContext c = context(s, f);
        try {
            CompletableFuture.supplyAsync(() -> s.suggest(m, c, SUGGEST_BUDGET_MILLIS, MAX_SUGGESTIONS), ctx.background())
                    .whenComplete((found, e) -> Platform.runLater(() -> showSuggestions(menu, searching, m,
                            e == null ? found : List.of(), editable)));
        } catch (RejectedExecutionException e) {
            showSuggestions(menu, searching, m, List.of(), editable);
        }
        return items;
    }

    private void showSuggestions(ContextMenu menu, MenuItem searching, Misspelling m, List<String> found, boolean editable) {
        int at = menu.getItems().indexOf(searching);
        if (at < 0) {
            return; // the menu was closed or rebuilt meanwhile
        }
        List<MenuItem> items = new ArrayList<>();
        for (String suggestion : found) {
            MenuItem mi = new MenuItem(suggestion);
            mi.getStyleClass().add("spelling-suggestion");
            mi.setId("spellingSuggestion");
            mi.setDisable(!editable);
            mi.setOnAction(e -> replace(m, suggestion));
            items.add(mi);
        }
        if (items.isEmpty()) {
            MenuItem none = new MenuItem(ctx.text("editor.spelling.noSuggestions"));
            none.setId("spellingNoSuggestions");
            none.setDisable(true);
            items.add(none);
        }
        menu.getItems().remove(at);
        menu.getItems().addAll(at, items);
    }

    /** Replaces the misspelt word by a suggestion as one undoable edit, if the word is still there. */
    boolean replace(Misspelling m, String suggestion) {
        String text = body.area().getText();
        if (!body.area().isEditable() || m.end() > text.length() || !text.substring(m.start(), m.end()).equals(m.word())) {
            return false;
        }
        body.applyReplacements(List.of(new TextReplacement(m.start(), m.end(), suggestion)));
        body.select(m.start() + suggestion.length(), m.start() + suggestion.length());
        return true;
    }

    private void add(String word, boolean toWorkspace) {
        DeskSpelling s = spelling;
        if (s == null) {
            return;
        }
        try {
            CompletableFuture.runAsync(() -> {
                try {
                    if (toWorkspace) {
                        s.addToWorkspace(word);
                    } else {
                        s.addToUser(word);
                    }
                    Platform.runLater(body::requestAnalysis);
                } catch (IOException e) {
                    Platform.runLater(() -> problem.accept(ctx.text("editor.spelling.addFailed", word, e.getMessage())));
                }
            }, ctx.background());
        } catch (RejectedExecutionException e) {
            LOG.log(System.Logger.Level.DEBUG, "word not added: the app is closing");
        }
    }
}
