package org.copydesk.ui.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeCell;
import javafx.stage.Stage;
import org.copydesk.export.ExportSession;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.Paragraph;
import org.copydesk.ui.FxTestBase;
import org.copydesk.ui.common.UiContext;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/** The export dialog in the French interface words the analysis's findings in French, not only its own. */
class ExportDialogFrenchTest extends ExportDialogTestBase {
    @Start
    void start(Stage stage) throws Exception {
        context(Locale.FRENCH, UiContext.DocumentOpener.NONE);
        ws.save(Article.draft("quay", "The quay", "en", T).withByline("By Kim").withStatus(ArticleStatus.EDITING)
                .withBody(List.of(Paragraph.of("The mayor siad \u201Cwe stay in the city."),
                        Paragraph.of("The council said \"we will open the line\" in a week."))));
        // the small test dictionary (English: "the", "mayor", "said"… but not "siad")
        Path dicts = Path.of(ExportDialogFrenchTest.class.getResource("/org/copydesk/spelling/dicts/en_US.aff").toURI()).getParent();
        ctx.desk().setDictionaryFolder(dicts.toString());
    }

    /** The text of the findings' rows shown now. */
    private List<String> rows() throws Exception {
        return FxTestBase.onFx(() -> dialog.stage().getScene().lookup("#exportFindings").lookupAll(".tree-cell").stream()
                .filter(n -> n instanceof TreeCell<?> c && c.getText() != null)
                .map(n -> ((TreeCell<?>) n).getText()).toList());
    }

    @Test
    void aQuotationIssueAndASpellingIssueAreWordedInFrench() throws Exception {
        dialog = FxTestBase.onFx(() -> {
            ExportDialog d = new ExportDialog(ctx, null, List.of("quay"), (id, f) -> { });
            d.stage().show();
            return d;
        });
        waitFor(30, TimeUnit.SECONDS, () -> FxTestBase.onFx(() -> dialog.session().item("quay")
                .map(i -> i.checked() != null).orElse(false)));
        FxTestBase.onFx(() -> {
            @SuppressWarnings("unchecked")
            ListView<ExportSession.Item> list = (ListView<ExportSession.Item>) dialog.stage().getScene().lookup("#exportArticles");
            list.getSelectionModel().select(dialog.session().item("quay").orElseThrow());
            return null;
        });
        waitFor(20, TimeUnit.SECONDS, () -> rows().stream().anyMatch(t -> t.startsWith("Bloquant : ")));
        List<String> rows = rows();
        assertThat(rows).as("the unbalanced quotation, as the analysis found it")
                .contains("Bloquant : Guillemet \u201C sans son pendant\nParagraphe 1 : The mayor siad \u201Cwe stay in the city.");
        assertThat(rows).as("the straight quotes in English copy")
                .anyMatch(t -> t.startsWith("Avertissement : \" \" dans un texte en anglais : utilisez \u201C \u201D"));
        assertThat(rows).as("the misspelt word")
                .anyMatch(t -> t.startsWith("Avertissement : 1 mot absent du dictionnaire : siad"));
        assertThat(String.join("\n", rows)).as("nothing in English")
                .doesNotContain("Quotation mark", "has no partner", " copy: use ", "not in the dictionary", "Warning", "Blocker");
    }
}
