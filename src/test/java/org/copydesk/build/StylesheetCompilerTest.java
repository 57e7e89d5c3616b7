package org.copydesk.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javafx.css.CssParser;
import javafx.css.Declaration;
import javafx.css.ParsedValue;
import javafx.css.Rule;
import javafx.css.Selector;
import javafx.css.StyleConverter;
import javafx.css.Stylesheet;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The binary stylesheets ({@code name.bss}, which JavaFX loads instead of parsing {@code name.css}) that the build
 * writes: each one is there and says exactly what its {@code .css} says, so a stale one can never change the look.
 */
class StylesheetCompilerTest {
    @TempDir
    Path tmp;

    @Test
    void everyStylesheetOfTheAppHasABinaryFormThatSaysWhatItsCssSays() throws Exception {
        Path ui = classPathFolder("/org/copydesk/ui/copydesk.css");
        List<Path> sheets;
        try (Stream<Path> walk = Files.walk(ui)) {
            sheets = walk.filter(p -> p.toString().endsWith(".css")).sorted().toList();
        }
        assertThat(sheets).extracting(p -> p.getFileName().toString())
                .contains("primer-light.css", "primer-dark.css", "copydesk.css", "editor.css", "articles.css");
        for (Path css : sheets) {
            Path bss = css.resolveSibling(StylesheetCompiler.binaryName(css.getFileName().toString()));
            assertThat(bss).as("built next to " + css).isRegularFile();
            String parsed = describe(new CssParser().parse(css.toUri().toURL()));
            assertThat(describe(load(bss))).as(bss + " against its .css").isEqualTo(parsed);
            // and the same as the build step gives now, from this .css
            Path fresh = Files.createDirectories(tmp.resolve(css.getParent().getFileName().toString()))
                    .resolve(css.getFileName());
            Files.copy(css, fresh);
            assertThat(describe(load(StylesheetCompiler.compile(fresh)))).isEqualTo(parsed);
        }
    }

    @Test
    void theBinaryThemeCarriesThePrimerColours() throws Exception {
        Path theme = classPathFolder("/org/copydesk/ui/theme/primer-light.css");
        assertThat(rootColour(load(theme.resolve("primer-light.bss")), "-color-bg-default")).isEqualTo(Color.web("#ffffff"));
        assertThat(rootColour(load(theme.resolve("primer-dark.bss")), "-color-bg-default")).isEqualTo(Color.web("#0d1117"));
        assertThat(rootColour(load(theme.resolve("primer-dark.bss")), "-color-fg-default")).isEqualTo(Color.web("#c9d1d9"));
    }

    @Test
    void everyCssUnderTheFolderGetsItsBinaryNextToIt() throws IOException {
        Path a = write(tmp.resolve("a.css"), ".headline { -fx-text-fill: #123456; }");
        Path b = write(Files.createDirectories(tmp.resolve("editor/deep")).resolve("body.css"),
                ".body { -fx-font-size: 15px; }");
        write(tmp.resolve("notes.txt"), ".not-css { }");
        List<Path> written = StylesheetCompiler.compileAll(tmp);
        assertThat(written).containsExactlyInAnyOrder(tmp.resolve("a.bss"), tmp.resolve("editor/deep/body.bss"));
        assertThat(describe(load(tmp.resolve("a.bss")))).isEqualTo(describe(new CssParser().parse(a.toUri().toURL())))
                .contains("headline", "-fx-text-fill");
        assertThat(describe(load(tmp.resolve("editor/deep/body.bss"))))
                .isEqualTo(describe(new CssParser().parse(b.toUri().toURL())));
        assertThat(tmp.resolve("notes.bss")).doesNotExist();
    }

    @Test
    void aChangedCssReplacesItsOldBinary() throws IOException {
        Path css = write(tmp.resolve("look.css"), ".x { -fx-text-fill: red; }");
        StylesheetCompiler.compile(css);
        write(css, ".x { -fx-text-fill: blue; }");
        StylesheetCompiler.compile(css);
        assertThat(describe(load(tmp.resolve("look.bss")))).contains("0x0000ffff").doesNotContain("0xff0000ff");
    }

    @Test
    void aStylesheetThatDoesNotParseStopsTheBuildAndLeavesNoBinary() throws IOException {
        Path css = write(tmp.resolve("broken.css"), ".x { -fx-text-fill: red; }\n.y { -fx-padding: 1px 2px; ]]] @@ }");
        assertThatThrownBy(() -> StylesheetCompiler.compileAll(tmp)).isInstanceOf(IOException.class)
                .hasMessageContaining(css.toString()).hasMessageContaining("does not parse cleanly");
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left).containsExactly(css);
        }
        // the next stylesheet is judged on its own errors, not on those of the last one
        Path fine = write(tmp.resolve("fine.css"), ".x { -fx-text-fill: red; }");
        assertThat(StylesheetCompiler.compile(fine)).isRegularFile();
    }

    @Test
    void aMissingFolderIsAnError() {
        assertThatThrownBy(() -> StylesheetCompiler.compileAll(tmp.resolve("nowhere")))
                .isInstanceOf(IOException.class).hasMessageContaining("no such folder");
        assertThatThrownBy(() -> StylesheetCompiler.main(new String[0])).isInstanceOf(IllegalArgumentException.class);
    }

    private static Path write(Path p, String css) throws IOException {
        return Files.writeString(p, css, StandardCharsets.UTF_8);
    }

    private static Path classPathFolder(String resource) throws URISyntaxException {
        return Path.of(StylesheetCompilerTest.class.getResource(resource).toURI()).getParent();
    }

    private static Stylesheet load(Path bss) throws IOException {
        try (InputStream in = Files.newInputStream(bss)) {
            return Stylesheet.loadBinary(in);
        }
    }

    private static Color rootColour(Stylesheet s, String name) {
        for (Rule r : s.getRules()) {
            if (r.getSelectors().toString().contains(".root")) {
                for (Declaration d : r.getDeclarations()) {
                    if (d.getProperty().equals(name)) {
                        return (Color) d.getParsedValue().getValue();
                    }
                }
            }
        }
        throw new AssertionError("no " + name + " in .root");
    }

    /**
     * Every rule of a stylesheet as text: its selectors, then each declaration's property, importance and value (the
     * whole tree of parsed values with their converters), leaving out where a {@code url()}'s stylesheet is (the
     * build's folder, replaced by the loaded file's place when JavaFX loads it).
     */
    static String describe(Stylesheet s) {
        return describe(s, selector -> true);
    }

    /** {@link #describe(Stylesheet)} of the rules with only their selectors that {@code keep}; a rule with none is left out. */
    static String describe(Stylesheet s, Predicate<Selector> keep) {
        StringBuilder out = new StringBuilder();
        for (Rule r : s.getRules()) {
            List<Selector> kept = r.getSelectors().stream().filter(keep).toList();
            if (kept.isEmpty()) {
                continue;
            }
            out.append(kept).append(" {\n");
            for (Declaration d : r.getDeclarations()) {
                out.append("  ").append(d.getProperty()).append(d.isImportant() ? " !important" : "").append(": ");
                value(d.getParsedValue(), out);
                out.append('\n');
            }
            out.append("}\n");
        }
        return out.toString();
    }

    private static void value(Object v, StringBuilder out) {
        if (v instanceof ParsedValue<?, ?> pv) {
            StyleConverter<?, ?> c = pv.getConverter();
            out.append(pv.isLookup() ? "lookup(" : "(").append(c == null ? "" : c.getClass().getName() + " ");
            Object inner = pv.getValue();
            String converter = c == null ? "" : c.getClass().getName();
            if (converter.endsWith(".URLConverter") && inner instanceof Object[] parts) {
                value(parts[0], out);
            } else if (converter.endsWith(".URLConverter$SequenceConverter") && inner instanceof Object[] layers) {
                for (Object layer : layers) {
                    if (layer instanceof ParsedValue<?, ?> l && l.getValue() instanceof Object[] parts) {
                        value(parts[0], out);
                    } else {
                        value(layer, out);
                    }
                }
            } else {
                value(inner, out);
            }
            out.append(')');
        } else if (v instanceof Object[] array) {
            out.append('[');
            for (Object o : array) {
                value(o, out);
                out.append(',');
            }
            out.append(']');
        } else {
            out.append(v);
        }
    }
}
