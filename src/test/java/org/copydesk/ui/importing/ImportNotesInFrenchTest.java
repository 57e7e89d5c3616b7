package org.copydesk.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import org.copydesk.importing.ImportNote;
import org.copydesk.ui.FxTestBase;
import org.copydesk.ui.MainWindow;
import org.copydesk.ui.common.UiContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the import window notes about a file ("scripts removed", "an image is left out") is worded in the interface's
 * language: French in the French interface, in the English one what `copydesk import` prints.
 */
class ImportNotesInFrenchTest extends FxTestBase {
    static final UiContext EN = new UiContext(null, null, null, UiContext.loadMessages(Locale.ENGLISH), null, null);
    static final UiContext FR = new UiContext(null, null, null, UiContext.loadMessages(Locale.FRENCH), null, null);

    /** A note of each code with arguments (a name to show, counts of one and more). */
    static List<ImportNote> samples(ImportNote.Code code) {
        return switch (code) {
            case GUESSED_ENCODING -> List.of(ImportNote.of(code, "windows-1252"));
            case IMAGES_LEFT_OUT, STRUCK_TEXT_KEPT -> List.of(ImportNote.of(code, "1", "the harbour"),
                    ImportNote.of(code, "3", "the harbour, crane, …"), ImportNote.of(code, "2", ""));
            default -> List.of(ImportNote.of(code));
        };
    }

    @ParameterizedTest
    @EnumSource(ImportNote.Code.class)
    void eachNoteIsWordedInFrenchAndInEnglishAsTheCommandLineSaysIt(ImportNote.Code code) {
        for (ImportNote n : samples(code)) {
            assertThat(NoteText.of(EN, n)).isEqualTo(n.english());
            String fr = NoteText.of(FR, n);
            assertThat(fr).doesNotContain("!importNote").isNotEqualTo(n.english());
            n.args().stream().filter(a -> !a.isEmpty() && !a.matches("\\d+")).forEach(a -> assertThat(fr).contains(a));
        }
    }

    @Test
    void theFrenchWordingOfCountedNotes() {
        assertThat(NoteText.of(FR, ImportNote.of(ImportNote.Code.IMAGES_LEFT_OUT, "1", "le port")))
                .isEqualTo("une image est laissée de côté : le port");
        assertThat(NoteText.of(FR, ImportNote.of(ImportNote.Code.IMAGES_LEFT_OUT, "3", "")))
                .isEqualTo("3 images sont laissées de côté");
    }

    @Test
    void aPageImportedInTheFrenchInterfaceIsNotedInFrench() throws Exception {
        Path page = Files.writeString(Files.createDirectories(tempDir.resolve("incoming")).resolve("ferry.html"), """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ferry strike ends</title>
                <script>var tracking = 1;</script></head><body><article>
                <h1>Ferry crews end strike after pay deal in Calais</h1>
                <p>Ferry crews in Calais voted on Thursday to end a nine-day strike after the operators offered a pay rise.</p>
                <p>The first crossings are planned for Friday morning, the operators said.</p>
                </article></body></html>
                """, StandardCharsets.UTF_8);
        UiContext fr = new UiContext(workspace, ANALYZER, background, UiContext.loadMessages("fr"));
        MainWindow window = showMainWindow(fr, 1280, 800);
        onFx(() -> FileDrops.drop(window.list().view(), List.of(page)));
        // generous: the first analysis loads the language models, on a machine shared with other builds
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> onFx(() -> {
            Node close = ImportNotesInFrenchTest.find("#importClose");
            return close instanceof Button b && !b.isDisabled();
        }));
        String status = onFx(() -> ((ListView<ImportedFile>) find("#importResults")).getItems().get(0).statusProperty().get());
        assertThat(status).startsWith("importé sous « Ferry crews end strike after pay deal in Calais »")
                .contains("(remarque : scripts retirés)").doesNotContain("scripts removed");
    }

    /** A node in any open window (the import window is one of its own). On the FX thread only. */
    private static Node find(String selector) {
        return javafx.stage.Window.getWindows().stream().filter(w -> w.getScene() != null)
                .map(w -> w.getScene().lookup(selector)).filter(n -> n != null).findFirst().orElse(null);
    }
}
