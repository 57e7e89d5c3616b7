package org.copydesk.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
        String folder = dictionaryFolderOf(file());
        return folder.isBlank() ? null : Path.of(folder);
    }

    private static final String DICTIONARY_FOLDER_KEY = "dictionaryFolder";

    /**
     * {@code Settings.load(file).settings().dictionaryFolder()}, without Jackson's object mapper when it can: a command
     * that lives a second ({@code analyze}) would spend a third of it loading the mapper for one string. A missing file
     * gives "" at once; a file that Jackson's strict streaming parser reads whole without a complaint (the checks the
     * settings reader makes: valid JSON, an object, no duplicate key, nothing after it, at most 32 levels) gives its
     * top-level value; anything else goes through {@link Settings#load}, which deals with it (a broken file is kept
     * aside and the defaults used) — so the answer is always the settings reader's.
     */
    static String dictionaryFolderOf(Path file) {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_QUICK_BYTES) {
                return load(file);
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return "";
        } catch (IOException e) {
            return load(file);
        }
        String quick = quickRead(bytes);
        return quick != null ? quick : load(file);
    }

    private static final long MAX_QUICK_BYTES = 256 * 1024;

    private static String load(Path file) {
        return Settings.load(file).settings().dictionaryFolder();
    }

    /** The top-level dictionary folder of a settings file that passes every check; null when one fails. */
    static String quickRead(byte[] bytes) {
        JsonFactory factory = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32).build())
                .build();
        try (JsonParser p = factory.createParser(bytes)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            String folder = "";
            int depth = 1;
            while (depth > 0) {
                JsonToken t = p.nextToken();
                if (t == null) {
                    return null;
                }
                switch (t) {
                    case START_OBJECT, START_ARRAY -> depth++;
                    case END_OBJECT, END_ARRAY -> depth--;
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getNumberValue(); // as the tree reader parses it
                    case VALUE_STRING -> {
                        String v = p.getText();
                        if (depth == 1 && DICTIONARY_FOLDER_KEY.equals(p.currentName())) {
                            folder = v;
                        }
                    }
                    default -> {
                    }
                }
            }
            return p.nextToken() == null ? folder : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
