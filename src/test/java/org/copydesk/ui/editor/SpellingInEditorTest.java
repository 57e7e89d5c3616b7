package org.copydesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TreeItem;
import javafx.event.Event;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import org.copydesk.model.Article;
import org.copydesk.model.Paragraph;
import org.copydesk.spelling.DeskSpelling;
import org.copydesk.spelling.InstalledDictionaries;
import org.copydesk.spelling.SpellChecker;
import org.copydesk.spelling.SpellingDictionaries;
import org.junit.jupiter.api.Test;

/**
 * Spelling in the editor, driven like a user: the squiggle under a misspelt word, its context menu (suggestions,
 * dictionaries, ignore), F7, and the side panel. The dictionaries are the small ones of the spelling tests.
 */
class SpellingInEditorTest extends EditorTestBase {
    /** French and Spanish words for the stand-in analysis (everything else is English). */
    private static final FakeAnalysis WORDS = new FakeAnalysis(Map.of(
            "le", "fr", "maire", "fr", "est", "fr", "en", "fr", "retrad", "fr", "retard", "fr",
            "hola", "es", "amigos", "es"));

    private Path userWords;

    private static Article article(String... paragraphs) {
        return Article.draft("x", "Spelling", "en", Instant.parse("2026-11-30T08:00:00Z"))
                .withBody(Arrays.stream(paragraphs).map(Paragraph::of).toList());
    }

    private static Path dictionaries() throws URISyntaxException {
        return Path.of(SpellingInEditorTest.class.getResource("/org/copydesk/spelling/dicts/en_US.aff").toURI()).getParent();
    }

    /** Opens the article with the test dictionaries and waits until the body shows its spelling. */
    private void open(Article a) throws Exception {
        openEditor(a, WORDS);
        userWords = tempDir.resolve("config/copydesk/words.txt");
        DeskSpelling desk = new DeskSpelling(new SpellChecker(new SpellingDictionaries(
                InstalledDictionaries.scan(List.of(dictionaries())))), workspace.root().resolve("dictionary.txt"), userWords);
        desk.checker().dictionaries().await("en");
        desk.checker().dictionaries().await("fr");
        onFx(() -> {
            editor.spelling().use(desk);
            return null;
        });
    }

    private int at(String word) throws Exception {
        int i = bodyText().indexOf(word);
        assertThat(i).as(word).isGreaterThanOrEqualTo(0);
        return i;
    }

    private void waitFlagged(String word, boolean flagged) throws Exception {
        waitUntil(() -> {
            int i = area().getText().indexOf(word);
            return i >= 0 && area().getStyleOfChar(i + 1).contains("issue-spelling") == flagged;
        });
    }

    /**
     * Right-clicks the middle of the first occurrence of {@code word} in the body: the mouse goes there and the context
     * menu is requested at that point, as the platform does on a right click (Monocle, the headless platform, makes no
     * context-menu request of a right button press).
     */
    private void rightClick(String word) throws Exception {
        int i = at(word);
        Point2D p = onFx(() -> {
            Optional<Bounds> b = area().getCharacterBoundsOnScreen(i + 1, i + 2);
            return new Point2D(b.orElseThrow().getCenterX(), b.orElseThrow().getCenterY());
        });
        robot.moveTo(p);
        onFx(() -> {
            // the caret is elsewhere: the right click itself must bring the menu to this word
            area().moveTo(0);
            // an event made like this one takes scene coordinates; the area sees them as its own on the way
            Point2D scene = area().localToScene(area().screenToLocal(p));
            Event.fireEvent(area(), new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, scene.getX(), scene.getY(),
                    p.getX(), p.getY(), false, null));
            return null;
        });
    }

    /** The node of the showing context-menu item with this id (looked up inside the wait), clicked. */
    private void clickMenuItem(String id, String text) throws Exception {
        // the suggestions arrive after the menu shows and the menu then rebuilds its item nodes: wait for them first
        waitUntil(() -> item("spellingSearching", null) == null && item(id, text) != null
                && item(id, text).getStyleableNode() != null && item(id, text).getStyleableNode().getScene() != null);
        clickWhenShown(() -> item(id, text) == null ? null : item(id, text).getStyleableNode());
    }

    private MenuItem item(String id, String text) {
        ContextMenu menu = area().getContextMenu();
        if (menu == null || !menu.isShowing()) {
            return null;
        }
        return menu.getItems().stream().filter(m -> id.equals(m.getId()) && (text == null || text.equals(m.getText())))
                .findFirst().orElse(null);
    }

    @Test
    void aDictionaryFolderChosenInTheSettingsIsUsedOnceTheSpellingStartsAgain() throws Exception {
        // the desk's own spelling, as in the app; in the tests it searches no folder of this machine
        openEditor(article("The mayor siad the tram line will open."), WORDS);
        waitUntil(() -> editor.spelling().languagesWithoutDictionary().contains("en"));
        assertThat(classesAt(at("siad"))).as("no dictionary yet: nothing flagged").doesNotContain("issue-spelling");

        // what Marks ▸ Spelling dictionaries folder… does with the folder chosen
        onFx(() -> {
            assertThat(ctx.desk().setDictionaryFolder(dictionaries().toString())).isTrue();
            editor.spelling().restart();
            return null;
        });
        waitFlagged("siad", true);
        assertThat(classesAt(at("mayor"))).doesNotContain("issue-spelling");
    }

    @Test
    void aMisspeltWordIsUnderlinedAndASuggestionReplacesItInOneUndoableClick() throws Exception {
        open(article("The mayor siad the tram line will open."));
        waitFlagged("siad", true);
        assertThat(classesAt(at("mayor"))).doesNotContain("issue-spelling");

        rightClick("siad");
        clickMenuItem("spellingSuggestion", "said");
        waitUntil(() -> area().getText().equals("The mayor said the tram line will open."));
        waitFlagged("said", false);

        key(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> area().getText().equals("The mayor siad the tram line will open."));
        waitFlagged("siad", true);
    }

    @Test
    void addingToTheWorkspaceDictionaryWritesItsFileAndTheWordIsNoLongerFlagged() throws Exception {
        open(article("The tramline will open.", "We see the tramline."));
        waitFlagged("tramline", true);
        rightClick("tramline");
        clickMenuItem("spellingAddWorkspace", null);
        waitFlagged("tramline", false);
        assertThat(Files.readString(workspace.root().resolve("dictionary.txt"))).isEqualTo("tramline\n");
        assertThat(userWords).doesNotExist();
        // the second occurrence too, and the article itself is not changed
        assertThat(classesAt(at("We see the tramline") + "We see the ".length())).doesNotContain("issue-spelling");
        assertThat(onFx(() -> editor.dirtyProperty().get())).isFalse();
    }

    @Test
    void addingToMyDictionaryWritesTheUsersList() throws Exception {
        open(article("The tramline will open."));
        waitFlagged("tramline", true);
        rightClick("tramline");
        clickMenuItem("spellingAddUser", null);
        waitFlagged("tramline", false);
        assertThat(Files.readString(userWords)).isEqualTo("tramline\n");
        assertThat(workspace.root().resolve("dictionary.txt")).doesNotExist();
    }

    @Test
    void ignoringInThisArticleIsSavedWithItAndSurvivesReopening() throws Exception {
        open(article("The tramline will open."));
        waitFlagged("tramline", true);
        rightClick("tramline");
        clickMenuItem("spellingIgnore", null);
        waitFlagged("tramline", false);
        assertThat(onFx(() -> editor.dirtyProperty().get())).isTrue();
        key(KeyCode.CONTROL, KeyCode.S);
        waitUntil(() -> !editor.dirtyProperty().get());
        String id = onFx(() -> editor.articleProperty().get().id());
        assertThat(workspace.load(id).article().ignoredWords()).containsExactly("tramline");

        reopen();
        waitForAnalysisOfCurrentText();
        waitUntil(() -> editor.body().shown().issues().isEmpty() && area().getText().contains("tramline"));
        assertThat(classesAt(at("tramline"))).doesNotContain("issue-spelling");
        // only in this article: another one still flags it
        assertThat(workspace.root().resolve("dictionary.txt")).doesNotExist();
    }

    @Test
    void f7WalksTheSpellingIssuesInTextOrder() throws Exception {
        open(article("The mayor siad it.", "The tram lnie will open."));
        waitFlagged("lnie", true);
        waitFlagged("siad", true);
        caretTo(0);
        key(KeyCode.F7);
        waitUntil(() -> area().getSelectedText().equals("siad"));
        key(KeyCode.F7);
        waitUntil(() -> area().getSelectedText().equals("lnie"));
        key(KeyCode.F7);
        waitUntil(() -> area().getSelectedText().equals("siad"));
    }

    @Test
    void theSidePanelListsSpellingByLanguageAndNamesTheDictionaryToInstall() throws Exception {
        open(article("The mayor siad it: le maire est en retrad.", "We see hola amigos and the tram lnie."));
        waitFlagged("retrad", true);
        waitFlagged("lnie", true);
        waitUntil(() -> {
            TreeItem<SidePanel.SpellingEntry> root = editor.panel().spellingTree().getRoot();
            return root.getChildren().size() == 2;
        });
        List<String> rows = onFx(() -> editor.panel().spellingTree().getRoot().getChildren().stream()
                .map(t -> t.getValue().language() + ":" + t.getChildren().stream().map(c -> c.getValue().word()).toList())
                .toList());
        assertThat(rows).containsExactly("en:[siad, lnie]", "fr:[retrad]");
        // Spanish has no dictionary here: its words are not flagged, and the panel says what to install
        assertThat(classesAt(at("amigos"))).doesNotContain("issue-spelling");
        Label missing = onFx(() -> editor.panel().missingDictionaries());
        assertThat(onFx(missing::isVisible)).isTrue();
        assertThat(onFx(missing::getText)).contains("hunspell-es").contains("Spanish");

        // a word chosen in the list is selected in the body
        onFx(() -> {
            TreeItem<SidePanel.SpellingEntry> fr = editor.panel().spellingTree().getRoot().getChildren().get(1);
            editor.panel().spellingTree().getSelectionModel().select(fr.getChildren().get(0));
            return null;
        });
        waitUntil(() -> area().getSelectedText().equals("retrad"));
    }
}
