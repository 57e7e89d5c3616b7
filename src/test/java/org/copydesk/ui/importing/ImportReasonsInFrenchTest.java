package org.copydesk.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import org.copydesk.importing.ImportReason;
import org.copydesk.ui.FxTestBase;
import org.copydesk.ui.MainWindow;
import org.copydesk.ui.common.UiContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Why a file was not imported ("not valid UTF-8 at byte 36 (line 3, column 24)", "is a PNG image, not text") is
 * worded in the interface's language, with the same details: French in the French interface, in the English one what
 * `copydesk import` prints (without the "; not imported" the row already starts with).
 */
class ImportReasonsInFrenchTest extends FxTestBase {
    private static final UiContext EN = ImportNotesInFrenchTest.EN;
    private static final UiContext FR = ImportNotesInFrenchTest.FR;

    /** A reason of this code with arguments of its kinds: a word for k, a count for n, a position for p, sizes for b. */
    static List<ImportReason> samples(ImportReason.Code code) {
        return switch (code) {
            case BINARY_FILE -> List.of("zip", "oldOffice", "rtf", "pdf", "png", "jpeg", "gif").stream()
                    .map(k -> ImportReason.of(code, k)).toList();
            case FIELD_TOO_LONG -> List.of("headline", "standfirst", "byline", "dateline").stream()
                    .map(f -> ImportReason.of(code, f, 120_000, 100_000)).toList();
            case UNREADABLE_AS -> List.of(ImportReason.of(code, "html", "unexpected end of input"),
                    ImportReason.of(code, "markdown", ""));
            case TOO_LARGE -> List.of(ImportReason.of(code, 21_500_000L, 20L * 1024 * 1024),
                    ImportReason.of(code, 1509, 1000), ImportReason.of(code, 1_610_612_736L, 20L * 1024 * 1024));
            default -> {
                String kinds = code.kinds();
                Object[] args = new Object[kinds.length()];
                for (int i = 0; i < args.length; i++) {
                    args[i] = switch (kinds.charAt(i)) {
                        case 'n' -> 2000 + i;
                        case 'p' -> 36 + i;
                        default -> "word/document" + i + ".xml";
                    };
                }
                yield List.of(ImportReason.of(code, args));
            }
        };
    }

    @ParameterizedTest
    @EnumSource(ImportReason.Code.class)
    void eachReasonIsWordedInFrenchAndInEnglishAsTheCommandLineSaysIt(ImportReason.Code code) {
        for (ImportReason r : samples(code)) {
            assertThat(ReasonText.of(EN, r)).isEqualTo(r.english().replaceFirst("; not imported$", ""));
            String fr = ReasonText.of(FR, r);
            assertThat(fr).doesNotContain("!importReason").isNotEqualTo(ReasonText.of(EN, r));
            for (int i = 0; i < r.args().size(); i++) {
                String a = r.args().get(i);
                if (code.kinds().charAt(i) == 's' && !a.isEmpty() || code.kinds().charAt(i) == 'p') {
                    assertThat(fr).as("the French reason keeps its detail").contains(a);
                }
            }
        }
    }

    @Test
    void figuresAreWrittenTheFrenchWayAndPositionsAsTheyAre() {
        assertThat(ReasonText.of(FR, ImportReason.of(ImportReason.Code.TOO_LARGE, 21_500_000L, 20L * 1024 * 1024)))
                .isEqualTo("20,5 Mo dépasse la limite de 20,0 Mo");
        // a file of 1.5 GB in gigabytes, as the import's limits write it (it said "1 536,0 Mo")
        assertThat(ReasonText.of(FR, ImportReason.of(ImportReason.Code.TOO_LARGE, 1_610_612_736L, 20L * 1024 * 1024)))
                .isEqualTo("1,5 Go dépasse la limite de 20,0 Mo");
        assertThat(ReasonText.of(FR, ImportReason.of(ImportReason.Code.FIELD_TOO_LONG, "headline", 120_000, 100_000))
                .replaceAll("[\u00a0\u202f]", " "))
                .isEqualTo("titre de 120 000 caractères ; 100 000 au plus");
        assertThat(ReasonText.of(FR, ImportReason.of(ImportReason.Code.NUL_BYTE, 12345)))
                .isEqualTo("octet NUL à l’octet 12345 : un fichier binaire, pas du texte");
    }

    @Test
    void aMalformedFileImportedInTheFrenchInterfaceSaysWhyInFrench() throws Exception {
        Path incoming = Files.createDirectories(tempDir.resolve("incoming"));
        // a byte that is neither UTF-8 nor Windows-1252 on the third line; and an image dropped with it
        Path budget = Files.write(incoming.resolve("budget.txt"),
                "Budget vote\n\nThe council met at 9am \u0081\u008D\u0090 and adjourned.".getBytes(StandardCharsets.ISO_8859_1));
        Path photo = Files.write(incoming.resolve("port.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        UiContext fr = new UiContext(workspace, ANALYZER, background, UiContext.loadMessages("fr"));
        MainWindow window = showMainWindow(fr, 1280, 800);
        onFx(() -> FileDrops.drop(window.list().view(), List.of(budget, photo)));
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> onFx(() -> {
            Node close = find("#importClose");
            return close instanceof Button b && !b.isDisabled();
        }));
        List<String> shown = onFx(() -> ((ListView<ImportedFile>) find("#importResults")).getItems().stream()
                .map(f -> f.statusProperty().get()).toList());
        assertThat(shown).containsExactly(
                "non importé : UTF-8 non valide à l’octet 36 (ligne 3, colonne 24) : octet 0x81 ; ce n’est pas non plus"
                        + " du texte Windows-1252 ou ISO-8859-1",
                "non importé : c’est une image PNG, pas du texte");
    }

    /** A node in any open window (the import window is one of its own). On the FX thread only. */
    private static Node find(String selector) {
        return javafx.stage.Window.getWindows().stream().filter(w -> w.getScene() != null)
                .map(w -> w.getScene().lookup(selector)).filter(n -> n != null).findFirst().orElse(null);
    }
}
