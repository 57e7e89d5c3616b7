package org.copydesk.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.copydesk.storage.ArticleCodec;
import org.copydesk.storage.ArticleFormatException;
import org.copydesk.storage.AtomicFiles;
import org.copydesk.storage.Workspace;

/**
 * The conflicts of an article travel in its own file, in a top-level {@code "conflicts"} list (a field the codec
 * keeps as it keeps every field it does not know), so the desk that receives a merged article sees them too:
 * <pre>"conflicts": [{"field": "body", "mine": ["…"], "theirs": ["…"]}]</pre>
 */
public final class ConflictRecords {
    public static final String FIELD = "conflicts";

    private ConflictRecords() {
    }

    /** The conflicts in a file's extra fields; entries that are not well-formed are skipped. */
    public static List<Conflict> read(Map<String, JsonNode> unknownFields) {
        List<Conflict> out = new ArrayList<>();
        JsonNode list = unknownFields == null ? null : unknownFields.get(FIELD);
        if (list == null || !list.isArray()) {
            return out;
        }
        for (JsonNode c : list) {
            if (c.isObject() && c.path("field").isTextual()) {
                out.add(new Conflict(c.get("field").asText(), strings(c.get("mine")), strings(c.get("theirs"))));
            }
        }
        return out;
    }

    /** The extra fields with the conflicts set to {@code conflicts} (the field removed when there are none). */
    public static Map<String, JsonNode> write(Map<String, JsonNode> unknownFields, List<Conflict> conflicts) {
        Map<String, JsonNode> out = new LinkedHashMap<>(unknownFields == null ? Map.of() : unknownFields);
        out.remove(FIELD);
        List<Conflict> distinct = new ArrayList<>(new LinkedHashSet<>(conflicts));
        if (!distinct.isEmpty()) {
            ArrayNode list = JsonNodeFactory.instance.arrayNode();
            for (Conflict c : distinct) {
                ObjectNode o = list.addObject();
                o.put("field", c.field());
                c.mine().forEach(o.putArray("mine")::add);
                c.theirs().forEach(o.putArray("theirs")::add);
            }
            out.put(FIELD, list);
        }
        return out;
    }

    /**
     * Three-way merge of the extra fields of a file: a field changed on one side takes that side's value; changed on
     * both, mine; conflicts merge as a set (one resolved on a side stays resolved), plus the new ones.
     */
    static Map<String, JsonNode> merge(Map<String, JsonNode> base, Map<String, JsonNode> mine, Map<String, JsonNode> theirs,
                                       List<Conflict> fresh) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        LinkedHashSet<String> keys = new LinkedHashSet<>(mine.keySet());
        keys.addAll(theirs.keySet());
        keys.addAll(base.keySet());
        for (String k : keys) {
            if (k.equals(FIELD)) {
                continue;
            }
            JsonNode b = base.get(k);
            JsonNode m = mine.get(k);
            JsonNode t = theirs.get(k);
            JsonNode v = Objects.equals(m, b) ? t : m;
            if (v != null) {
                out.put(k, v);
            }
        }
        // a conflict one side resolved stays resolved; one either side recorded since the base stays open
        List<Conflict> all = new ArrayList<>(ArticleMerge.sets(read(base), read(mine), read(theirs)));
        all.addAll(fresh);
        return write(out, all);
    }

    /**
     * Removes a resolved conflict from an article's file, under the workspace's lock; the article itself (text,
     * revision) is left as it is. Returns the conflicts still open.
     */
    public static List<Conflict> resolve(Workspace ws, String id, Conflict resolved) throws IOException {
        return rewrite(ws, id, false, open -> {
            List<Conflict> left = new ArrayList<>(open);
            left.remove(resolved);
            return left;
        });
    }

    /**
     * Records a conflict in an article's file again (an undone choice), under the workspace's lock, unless it is there
     * already; the article itself is left as it is. Returns the conflicts open afterwards (none when the file is gone).
     */
    public static List<Conflict> reopen(Workspace ws, String id, Conflict again) throws IOException {
        return rewrite(ws, id, false, open -> {
            if (open.contains(again)) {
                return open;
            }
            List<Conflict> now = new ArrayList<>(List.of(again));
            now.addAll(open);
            return now;
        });
    }

    /**
     * Records more conflicts in an article's file (those already there stay; one recorded twice is kept once), under
     * the workspace's lock; the article itself (text, revision) is left as it is. Used when the editor merged a change
     * on disk with its unsaved edits and both versions of a passage are now in the body. Returns the conflicts open.
     */
    public static List<Conflict> add(Workspace ws, String id, List<Conflict> more) throws IOException {
        return rewrite(ws, id, true, open -> {
            List<Conflict> all = new ArrayList<>(open);
            for (Conflict c : more) {
                if (!all.contains(c)) {
                    all.add(c);
                }
            }
            return all;
        });
    }

    /**
     * Changes the conflicts recorded in an article's file, under the workspace's lock, writing the file only when they
     * change (the article itself is left as it is). A missing file: none, or an error when {@code mustExist}.
     */
    private static List<Conflict> rewrite(Workspace ws, String id, boolean mustExist, UnaryOperator<List<Conflict>> change)
            throws IOException {
        return ws.locked(() -> {
            Path file = ws.fileOf(id);
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                if (mustExist) {
                    throw new IOException(id + " is no longer in the workspace: its conflicts cannot be recorded");
                }
                return List.of();
            }
            ArticleCodec.Decoded d;
            try {
                d = ArticleCodec.decode(Files.readAllBytes(file));
            } catch (ArticleFormatException e) {
                throw new IOException(id + " cannot be read: " + e.getMessage(), e);
            }
            List<Conflict> open = read(d.unknownFields());
            List<Conflict> now = change.apply(open);
            if (now.equals(open)) {
                return open;
            }
            AtomicFiles.write(file, ArticleCodec.encode(d.article(), write(d.unknownFields(), now)));
            return now;
        });
    }

    /** The conflicts recorded in an article's file (none when it is missing or cannot be read). */
    public static List<Conflict> of(Workspace ws, String id) {
        try {
            Path file = ws.fileOf(id);
            return Files.isRegularFile(file) ? read(ArticleCodec.decode(Files.readAllBytes(file)).unknownFields()) : List.of();
        } catch (IOException | ArticleFormatException | RuntimeException e) {
            return List.of();
        }
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n != null && n.isArray()) {
            for (JsonNode x : n) {
                if (x.isTextual()) {
                    out.add(x.asText());
                }
            }
        }
        return out;
    }
}
