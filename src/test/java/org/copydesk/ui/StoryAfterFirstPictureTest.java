package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import org.copydesk.storage.Settings;
import org.junit.jupiter.api.Test;

/**
 * The app's start builds the story, the side panel and the desk's history only after the first picture (the list,
 * menus, toolbar and status bar): what the user does meanwhile is neither lost nor a crash, and once they are built
 * everything acts as in a window built whole.
 */
class StoryAfterFirstPictureTest extends FxTestBase {
    private MainWindow listFirst() throws Exception {
        workspace.seedSamples();
        return listFirst(Settings.defaults(), 1280, 800);
    }

    /** A window over the test's workspace started list first, as the app starts, once its list is filled. */
    private MainWindow listFirst(Settings settings, double width, double height) throws Exception {
        MainWindow window = onFx(() -> ListFirstWindow.show(ctx, stage, settings, width, height));
        waitUntil(() -> window.list().table().getItems().size() == 6);
        return window;
    }


    private static Node toolButton(MainWindow w, String menuId) {
        return ((javafx.scene.control.ToolBar) w.view().lookup("#toolbar")).getItems().stream()
                .filter(n -> ("tool-" + menuId).equals(n.getId())).findFirst().orElseThrow();
    }

    /** Presses the keys of a menu accelerator in the window, as the scene would. */
    private static void keys(String combination) {
        stage.getScene().getAccelerators().get(KeyCombination.keyCombination(combination)).run();
    }

    @Test
    void theMenusAreThereFromTheFirstPictureAndTheEditorsCommandsWorkOnceItIsBuilt() throws Exception {
        MainWindow window = listFirst();
        onFx(() -> {
            assertThat(window.editor()).isNull();
            for (String id : new String[] {"menu.edit.undo", "menu.edit.find", "menu.edit.replace", "menu.format.bold",
                    "menu.marks.quotation", "menu.marks.nextIssue", "menu.marks.fixQuotes", "menu.marks.dictionaries",
                    "menu.file.save", "menu.file.export", "menu.file.sync", "menu.file.syncSettings"}) {
                assertThat(ListFirstWindow.menuItem(window, id).isDisable()).as(id + " waits for the editor").isTrue();
            }
            assertThat(toolButton(window, "menu.edit.find").isDisable()).as("its toolbar button").isTrue();
            assertThat(ListFirstWindow.menuItem(window, "menu.edit.copy").isDisable()).as("copy acts on the search box meanwhile").isFalse();
            assertThat(ListFirstWindow.menuItem(window, "menu.file.new").isDisable()).isFalse();
            // the keys pressed now do nothing, and nothing breaks
            keys("Shortcut+F");
            keys("F7");
            keys("Shortcut+Alt+G");
            return null;
        });
        onFx(() -> {
            window.showRest();
            return null;
        });
        waitUntil(() -> window.editor().articleProperty().get() != null && window.editor().editableProperty().get());
        onFx(() -> {
            for (String id : new String[] {"menu.edit.find", "menu.edit.replace", "menu.format.bold", "menu.marks.quotation",
                    "menu.marks.nextIssue", "menu.marks.fixQuotes", "menu.marks.dictionaries", "menu.file.export",
                    "menu.file.sync", "menu.file.syncSettings"}) {
                assertThat(ListFirstWindow.menuItem(window, id).isDisable()).as(id + " once the editor is built").isFalse();
            }
            assertThat(ListFirstWindow.menuItem(window, "menu.file.save").isDisable()).as("nothing to save yet").isTrue();
            assertThat(stage.getScene().lookup("#findBar").isVisible()).isFalse();
            assertThat(toolButton(window, "menu.edit.find").isDisable()).isFalse();
            keys("Shortcut+F");
            return null;
        });
        waitUntil(() -> stage.getScene().lookup("#findBar").isVisible());
        // an edit: Save and Undo follow the editor built late as they follow one built with the window
        onFx(() -> {
            window.editor().setStoryField("byline", "By A. Reporter");
            return null;
        });
        waitUntil(() -> !ListFirstWindow.menuItem(window, "menu.file.save").isDisable());
        assertThat(onFx(() -> stage.getTitle().contains(window.editor().articleProperty().get().headline()))).isTrue();
    }

    @Test
    void aStoryPickedInTheListBeforeTheEditorIsBuiltOpensOnceItIs() throws Exception {
        MainWindow window = listFirst();
        String picked = onFx(() -> window.list().table().getItems().get(2).id());
        onFx(() -> window.list().select(picked));
        onFx(() -> {
            window.showRest();
            return null;
        });
        waitUntil(() -> window.editor().articleProperty().get() != null);
        // the pick, not the first story (what opens on start when nothing was picked)
        assertThat(onFx(() -> window.editor().articleProperty().get().id())).isEqualTo(picked);
        assertThat(onFx(() -> window.list().selectedProperty().get().id())).isEqualTo(picked);
    }

    @Test
    void theStoryOpenOnLastCloseReopensWithItsCaretOnScreen() throws Exception {
        workspace.seedSamples();
        String id = "dockers-strike-halts-marseille-port";
        // the caret was at the end of the first paragraph, which sits below the gutter tags and marks still to come
        int caret = workspace.load(id).article().body().get(0).text().length();
        Settings settings = Settings.defaults();
        settings.setLastArticle(id, caret);
        MainWindow window = listFirst(settings, 1024, 700);
        onFx(() -> {
            window.showRest();
            return null;
        });
        waitUntil(() -> window.editor() != null && window.editor().articleProperty().get() != null
                && window.editor().bodyCaret() == caret);
        waitUntil(() -> org.copydesk.ui.editor.EditorProbe.analysed(window.editor())
                && laidOut(org.copydesk.ui.editor.EditorProbe.body(window.editor())));
        assertThat(onFx(() -> org.copydesk.ui.editor.EditorProbe.caretShown(window.editor()))).as("the caret's paragraph is on screen").isTrue();
    }

    @Test
    void theStorysPlaceHoldsItsSizeAndSaysWhatItWaitsForWhenThatTakesLong() throws Exception {
        MainWindow window = listFirst();
        waitUntil(() -> stage.getScene().lookup("#storyPreparing") != null
                && stage.getScene().lookup("#storyPreparing").isVisible());
        assertThat(onFx(() -> ((javafx.scene.control.Label) stage.getScene().lookup("#storyPreparing")).getText()))
                .isEqualTo(ctx.text("story.preparing"));
        Bounds slot = onFx(() -> sceneBounds(stage.getScene().lookup("#storySlot")));
        Bounds placeholder = onFx(() -> sceneBounds(stage.getScene().lookup("#storyPlaceholder")));
        assertThat(placeholder).isEqualTo(slot);
        assertThat(slot.getWidth()).isGreaterThan(300);
        onFx(() -> {
            window.showRest();
            return null;
        });
        waitUntil(() -> laidOut(window.editor().view()) && window.editor().view().getScene() == stage.getScene());
        assertThat(onFx(() -> sceneBounds(window.editor().view()))).as("the story took the placeholder's place")
                .isEqualTo(slot);
    }

    @Test
    void aWindowClosedBeforeTheEditorIsBuiltClosesAndBuildsNothingLater() throws Exception {
        MainWindow window = listFirst();
        onFx(window::close).get(60, TimeUnit.SECONDS);
        onFx(() -> {
            window.showRest();
            return null;
        });
        assertThat(onFx(window::editor)).isNull();
        assertThat(MainWindow.openWindows()).doesNotContain(window);
    }

    @Test
    void theListSaysItIsReadingTheArticlesUntilTheyArriveNotThatThereAreNone() throws Exception {
        // an empty workspace: once read, the list says how to create the first article
        MainWindow window = onFx(() -> {
            MainWindow w = new MainWindow(ctx, stage, Settings.defaults(), null, false, true);
            stage.setScene(new Scene(w.view(), 1280, 800));
            stage.show();
            return w;
        });
        waitUntil(() -> stage.getScene().lookup("#listEmptyMessage") != null);
        assertThat(onFx(() -> emptyListSays())).isEqualTo(ctx.text("list.reading"));
        assertThat(onFx(() -> ((javafx.scene.control.Label) stage.getScene().lookup(".article-count")).getText())).isEmpty();
        onFx(() -> {
            window.loadWorkspace();
            return null;
        });
        waitUntil(() -> ctx.text("list.empty").equals(emptyListSays()));
        assertThat(onFx(() -> ((javafx.scene.control.Label) stage.getScene().lookup(".article-count")).getText()))
                .isEqualTo(ctx.text("list.count", 0, 0));
    }

    private static String emptyListSays() {
        Node n = stage.getScene().lookup("#listEmptyMessage");
        return n instanceof javafx.scene.control.Label l ? l.getText() : null;
    }

    private static Bounds sceneBounds(Node n) {
        return n.localToScene(n.getLayoutBounds());
    }
}
