package org.copydesk.spelling;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.copydesk.analysis.Analysis;
import org.copydesk.analysis.CopyIssue;
import org.copydesk.analysis.IssueCode;
import org.copydesk.analysis.IssueType;

/**
 * Where spelling meets the rest: the standard places dictionaries and word lists live, and the spelling pass added to
 * an {@link Analysis} as {@link IssueType#SPELLING} issues (a separate pass beside the analyser, which it leaves alone).
 */
public final class Spelling {
    private static final System.Logger LOG = System.getLogger(Spelling.class.getName());
    /** The workspace dictionary, shared by the desk: {@code <workspace>/dictionary.txt}. */
    public static final String WORKSPACE_DICTIONARY = "dictionary.txt";
    /** Environment variable naming a folder of Hunspell dictionaries searched before all others. */
    public static final String DICTIONARIES_ENV = "COPYDESK_DICTIONARIES";
    private Spelling() {
    }

    /**
     * System property: when "true", only a configured folder is searched and no user word list is read (the tests set
     * it so that they never depend on what this machine has installed).
     */
    public static final String ISOLATED_PROPERTY = "copydesk.spelling.isolated";

    /** A checker over the dictionaries of this machine: configured folder (may be null), user folder, system folders. */
    public static SpellChecker systemChecker(Path configuredFolder, Map<String, String> env) {
        return systemChecker(configuredFolder, null, env);
    }

    /**
     * A checker over the dictionaries of this machine. The folders searched, in order (the first with a given
     * {@code xx_YY.aff} wins): the configured one (a command's option; may be null), else {@code $COPYDESK_DICTIONARIES};
     * the folder chosen in the settings (may be null); the user's; the system's. Parsed dictionaries are kept in the
     * user's cache ({@link DictionaryCache#forUser}), except when isolated (tests).
     */
    public static SpellChecker systemChecker(Path configuredFolder, Path settingsFolder, Map<String, String> env) {
        boolean isolated = Boolean.getBoolean(ISOLATED_PROPERTY);
        List<Path> folders = folders(configuredFolder, settingsFolder, env, isolated);
        return new SpellChecker(new SpellingDictionaries(InstalledDictionaries.scan(folders),
                isolated ? null : DictionaryCache.forUser(env)));
    }

    /** The folders {@link #systemChecker(Path, Path, Map)} searches, in order; isolated (tests): only the given ones. */
    static List<Path> folders(Path configuredFolder, Path settingsFolder, Map<String, String> env, boolean isolated) {
        List<Path> out = new ArrayList<>();
        if (isolated) {
            for (Path p : new Path[] {configuredFolder, settingsFolder}) {
                if (p != null) {
                    out.add(p);
                }
            }
            return out;
        }
        Path configured = configuredFolder;
        if (configured == null && env.get(DICTIONARIES_ENV) != null && !env.get(DICTIONARIES_ENV).isBlank()) {
            configured = Path.of(env.get(DICTIONARIES_ENV));
        }
        if (configured != null) {
            out.add(configured);
        }
        for (Path p : InstalledDictionaries.standardFolders(settingsFolder, userDictionaryFolder(env))) {
            if (!out.contains(p)) {
                out.add(p);
            }
        }
        return out;
    }

    /** {@code $XDG_DATA_HOME/hunspell} (else {@code ~/.local/share/hunspell}), where users put extra dictionaries. */
    public static Path userDictionaryFolder(Map<String, String> env) {
        return dataHome(env).resolve("hunspell");
    }

    /** The user's own word list: {@code $XDG_CONFIG_HOME/copydesk/words.txt} (else {@code ~/.config/...}). */
    public static Path userWordList(Map<String, String> env) {
        String xdg = env.get("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home")).resolve(".config");
        return base.resolve("copydesk").resolve("words.txt");
    }

    private static Path dataHome(Map<String, String> env) {
        String xdg = env.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home")).resolve(".local").resolve("share");
    }

    /** The workspace and user word lists together; a list that cannot be read is logged and left out (never rewritten). */
    public static WordList acceptedWords(Path workspaceRoot, Map<String, String> env) {
        List<String> all = new ArrayList<>();
        Path user = Boolean.getBoolean(ISOLATED_PROPERTY) ? null : userWordList(env);
        for (Path p : new Path[] {workspaceRoot == null ? null : workspaceRoot.resolve(WORKSPACE_DICTIONARY), user}) {
            if (p == null) {
                continue;
            }
            try {
                all.addAll(WordList.read(p).words());
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, e.getMessage());
            }
        }
        return WordList.of(all);
    }

    /** The analysis with the misspellings added to its issues, all in text order. */
    public static Analysis withSpelling(Analysis analysis, List<Misspelling> misspellings) {
        if (misspellings.isEmpty()) {
            return analysis;
        }
        List<CopyIssue> issues = new ArrayList<>(analysis.issues());
        for (Misspelling m : misspellings) {
            issues.add(issue(m));
        }
        issues.sort(Comparator.comparingInt(CopyIssue::start));
        return new Analysis(analysis.language(), analysis.segments(), analysis.quotations(), issues);
    }

    public static CopyIssue issue(Misspelling m) {
        return new CopyIssue(IssueType.SPELLING, m.start(), m.end(), IssueCode.NOT_IN_DICTIONARY,
                List.of(String.valueOf(m.language()), m.word()), null, null);
    }

    public static String languageName(String code) {
        return IssueCode.languageName(code);
    }
}
