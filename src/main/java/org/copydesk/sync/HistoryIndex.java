package org.copydesk.sync;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.ObjectId;

/**
 * What the history of one article knows about each commit, kept beside the repository ({@code .git/copydesk-history/ID})
 * so that listing a long history reads each commit once and no trees or article versions: the article's blob in that
 * commit, whether the commit changed it, and the words it added and removed. Commits never change, so an entry never
 * goes stale; entries are appended as commits are made (and as a listing works out the ones it lacked). A line that
 * does not read (a torn write, a hand edit) is ignored and worked out again from git.
 */
final class HistoryIndex {
    private static final System.Logger LOG = System.getLogger(HistoryIndex.class.getName());
    private static final int MAX_BYTES = 64 * 1024 * 1024;

    /** One commit as the article's history sees it; {@code blob} null: the article is not in that commit. */
    record Entry(ObjectId blob, boolean changed, int added, int removed) {
    }

    private final Path file;
    private final Map<ObjectId, Entry> entries;

    private HistoryIndex(Path file, Map<ObjectId, Entry> entries) {
        this.file = file;
        this.entries = entries;
    }

    /** The index of an article's history in {@code dir} (empty when there is none yet, or it cannot be read). */
    static HistoryIndex read(Path dir, String id) {
        Path file = dir.resolve(id);
        Map<ObjectId, Entry> entries = new HashMap<>();
        try {
            if (Files.isRegularFile(file) && Files.size(file) <= MAX_BYTES) {
                for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
                    parse(line, entries);
                }
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot read the history index of " + id + "; it is worked out again", e);
        }
        return new HistoryIndex(file, entries);
    }

    private static void parse(String line, Map<ObjectId, Entry> into) {
        String[] f = line.split(" ");
        if (f.length != 5 || !ObjectId.isId(f[0]) || !(f[1].equals("-") || ObjectId.isId(f[1]))
                || !(f[2].equals("0") || f[2].equals("1"))) {
            return;
        }
        try {
            int added = Integer.parseInt(f[3]);
            int removed = Integer.parseInt(f[4]);
            if (added < 0 || removed < 0) {
                return;
            }
            into.put(ObjectId.fromString(f[0]), new Entry(f[1].equals("-") ? null : ObjectId.fromString(f[1]),
                    f[2].equals("1"), added, removed));
        } catch (NumberFormatException e) {
            // not a line of ours: worked out again
        }
    }

    /** Appends one commit's entry to an article's index in {@code dir}, without reading the index. */
    static void append(Path dir, String id, ObjectId commit, Entry entry) {
        new HistoryIndex(dir.resolve(id), new HashMap<>()).add(Map.of(commit, entry));
    }

    Entry get(ObjectId commit) {
        return entries.get(commit);
    }

    int size() {
        return entries.size();
    }

    /** Remembers these commits' entries, in memory and at the end of the file. A failure only costs speed. */
    void add(Map<ObjectId, Entry> more) {
        if (more.isEmpty()) {
            return;
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<ObjectId, Entry> e : more.entrySet()) {
            entries.put(e.getKey().copy(), e.getValue());
            Entry x = e.getValue();
            sb.append(e.getKey().name()).append(' ').append(x.blob() == null ? "-" : x.blob().name()).append(' ')
                    .append(x.changed() ? '1' : '0').append(' ').append(x.added()).append(' ').append(x.removed()).append('\n');
        }
        try {
            Files.createDirectories(file.getParent());
            // one write of whole lines: a torn write leaves at most one line that does not read
            Files.write(file, List.of(sb.substring(0, sb.length() - 1)), StandardCharsets.ISO_8859_1,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot write the history index " + file, e);
        }
    }
}
