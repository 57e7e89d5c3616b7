package org.copydesk.editing;

/**
 * Where the caret goes when the text under it is replaced by another version (the file changed on disk and the editor
 * reloads it): it stays at the same text. Before the first difference it keeps its offset; after the last difference
 * it keeps its distance from the end; inside the changed stretch it goes to the end of the new stretch (just after
 * what the other writer put there), never past the end of the text.
 */
public final class CaretOnReload {
    private CaretOnReload() {
    }

    public static int place(String before, String after, int caret) {
        caret = Math.max(0, Math.min(caret, before.length()));
        int max = Math.min(before.length(), after.length());
        int prefix = 0;
        while (prefix < max && before.charAt(prefix) == after.charAt(prefix)) {
            prefix++;
        }
        if (caret <= prefix) {
            return caret;
        }
        int suffix = 0;
        while (suffix < max - prefix && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
            suffix++;
        }
        int fromEnd = before.length() - caret;
        int at = fromEnd <= suffix ? after.length() - fromEnd : after.length() - suffix;
        if (at > 0 && at < after.length() && Character.isLowSurrogate(after.charAt(at))) {
            at--; // never between the two halves of a character
        }
        return Math.max(0, Math.min(at, after.length()));
    }
}
