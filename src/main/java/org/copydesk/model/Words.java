package org.copydesk.model;

/** Word counting shared by the status bar, the list and export. */
public final class Words {
    private Words() {
    }

    /** Counts runs of letters or digits (apostrophes and hyphens inside a word keep it one word). */
    public static int count(String text) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean wordChar = Character.isLetterOrDigit(c)
                    || (inWord && (c == '\'' || c == '\u2019' || c == '-') && i + 1 < text.length()
                        && Character.isLetterOrDigit(text.charAt(i + 1)));
            if (wordChar && !inWord) {
                n++;
            }
            inWord = wordChar;
        }
        return n;
    }
}
