package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import org.copydesk.model.Article;
import org.copydesk.ui.common.Tips;
import org.copydesk.ui.common.UiContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The status bar's words and the Story tab's length are one figure: the words of the body, the length a desk counts
 * and sets a target in (the headline and standfirst have character limits of their own). They said 199 and 225 words
 * of the same story before; each now says in its tooltip what it counts, in both languages of the interface.
 */
class WordCountsAgreeTest extends FxTestBase {
    private static final String DOCKERS = "dockers-strike-halts-marseille-port";

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void theStatusBarAndTheStoryTabCountTheSameWordsOfTheBody(String language) throws Exception {
        workspace.seedSamples();
        Article dockers = workspace.get(DOCKERS);
        UiContext ui = new UiContext(workspace, ANALYZER, background, UiContext.loadMessages(language));
        MainWindow window = showMainWindow(ui, 1280, 800);
        waitUntil(() -> window.list().table().getItems().size() == 6);
        onFx(() -> {
            window.list().select(DOCKERS);
            TabPane side = window.sidePanels();
            side.getSelectionModel().select(0);
            return null;
        });
        int body = dockers.bodyWordCount();
        assertThat(dockers.wordCount()).as("the headline and standfirst add words").isGreaterThan(body);
        String words = language.equals("fr") ? " mots" : " words";
        // both figures once the story is open and analysed
        waitUntil(() -> shown("#statusWords").equals(body + words) && !shown("#lengthGauge").isEmpty()
                && window.editor().analysisProperty().get() != null);
        assertThat(onFx(() -> shown("#lengthGauge"))).as("the Story tab's length, as the status bar counts").isEqualTo(body + words);

        assertThat(onFx(() -> Tips.text((Label) stage.getScene().lookup("#statusWords"))))
                .startsWith(language.equals("fr") ? "Mots du corps de l’article" : "Words of the body");
        assertThat(onFx(() -> Tips.text((Label) stage.getScene().lookup("#lengthGauge"))))
                .startsWith(language.equals("fr") ? "Mots du corps de l’article" : "Words of the body");
    }

    /** A label's text, or "" while it is not there (on the FX thread). */
    private static String shown(String id) {
        Node n = stage.getScene().lookup(id);
        return n instanceof Label l && l.getText() != null ? l.getText() : "";
    }
}
