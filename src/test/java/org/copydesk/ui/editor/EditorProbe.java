package org.copydesk.ui.editor;

/** What tests outside this package may ask of an editor's body (on the FX thread). */
public final class EditorProbe {
    private EditorProbe() {
    }

    /** The body has its first analysis and none pending. */
    public static boolean analysed(ArticleEditor editor) {
        BodyEditor b = editor.body();
        return b.appliedVersion() >= 0 && b.appliedVersion() == b.version();
    }

    /** The caret's paragraph is (at least partly) on screen, the body laid out. */
    public static boolean caretShown(ArticleEditor editor) {
        return ArticleEditor.caretShown(editor.body().area());
    }

    public static javafx.scene.Node body(ArticleEditor editor) {
        return editor.body().area();
    }
}
