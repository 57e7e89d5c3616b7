package org.copydesk.cli;

import java.nio.file.Path;
import org.copydesk.spelling.Spelling;
import org.copydesk.storage.Settings;

/** What the commands take from the app's settings file (the same file the app writes), read once per command. */
final class UserSettings {
    private UserSettings() {
    }

    /**
     * The folder of spelling dictionaries chosen in the app (Marks ▸ Spelling dictionaries folder…), or null: none
     * chosen, settings unreadable (the defaults are used then, as in the app), or spelling isolated (tests).
     */
    static Path dictionaryFolder() {
        if (Boolean.getBoolean(Spelling.ISOLATED_PROPERTY)) {
            return null;
        }
        String folder = Settings.load(Settings.defaultLocation()).settings().dictionaryFolder();
        return folder.isBlank() ? null : Path.of(folder);
    }
}
