package org.copydesk.spelling;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.copydesk.analysis.Analysis;

/**
 * Spelling as the editor uses it for one workspace: a checker, the words the desk and the user accept (the workspace's
 * {@code dictionary.txt} and the user's {@code words.txt}), adding to them, and suggestions. Thread-safe; every method
 * may read or write files or wait for a dictionary, so none is called on the FX thread.
 */
public final class DeskSpelling {
    private static final System.Logger LOG = System.getLogger(DeskSpelling.class.getName());
    private final SpellChecker checker;
    private final Path workspaceList;
    private final Path userList;
    private volatile WordList accepted = WordList.EMPTY;

    /**
     * @param workspaceList the desk's word list (null: none)
     * @param userList the user's word list (null: none)
     */
    public DeskSpelling(SpellChecker checker, Path workspaceList, Path userList) {
        this.checker = checker;
        this.workspaceList = workspaceList;
        this.userList = userList;
        reloadWords();
    }

    /** The machine's dictionaries with the workspace's and the user's word lists (scans folders: not on the FX thread). */
    public static DeskSpelling forWorkspace(Path workspaceRoot, Map<String, String> env) {
        return forWorkspace(workspaceRoot, env, null);
    }

    /**
     * The same, searching also the dictionary folder chosen in the settings (null: none) before the user's and the
     * system's folders.
     */
    public static DeskSpelling forWorkspace(Path workspaceRoot, Map<String, String> env, Path settingsFolder) {
        boolean isolated = Boolean.getBoolean(Spelling.ISOLATED_PROPERTY);
        return new DeskSpelling(Spelling.systemChecker(null, settingsFolder, env),
                workspaceRoot == null ? null : workspaceRoot.resolve(Spelling.WORKSPACE_DICTIONARY),
                isolated ? null : Spelling.userWordList(env));
    }

    public SpellChecker checker() {
        return checker;
    }

    /** Reads both word lists again; a list that cannot be read is logged and left out (never rewritten). */
    public void reloadWords() {
        List<String> all = new ArrayList<>();
        for (Path p : new Path[] {workspaceList, userList}) {
            if (p == null) {
                continue;
            }
            try {
                all.addAll(WordList.read(p).words());
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, e.getMessage());
            }
        }
        accepted = WordList.of(all);
    }

    /** The words of both lists as last read. */
    public WordList accepted() {
        return accepted;
    }

    /** Adds a word to the workspace's list (shared by the desk) and reads the lists again. */
    public void addToWorkspace(String word) throws IOException {
        add(workspaceList, word);
    }

    /** Adds a word to the user's own list and reads the lists again. */
    public void addToUser(String word) throws IOException {
        add(userList, word);
    }

    private void add(Path list, String word) throws IOException {
        if (list == null) {
            throw new IOException("no word list to add to");
        }
        WordList.add(list, word);
        reloadWords();
    }

    /** The text checked: its misspellings (without waiting for dictionaries still loading) and what was left out. */
    public record Checked(List<Misspelling> misspellings, Set<String> withoutDictionary, boolean complete) {
    }

    /**
     * Checks without waiting: a language whose dictionary is still loading is skipped this time ({@code complete} is
     * then false, and {@link #loaded} says when to check again).
     */
    public Checked check(String text, Analysis analysis, SpellingContext context) {
        List<Misspelling> found = checker.check(text, analysis, context);
        boolean complete = checker.dictionaries().allLoaded(checker.tags(analysis, context));
        return new Checked(found, checker.languagesWithoutDictionary(analysis, context), complete);
    }

    /** Completes when the dictionaries this analysis needs are loaded (or failed to load). */
    public CompletableFuture<Void> loaded(Analysis analysis, SpellingContext context) {
        return checker.dictionaries().whenLoaded(checker.tags(analysis, context));
    }

    /** Suggestions for a misspelt word, best first, within about {@code budgetMillis}. */
    public List<String> suggest(Misspelling m, SpellingContext context, long budgetMillis, int max) {
        return checker.suggest(m, context, budgetMillis, max);
    }
}
