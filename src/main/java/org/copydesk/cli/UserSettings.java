package org.copydesk.cli;

import java.nio.file.Path;
import org.copydesk.spelling.Spelling;
import org.copydesk.storage.Settings;
import org.copydesk.sync.Author;
import org.copydesk.sync.DeskRepository;

/** What the commands take from the app's settings file (the same file the app writes), read once per command. */
final class UserSettings {
    /** A settings file to read instead of the user's (tests; a person keeping two setups apart). */
    static final String FILE_PROPERTY = "copydesk.settings";

    private UserSettings() {
    }

    /** The settings file the app writes ({@code -Dcopydesk.settings=FILE} names another). */
    static Path file() {
        String f = System.getProperty(FILE_PROPERTY);
        return f != null && !f.isBlank() ? Path.of(f) : Settings.defaultLocation();
    }

    static Settings load() {
        return Settings.load(file()).settings();
    }

    /**
     * Who the history's versions are by: the name and e-mail of File ▸ Sync settings in the app, else git's
     * {@code user.name}/{@code user.email}, else the login name (as the app does).
     */
    static Author author(DeskRepository repo) {
        Settings s = load();
        return repo.authorOr(s.authorName(), s.authorEmail());
    }

    /**
     * The folder of spelling dictionaries chosen in the app (Marks ▸ Spelling dictionaries folder…), or null: none
     * chosen, settings unreadable (the defaults are used then, as in the app), or spelling isolated (tests).
     */
    static Path dictionaryFolder() {
        if (Boolean.getBoolean(Spelling.ISOLATED_PROPERTY)) {
            return null;
        }
        String folder = load().dictionaryFolder();
        return folder.isBlank() ? null : Path.of(folder);
    }
}
