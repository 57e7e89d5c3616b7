package org.copydesk.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Build step (run by Maven in {@code process-classes}, before {@link StylesheetCompiler}): removes from the copies of
 * the Primer theme in {@code target/classes} the selectors that name a style class of a control family Copydesk never
 * creates ({@link #UNUSED}). JavaFX loads every rule of the theme and tries each rule whose right-most part matches a
 * node for that node ({@code .pagination .button} for every button), so rules for charts, colour pickers or AtlantaFX's
 * own controls cost load and style-matching time for nothing. The theme's source in {@code src/main/resources} stays
 * whole (see its NOTICE.md) and is what is pruned, every build, into the copies. A rule keeps the selectors that
 * survive; a rule with none left is dropped; declarations are kept as written.
 *
 * <p>{@code ThemeClassesTest} fails when a window of the app shows a node with a class listed here: a family used later
 * (a Spinner, a Slider) is taken off this list, not worked around.
 */
public final class ThemePruner {
    /** A family of controls Copydesk does not create, the style classes that only it uses, and why it is unused. */
    public record Family(String name, String why, Set<String> styleClasses) {
        Family(String name, String why, String... styleClasses) {
            this(name, why, Set.of(styleClasses));
        }
    }

    /**
     * The families whose selectors are removed: the one list to edit. Each was checked by {@code ThemeClassesTest} (every
     * window, side tab, dialog and popup of the app walked for its style classes) and by a search of {@code src/main}
     * for the control's class. A class shared with a control the app does use is never listed: the date picker's popup
     * (its month and year) and the progress indicator's indeterminate wheel carry {@code .spinner}, so Spinner's family
     * lists only its arrow buttons and arrow layouts.
     */
    public static final List<Family> UNUSED = List.of(
            new Family("charts", "no javafx.scene.chart class is used: the app draws no chart",
                    "chart", "bar-chart", "stacked-bar-chart", "axis", "chart-area-symbol", "chart-bar", "chart-bubble",
                    "chart-line-symbol", "chart-pie", "chart-pie-label", "chart-pie-label-line", "chart-series-area-fill",
                    "chart-series-area-line", "chart-series-line", "chart-symbol", "area-legend-symbol", "bar-legend-symbol",
                    "bubble-legend-symbol", "pie-legend-symbol", "default-color0", "default-color1", "default-color2",
                    "default-color3", "default-color4", "default-color5", "default-color6", "default-color7"),
            new Family("HTMLEditor", "the body is RichTextFX's StyleClassedTextArea; javafx.web is not a dependency",
                    "html-editor", "html-editor-align-center", "html-editor-align-justify", "html-editor-align-left",
                    "html-editor-align-right", "html-editor-bold", "html-editor-bullets", "html-editor-copy",
                    "html-editor-cut", "html-editor-hr", "html-editor-indent", "html-editor-italic", "html-editor-numbers",
                    "html-editor-outdent", "html-editor-paste", "html-editor-strike", "html-editor-underline"),
            new Family("TreeTableView", "trees are TreeViews and tables are TableViews; no TreeTableView",
                    "tree-table-view", "tree-table-row-cell"),
            new Family("Pagination", "lists scroll; no Pagination", "pagination"),
            new Family("ColorPicker", "no colour is chosen by the user; no ColorPicker (nor its custom colour dialog)",
                    "color-picker", "custom-color-dialog", "color-palette", "color-palette-region"),
            new Family("Spinner", "no Spinner; only its arrow buttons and arrow layouts (.spinner is on the date picker's "
                    + "popup and the progress indicator's wheel)",
                    "increment-arrow-button", "decrement-arrow-button", "split-arrows-horizontal", "split-arrows-vertical",
                    "arrows-on-left-horizontal", "arrows-on-left-vertical", "arrows-on-right-horizontal"),
            new Family("Slider", "no Slider (zoom is a menu command, not a slider)", "slider"),
            new Family("SplitMenuButton", "no SplitMenuButton (the toolbar has plain buttons)", "split-menu-button"),
            new Family("TitledPane and Accordion", "panels are tabs of a TabPane; no TitledPane or Accordion",
                    "titled-pane", "accordion"),
            new Family("TextInputDialog and ChoiceDialog", "dialogs are Alerts and Dialogs with their own content",
                    "text-input-dialog", "choice-dialog"),
            new Family("editing table cells", "tables are read-only: no CheckBoxTableCell, TextFieldTableCell or "
                    + "AtlantaFX's FontIconTableCell", "check-box-table-cell", "text-field-table-cell", "font-icon-table-cell"),
            new Family("font icons", "the toolbar's and menus' icons are SVG outlines of our own (ui/common/Icons): "
                    + "no ikonli FontIcon (not a dependency) nor AtlantaFX's", "font-icon", "ikonli-font-icon"),
            new Family("AtlantaFX controls", "only AtlantaFX's stylesheets are used, not its controls (not a dependency): "
                    + "no ToggleSwitch, Notification, Tile, Message, Breadcrumbs, Card, ModalPane, "
                    + "segmented control, TabLine, Popover, RingProgressIndicator, BBCode text, Calendar or CaptionMenuItem",
                    "toggle-switch", "notification", "tile", "tile-base", "message", "breadcrumbs", "card", "modal-pane",
                    "modal-box", "segmented-control", "tab-line", "popover", "ring-progress-indicator", "bb-code", "calendar",
                    "caption-menu-item"));

    /** The theme's stylesheets, pruned in place by {@link #main}. */
    static final List<String> THEMES = List.of("primer-light.css", "primer-dark.css");

    private static final String HEADER = "/* AtlantaFX 2.1.0 Primer theme (MIT License, copyright (c) 2022 mkpaz; see NOTICE.md"
            + " next to the source in src/main/resources/org/copydesk/ui/theme), without the selectors of controls Copydesk"
            + " does not use: pruned at build time by org.copydesk.build.ThemePruner. */\n";
    private static final Pattern STYLE_CLASS = Pattern.compile("\\.([A-Za-z_-][\\w-]*)");

    private ThemePruner() {
    }

    /** Every style class of {@link #UNUSED}. */
    public static Set<String> prunedClasses() {
        Set<String> all = new LinkedHashSet<>();
        UNUSED.forEach(f -> all.addAll(f.styleClasses()));
        return all;
    }

    /**
     * {@code args[0]}: the theme's source folder; {@code args[1]}: the folder of its built copies, which get the pruned
     * stylesheets. Always pruned from the source: a copy pruned by an older list would keep the rules it lost.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: ThemePruner SOURCE_FOLDER BUILT_FOLDER");
        }
        System.Logger log = System.getLogger(ThemePruner.class.getName());
        for (String name : THEMES) {
            Result r = prune(Path.of(args[0]).resolve(name), Path.of(args[1]).resolve(name));
            log.log(System.Logger.Level.INFO, String.format("%s: %d of %d rules kept (%d of %d selectors)", name,
                    r.rulesKept(), r.rules(), r.selectorsKept(), r.selectors()));
        }
    }

    /** What pruning a stylesheet kept. */
    public record Result(String css, int rules, int rulesKept, int selectors, int selectorsKept) {
    }

    /** Writes the pruned {@code source} to {@code target} (atomically); a missing source is an error. */
    static Result prune(Path source, Path target) throws IOException {
        if (!Files.isRegularFile(source)) {
            throw new IOException("no such stylesheet: " + source);
        }
        Result r = prune(Files.readString(source, StandardCharsets.UTF_8), prunedClasses());
        Files.createDirectories(target.getParent());
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try {
            Files.writeString(tmp, r.css(), StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return r;
    }

    /**
     * The stylesheet without the selectors that name one of {@code pruned}; comments are left out. The theme has no
     * at-rules; one would stop the build rather than be mangled.
     */
    public static Result prune(String css, Set<String> pruned) {
        String text = withoutComments(css);
        StringBuilder out = new StringBuilder(HEADER);
        int rules = 0;
        int rulesKept = 0;
        int selectors = 0;
        int selectorsKept = 0;
        int pos = 0;
        while (true) {
            int open = indexOutsideStrings(text, '{', pos);
            if (open < 0) {
                if (!text.substring(pos).isBlank()) {
                    throw new IllegalArgumentException("text after the last rule: " + text.substring(pos).strip());
                }
                break;
            }
            int close = indexOutsideStrings(text, '}', open);
            if (close < 0) {
                throw new IllegalArgumentException("a rule is not closed: " + text.substring(pos, open).strip());
            }
            String selectorText = text.substring(pos, open).strip();
            String body = text.substring(open + 1, close);
            if (selectorText.startsWith("@") || selectorText.contains("}") || indexOutsideStrings(body, '{', 0) >= 0) {
                throw new IllegalArgumentException("not a plain rule (at-rules are not pruned): " + selectorText);
            }
            rules++;
            List<String> kept = new ArrayList<>();
            for (String s : selectorText.split(",")) {
                String selector = s.strip().replaceAll("\\s+", " ");
                selectors++;
                if (!namesAny(selector, pruned)) {
                    kept.add(selector);
                }
            }
            if (!kept.isEmpty()) {
                rulesKept++;
                selectorsKept += kept.size();
                out.append(String.join(", ", kept)).append(" {").append(body.stripTrailing()).append("\n}\n");
            }
            pos = close + 1;
        }
        return new Result(out.toString(), rules, rulesKept, selectors, selectorsKept);
    }

    /** Whether a selector names one of the classes (in any of its parts). */
    static boolean namesAny(String selector, Set<String> classes) {
        Matcher m = STYLE_CLASS.matcher(selector);
        while (m.find()) {
            if (classes.contains(m.group(1))) {
                return true;
            }
        }
        return false;
    }

    private static String withoutComments(String css) {
        StringBuilder out = new StringBuilder(css.length());
        char quote = 0;
        for (int i = 0; i < css.length(); i++) {
            char c = css.charAt(i);
            if (quote != 0) {
                out.append(c);
                if (c == '\\' && i + 1 < css.length()) {
                    out.append(css.charAt(++i));
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '/' && i + 1 < css.length() && css.charAt(i + 1) == '*') {
                int end = css.indexOf("*/", i + 2);
                if (end < 0) {
                    throw new IllegalArgumentException("a comment is not closed");
                }
                i = end + 1;
            } else {
                if (c == '"' || c == '\'') {
                    quote = c;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int indexOutsideStrings(String s, char wanted, int from) {
        char quote = 0;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == wanted) {
                return i;
            }
        }
        return -1;
    }
}
