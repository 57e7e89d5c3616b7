package org.copydesk.storage;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;


/**
 * The user's settings: a small JSON file in the platform's config folder ({@code $XDG_CONFIG_HOME/copydesk/settings.json}
 * on Linux). UI-free (no JavaFX): the window reads and sets values, and saves through a background thread.
 *
 * <p>The whole JSON tree is kept, so keys this version does not know (written by a newer one) survive a save. A value of
 * the wrong type reads as its default. A file that is not valid JSON gives the defaults and a message, and is kept
 * beside as {@code settings.json.broken} before the next save replaces it. Writes are atomic (temp file, fsync, move).
 */
public final class Settings {
    public static final String FILE_NAME = "settings.json";
    /** Larger files are not settings: refused (defaults and a message) rather than read into memory. */
    static final long MAX_BYTES = 1 << 20;
    public static final double MIN_ZOOM = 0.6;
    public static final double MAX_ZOOM = 2.5;

    /**
     * Jackson's mapper, built on first use, which is the first save: reading goes through {@link Reader}, so neither a
     * start nor a command that only reads the settings pays for setting it up (a few hundred classes, ~0.3 s of CPU in
     * a short process).
     */
    private static final class Mapper {
        static final ObjectMapper MAPPER = JsonMapper.builder()
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .build();

        static {
            MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32).build());
        }
    }

    /**
     * Reads the file's JSON tree with Jackson's streaming parser only (the same checks as the mapper: duplicate keys,
     * nesting deeper than 32, anything after the object): the app reads its settings while JavaFX starts, and the
     * mapper's set-up cost about as much CPU as the rest of that reading together, on a two-core machine beside the
     * toolkit's own start.
     */
    private static final class Reader {
        static final JsonFactory FACTORY = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32).build())
                .build();

        /** The document's value; null when it holds none. */
        static JsonNode read(byte[] bytes) throws IOException {
            try (JsonParser p = FACTORY.createParser(bytes)) {
                JsonToken first = p.nextToken();
                if (first == null) {
                    return null;
                }
                JsonNode value = value(p, first);
                JsonToken after = p.nextToken();
                if (after != null) {
                    throw new JsonParseException(p, "Trailing token (of type " + after + ") found after the value");
                }
                return value;
            }
        }

        private static JsonNode value(JsonParser p, JsonToken t) throws IOException {
            JsonNodeFactory f = JsonNodeFactory.instance;
            switch (t) {
                case START_OBJECT -> {
                    ObjectNode o = f.objectNode();
                    for (JsonToken k = p.nextToken(); k == JsonToken.FIELD_NAME; k = p.nextToken()) {
                        String name = p.currentName();
                        o.set(name, value(p, p.nextToken()));
                    }
                    return o;
                }
                case START_ARRAY -> {
                    ArrayNode a = f.arrayNode();
                    for (JsonToken v = p.nextToken(); v != JsonToken.END_ARRAY; v = p.nextToken()) {
                        a.add(value(p, v));
                    }
                    return a;
                }
                case VALUE_STRING -> {
                    return f.textNode(p.getText());
                }
                case VALUE_NUMBER_INT -> {
                    return switch (p.getNumberType()) {
                        case INT -> f.numberNode(p.getIntValue());
                        case LONG -> f.numberNode(p.getLongValue());
                        default -> f.numberNode(p.getBigIntegerValue());
                    };
                }
                case VALUE_NUMBER_FLOAT -> {
                    return f.numberNode(p.getDoubleValue());
                }
                case VALUE_TRUE, VALUE_FALSE -> {
                    return f.booleanNode(t == JsonToken.VALUE_TRUE);
                }
                case VALUE_NULL -> {
                    return f.nullNode();
                }
                default -> throw new JsonParseException(p, "Unexpected token (" + t + ")");
            }
        }
    }

    /** Settings as read, and what went wrong reading them (null when nothing did). */
    public record Loaded(Settings settings, String problem) {
    }

    private final ObjectNode tree;

    private Settings(ObjectNode tree) {
        this.tree = tree;
    }

    /** All defaults (no file). */
    public static Settings defaults() {
        return new Settings(JsonNodeFactory.instance.objectNode());
    }

    /** Where the settings live: {@code $XDG_CONFIG_HOME/copydesk}, else {@code ~/.config/copydesk}; per platform. */
    public static Path location(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return (appData != null ? Path.of(appData) : home.resolve("AppData").resolve("Roaming")).resolve("Copydesk").resolve(FILE_NAME);
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Preferences").resolve("Copydesk").resolve(FILE_NAME);
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".config");
        return base.resolve("copydesk").resolve(FILE_NAME);
    }

    public static Path defaultLocation() {
        return location(System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    /** Reads the settings file; a missing file gives the defaults silently, a broken one the defaults and a message. */
    public static Loaded load(Path file) {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                return broken(file, "it is larger than " + MAX_BYTES / 1024 + " KB");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new Loaded(defaults(), null);
        } catch (IOException e) {
            return new Loaded(defaults(), "Settings could not be read (" + e.getMessage() + "); using the defaults.");
        }
        try {
            JsonNode node = Reader.read(bytes);
            if (node == null) {
                return broken(file, "it is empty");
            }
            if (!node.isObject()) {
                return broken(file, "it holds a JSON " + node.getNodeType().name().toLowerCase(Locale.ROOT) + ", not an object");
            }
            return new Loaded(new Settings((ObjectNode) node), null);
        } catch (IOException e) {
            String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            return broken(file, "it is not valid JSON: " + msg);
        }
    }

    private static Loaded broken(Path file, String why) {
        Path kept = file.resolveSibling(file.getFileName() + ".broken");
        String where;
        try {
            Files.copy(file, kept, StandardCopyOption.REPLACE_EXISTING);
            where = " The file was kept as " + kept + ".";
        } catch (IOException e) {
            where = "";
        }
        return new Loaded(defaults(), "Settings in " + file + " were not used: " + why + ". Using the defaults." + where);
    }

    /** Writes the settings atomically, creating the folder. */
    public synchronized void save(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        byte[] bytes;
        bytes = (Mapper.MAPPER.writeValueAsString(tree) + "\n").getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, bytes);
    }

    /** The JSON as it would be saved (tests, diagnostics). */
    public synchronized String toJson() {
        try {
            return Mapper.MAPPER.writeValueAsString(tree);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------ typed values

    /** "light", "dark" or "system" (follow the desktop). */
    public synchronized String theme() {
        String t = string("theme", "system");
        return t.equals("light") || t.equals("dark") ? t : "system";
    }

    public synchronized void setTheme(String v) {
        tree.put("theme", v);
    }

    public synchronized double zoom() {
        double z = number("zoom", 1.0);
        return Double.isFinite(z) ? Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z)) : 1.0;
    }

    public synchronized void setZoom(double v) {
        tree.put("zoom", Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, v)));
    }

    /** UI language: "en", "fr", or "" for the system's. */
    public synchronized String uiLanguage() {
        String l = string("uiLanguage", "");
        return l.equals("en") || l.equals("fr") ? l : "";
    }

    public synchronized void setUiLanguage(String v) {
        tree.put("uiLanguage", v == null ? "" : v);
    }

    public synchronized String authorName() {
        return string("authorName", "");
    }

    public synchronized void setAuthorName(String v) {
        tree.put("authorName", v);
    }

    public synchronized String authorEmail() {
        return string("authorEmail", "");
    }

    public synchronized void setAuthorEmail(String v) {
        tree.put("authorEmail", v);
    }

    public synchronized String dictionaryFolder() {
        return string("dictionaryFolder", "");
    }

    public synchronized void setDictionaryFolder(String v) {
        tree.put("dictionaryFolder", v);
    }

    /** Whether a panel ("list", "side") is shown. */
    public synchronized boolean panelVisible(String panel) {
        JsonNode n = object("panels").get(panel);
        return n == null || !n.isBoolean() || n.booleanValue();
    }

    public synchronized void setPanelVisible(String panel, boolean visible) {
        objectForWrite("panels").put(panel, visible);
    }

    /** The width of a panel ("list", "side") in pixels, or {@code fallback}. */
    public synchronized double panelWidth(String panel, double fallback) {
        JsonNode n = object("panelWidths").get(panel);
        return n != null && n.isNumber() && n.doubleValue() >= 80 && n.doubleValue() <= 4000 ? n.doubleValue() : fallback;
    }

    public synchronized void setPanelWidth(String panel, double width) {
        objectForWrite("panelWidths").put(panel, Math.round(width));
    }

    /** The side panel's open tab ("story", "languages", "related"). */
    public synchronized String sideTab() {
        return string("sideTab", "story");
    }

    public synchronized void setSideTab(String v) {
        tree.put("sideTab", v);
    }

    /** Window bounds {x, y, width, height}, or null when none are saved or they make no sense. */
    public synchronized double[] windowBounds() {
        JsonNode n = tree.get("window");
        if (n == null || !n.isObject()) {
            return null;
        }
        double[] b = {n.path("x").asDouble(Double.NaN), n.path("y").asDouble(Double.NaN),
                n.path("width").asDouble(Double.NaN), n.path("height").asDouble(Double.NaN)};
        for (double d : b) {
            if (!Double.isFinite(d) || Math.abs(d) > 100_000) {
                return null;
            }
        }
        return b[2] >= 400 && b[3] >= 300 ? b : null;
    }

    public synchronized boolean windowMaximized() {
        return tree.path("window").path("maximized").asBoolean(false);
    }

    public synchronized void setWindow(double x, double y, double width, double height, boolean maximized) {
        ObjectNode w = objectForWrite("window");
        w.put("x", Math.round(x));
        w.put("y", Math.round(y));
        w.put("width", Math.round(width));
        w.put("height", Math.round(height));
        w.put("maximized", maximized);
    }

    /** The article open when the app last closed, or "". */
    public synchronized String lastArticle() {
        return string("lastArticle", "");
    }

    /** Where the caret was in the last article's body. */
    public synchronized int lastCaret() {
        JsonNode n = tree.get("lastCaret");
        return n != null && n.canConvertToInt() && n.intValue() >= 0 ? n.intValue() : 0;
    }

    public synchronized void setLastArticle(String id, int caret) {
        tree.put("lastArticle", id == null ? "" : id);
        tree.put("lastCaret", Math.max(0, caret));
    }

    /** Headline length limit in characters (web: 70). */
    public synchronized int headlineLimit() {
        return limit("headlineLimit", 70);
    }

    /** Standfirst length limit in characters. */
    public synchronized int standfirstLimit() {
        return limit("standfirstLimit", 250);
    }

    // ------------------------------------------------------------------ helpers

    private int limit(String key, int fallback) {
        JsonNode n = tree.get(key);
        return n != null && n.canConvertToInt() && n.intValue() > 0 && n.intValue() < 10_000 ? n.intValue() : fallback;
    }

    private String string(String key, String fallback) {
        JsonNode n = tree.get(key);
        return n != null && n.isTextual() ? n.textValue() : fallback;
    }

    private double number(String key, double fallback) {
        JsonNode n = tree.get(key);
        return n != null && n.isNumber() ? n.doubleValue() : fallback;
    }

    private JsonNode object(String key) {
        JsonNode n = tree.get(key);
        return n != null && n.isObject() ? n : JsonNodeFactory.instance.objectNode();
    }

    private ObjectNode objectForWrite(String key) {
        JsonNode n = tree.get(key);
        if (n instanceof ObjectNode o) {
            return o;
        }
        return tree.putObject(key);
    }

}
