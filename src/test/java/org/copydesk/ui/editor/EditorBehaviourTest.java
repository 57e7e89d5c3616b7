package org.copydesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.util.Duration;
import org.copydesk.analysis.TextReplacement;
import org.copydesk.model.Article;
import org.copydesk.model.InlineSpan;
import org.copydesk.model.InlineStyle;
import org.copydesk.model.Paragraph;
import org.copydesk.model.ParagraphKind;
import org.copydesk.storage.ArticleEntry;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The editor driven like a user would: keys, menus, dialogs; what they see in the text, the status line and on disk. */
class EditorBehaviourTest extends EditorTestBase {
    private static final FakeAnalysis WORDS = new FakeAnalysis(Map.of(
            "bonjour", "fr", "merci", "fr", "beaucoup", "fr", "voilà", "fr",
            "danke", "de", "schön", "de"));

    private static Article article(String... paragraphs) {
        return Article.draft("x", "Behaviour", "en", Instant.parse("2026-11-27T08:00:00Z"))
                .withBody(Arrays.stream(paragraphs).map(Paragraph::of).toList());
    }

    @Test
    void theBodyIsSetInASerifFaceNotTheInterfacesSans() throws Exception {
        openEditor(article("The strike entered its third day."), WORDS);
        waitUntil(() -> robot.lookup("#bodyArea .text").tryQuery().isPresent());
        String family = onFx(() -> ((javafx.scene.text.Text) robot.lookup("#bodyArea .text").query()).getFont().getFamily());
        String uiFamily = onFx(() -> robot.lookup("#statusMix").queryAs(Label.class).getFont().getFamily());
        // JavaFX CSS takes no fallback list: the face must be one that is installed, and a serif one
        assertThat(family).isNotEqualTo(uiFamily);
        assertThat(BodyFont.PREFERRED).anySatisfy(f -> assertThat(family).containsIgnoringCase(f.replace(" 4", "")));
    }

    @Test
    void analysisMarksForeignWordsAsTheyAreTypedAndIsNeverAnUndoStep() throws Exception {
        openEditor(article(""), WORDS);
        robot.write("He said merci beaucoup and left.");
        waitForAnalysisOfCurrentText();
        String text = bodyText();
        int merci = text.indexOf("merci");
        assertThat(classesAt(merci)).contains("foreign", "lang-fr");
        assertThat(classesAt(merci + "merci beaucoup".length() - 1)).contains("lang-fr");
        assertThat(classesAt(0)).doesNotContain("foreign");
        assertThat(classesAt(text.indexOf("left"))).doesNotContain("foreign");
        assertThat(onFx(() -> robot.lookup("#statusMix").queryAs(Label.class).getText())).contains("en").contains("fr");

        // undo takes back typing only; the styles analysis set are not steps of their own
        int undos = 0;
        while (onFx(() -> area().isUndoAvailable())) {
            key(KeyCode.CONTROL, KeyCode.Z);
            undos++;
        }
        assertThat(bodyText()).isEmpty();
        assertThat(undos).as("one step per typed word").isEqualTo(6);
        assertThat(onFx(() -> editor.dirtyProperty().get())).isFalse();
    }

    @Test
    void f8AndShiftF8WalkTheForeignSegments() throws Exception {
        openEditor(article("Bonjour to all of you.", "The crowd said danke schön twice.", "And then merci."), WORDS);
        waitForAnalysisOfCurrentText();
        caretTo(0);
        key(KeyCode.F8);
        assertThat(onFx(() -> area().getSelectedText())).isEqualTo("Bonjour");
        key(KeyCode.F8);
        assertThat(onFx(() -> area().getSelectedText())).isEqualTo("danke schön");
        key(KeyCode.F8);
        assertThat(onFx(() -> area().getSelectedText())).isEqualTo("merci");
        key(KeyCode.F8);
        assertThat(onFx(() -> area().getSelectedText())).isEqualTo("Bonjour");
        key(KeyCode.SHIFT, KeyCode.F8);
        assertThat(onFx(() -> area().getSelectedText())).isEqualTo("merci");
        key(KeyCode.SHIFT, KeyCode.F8);
        assertThat(onFx(() -> area().getSelectedText())).isEqualTo("danke schön");
        // the side panel lists them by language, and a click selects the text
        assertThat(onFx(() -> editor.panel().segmentTree().getRoot().getChildren().size())).isEqualTo(2);
        onFx(() -> {
            var fr = editor.panel().segmentTree().getRoot().getChildren().stream()
                    .filter(t -> t.getValue().language().equals("fr")).findFirst().orElseThrow();
            editor.panel().segmentTree().getSelectionModel().select(fr.getChildren().get(1));
            return null;
        });
        assertThat(onFx(() -> area().getSelectedText())).isEqualTo("merci");
    }

    @Test
    void fixQuotationMarksPreviewsThenAppliesAsOneUndoableEdit() throws Exception {
        String para = "Le maire a dit \"nous verrons\" puis il est parti.";
        openEditor(article("An English line.", para), WORDS);
        int base = "An English line.".length() + 1;
        int open = base + para.indexOf('"');
        int close = base + para.lastIndexOf('"');
        onFx(() -> {
            editor.setQuoteFixer((text, a) -> List.of(
                    new TextReplacement(open, open + 1, "«\u202F"),
                    new TextReplacement(close, close + 1, "\u202F»")));
            return null;
        });
        robot.press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.G).release(KeyCode.G, KeyCode.ALT, KeyCode.CONTROL);
        assertThat(robot.lookup("#quoteFixList").queryListView().getItems()).hasSize(2);
        clickButton("Apply all");
        assertThat(bodyText()).isEqualTo("An English line.\nLe maire a dit «\u202Fnous verrons\u202F» puis il est parti.");
        key(KeyCode.CONTROL, KeyCode.Z);
        assertThat(bodyText()).isEqualTo("An English line.\n" + para);
        key(KeyCode.CONTROL, KeyCode.Y);
        assertThat(bodyText()).endsWith("«\u202Fnous verrons\u202F» puis il est parti.");
    }

    @Test
    void findAndReplaceWithMatchCaseAndWholeWord() throws Exception {
        openEditor(article("The cat sat. A Cat ran.", "Concatenate the cat."), WORDS);
        key(KeyCode.CONTROL, KeyCode.H);
        TextField find = robot.lookup("#findField").queryAs(TextField.class);
        assertThat(onFx(find::isFocused)).isTrue();
        robot.write("cat");
        Label count = robot.lookup("#findCount").queryAs(Label.class);
        assertThat(onFx(count::getText)).isEqualTo("4 matches");
        clickWhenShown("#wholeWord");
        assertThat(onFx(count::getText)).isEqualTo("3 matches");
        clickWhenShown("#matchCase");
        assertThat(onFx(count::getText)).isEqualTo("2 matches");
        typeInto("#replaceField", "dog");
        clickWhenShown("#replaceAll");
        assertThat(bodyText()).isEqualTo("The dog sat. A Cat ran.\nConcatenate the dog.");
        key(KeyCode.ESCAPE);
        key(KeyCode.CONTROL, KeyCode.Z);
        assertThat(bodyText()).isEqualTo("The cat sat. A Cat ran.\nConcatenate the cat.");
        // find next selects the match
        onFx(() -> {
            robot.lookup("#matchCase").queryAs(CheckBox.class).setSelected(false);
            return null;
        });
        caretTo(0);
        key(KeyCode.CONTROL, KeyCode.F);
        assertThat(onFx(() -> shown(robot.lookup("#findNext").queryAs(Button.class)))).as("Ctrl+F shows find next").isTrue();
        assertThat(onFx(() -> shown(robot.lookup("#replaceAll").queryAs(Button.class)))).as("Ctrl+F alone hides replace").isFalse();
        clickWhenShown("#findNext");
        clickWhenShown("#findNext");
        assertThat(onFx(() -> area().getSelection().getStart())).isEqualTo("The cat sat. A ".length());
    }

    /** Whether a user sees the node: it and every parent visible. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void autosaveWritesTheFileAfterTypingStops() throws Exception {
        openEditor(article("First paragraph."), WORDS);
        onFx(() -> {
            editor.setAutosaveDelay(Duration.millis(300));
            return null;
        });
        String id = onFx(() -> editor.articleProperty().get().id());
        assertThat(Files.readString(workspace.fileOf(id))).doesNotContain("Added later");
        caretTo(onFx(() -> area().getLength()));
        robot.write(" Added later.");
        waitUntil(() -> Files.readString(workspace.fileOf(id)).contains("First paragraph. Added later."));
        waitUntil(() -> !editor.dirtyProperty().get());
        assertThat(onFx(() -> robot.lookup("#statusSave").queryAs(Label.class).getText())).isEqualTo("saved");
    }

    @Test
    void boldItalicAndParagraphKindsAreSaved() throws Exception {
        openEditor(article("A heading", "Some strong words here."), WORDS);
        caretTo(2);
        key(KeyCode.CONTROL, KeyCode.ALT, KeyCode.DIGIT2);
        int base = "A heading".length() + 1;
        select(base + "Some ".length(), base + "Some strong".length());
        key(KeyCode.CONTROL, KeyCode.B);
        select(base + "Some strong ".length(), base + "Some strong words".length());
        key(KeyCode.CONTROL, KeyCode.I);
        assertThat(classesAt(base + 6)).contains("bold");
        assertThat(await(() -> editor.save())).isTrue();
        Article saved = workspace.get(onFx(() -> editor.articleProperty().get().id()));
        assertThat(saved.body().get(0).kind()).isEqualTo(ParagraphKind.SUBHEADING);
        assertThat(saved.body().get(1).inline()).containsExactly(
                new InlineSpan(5, 11, InlineStyle.BOLD), new InlineSpan(12, 17, InlineStyle.ITALIC));
        // undo the italic, the bold, the kind: each one step
        key(KeyCode.CONTROL, KeyCode.Z);
        key(KeyCode.CONTROL, KeyCode.Z);
        assertThat(classesAt(base + 6)).doesNotContain("bold");
        key(KeyCode.CONTROL, KeyCode.Z);
        assertThat(onFx(() -> editor.edited().orElseThrow().body().get(0).kind())).isEqualTo(ParagraphKind.PARAGRAPH);
        reopen();
        assertThat(onFx(() -> editor.edited().orElseThrow().body())).isEqualTo(saved.body());
    }

    @Test
    void aReadOnlyArticleCannotBeEditedAndSaysWhy() throws Exception {
        openEditor(article("Locked text."), WORDS);
        Article a = onFx(() -> editor.articleProperty().get());
        onFx(() -> {
            editor.open(new ArticleEntry(a.id(), workspace.fileOf(a.id()), a, "written by a newer Copydesk", true));
            return null;
        });
        caretTo(0);
        robot.write("x");
        select(0, 6);
        key(KeyCode.CONTROL, KeyCode.X);
        key(KeyCode.CONTROL, KeyCode.B);
        key(KeyCode.CONTROL, KeyCode.ALT, KeyCode.F);
        assertThat(bodyText()).isEqualTo("Locked text.");
        assertThat(classesAt(0)).isEmpty();
        assertThat(onFx(() -> editor.body().marks().languages())).isEmpty();
        assertThat(onFx(() -> robot.lookup("#headlineField").queryAs(TextField.class).isEditable())).isFalse();
        assertThat(onFx(() -> robot.lookup("#editorBanner").queryAs(Label.class).getText()))
                .contains("written by a newer Copydesk");
        assertThat(await(() -> editor.save())).isTrue();
    }

    @Test
    void pastedHtmlKeepsParagraphsAndDropsStyling() throws Exception {
        openEditor(article("Before."), WORDS);
        caretTo(onFx(() -> area().getLength()));
        onFx(() -> {
            ClipboardContent c = new ClipboardContent();
            c.putHtml("<h2 style='color:red'>Title</h2><p><b>One</b> <span style='font-size:40px'>two</span></p><p>Three</p>");
            c.putString("Title One two Three");
            Clipboard.getSystemClipboard().setContent(c);
            return null;
        });
        key(KeyCode.ENTER);
        key(KeyCode.CONTROL, KeyCode.V);
        assertThat(bodyText()).isEqualTo("Before.\nTitle\nOne two\nThree");
        assertThat(onFx(() -> editor.edited().orElseThrow().body()).stream().map(Paragraph::kind).toList())
                .containsExactly(ParagraphKind.PARAGRAPH, ParagraphKind.SUBHEADING, ParagraphKind.PARAGRAPH, ParagraphKind.PARAGRAPH);
        assertThat(classesAt("Before.\nTitle\n".length())).doesNotContain("bold");
        key(KeyCode.CONTROL, KeyCode.Z);
        assertThat(bodyText()).isEqualTo("Before.\n");
    }

    @Test
    void aFailedSaveSaysSoAndKeepsTheEdits() throws Exception {
        openEditor(article("Original text."), WORDS);
        String id = onFx(() -> editor.articleProperty().get().id());
        caretTo(0);
        robot.write("Edited. ");
        // the file is replaced behind the editor's back by one this version cannot read: it must not be overwritten
        Files.writeString(workspace.fileOf(id), "{ not json");
        var result = WaitForAsyncUtils.asyncFx(() -> editor.save());
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(onFx(pane::getHeaderText)).isEqualTo("The article could not be saved");
        assertThat(onFx(pane::getContentText)).contains("have not been lost").contains("read-only");
        clickButton("OK");
        assertThat(result.get().get(30, TimeUnit.SECONDS)).isFalse();
        assertThat(Files.readString(workspace.fileOf(id))).isEqualTo("{ not json");
        assertThat(bodyText()).isEqualTo("Edited. Original text.");
        assertThat(onFx(() -> editor.dirtyProperty().get())).isTrue();
        assertThat(onFx(() -> robot.lookup("#statusSave").queryAs(Label.class).getText())).isEqualTo("not saved");
    }
}
