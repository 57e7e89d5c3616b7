package org.copydesk.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.css.CompoundSelector;
import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Selector;
import javafx.css.SimpleSelector;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The theme the app loads is the Primer theme less the selectors of {@link ThemePruner#UNUSED}, and nothing else: each
 * kept rule says exactly what the source says (same selectors in the same order, same declarations).
 */
class ThemePrunerTest {
    /** The theme's source (the build prunes the copies in target/classes). */
    private static final Path SOURCE = Path.of("src/main/resources/org/copydesk/ui/theme");

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"primer-light.css", "primer-dark.css"})
    void theBuiltThemeIsTheSourceLessThePrunedSelectors(String name) throws Exception {
        Set<String> pruned = ThemePruner.prunedClasses();
        Stylesheet source = parse(SOURCE.resolve(name));
        String expected = StylesheetCompilerTest.describe(source, s -> classesOf(s).stream().noneMatch(pruned::contains));
        Path built = Path.of(ThemePrunerTest.class.getResource("/org/copydesk/ui/theme/" + name).toURI());
        assertThat(StylesheetCompilerTest.describe(parse(built))).as("the build's " + name).isEqualTo(expected);
        // and the same as pruning the source now
        ThemePruner.Result r = ThemePruner.prune(Files.readString(SOURCE.resolve(name)), pruned);
        assertThat(StylesheetCompilerTest.describe(parse(write(tmp.resolve(name), r.css())))).isEqualTo(expected);
        assertThat(r.rules()).isEqualTo(source.getRules().size());
        assertThat(r.rulesKept()).isLessThan(r.rules()).isGreaterThan(r.rules() / 2);
        // the header says where it comes from (the MIT notice travels with it)
        assertThat(Files.readString(built)).startsWith("/* AtlantaFX 2.1.0 Primer theme (MIT License");
    }

    @Test
    void theBuildPrunesFromTheSourceSoAShorterListBringsRulesBack() throws IOException {
        // a copy pruned by an older list that also named .tool-bar
        Path source = write(tmp.resolve("theme.css"), ".button, .tool-bar .button { -fx-padding: 4px; }");
        Path built = tmp.resolve("built/theme.css");
        write(Files.createDirectories(built.getParent()).resolve("theme.css"), ".button { -fx-padding: 4px; }");
        ThemePruner.Result r = ThemePruner.prune(source, built);
        assertThat(Files.readString(built)).isEqualTo(r.css()).contains(".button, .tool-bar .button {");
        assertThat(r.selectorsKept()).isEqualTo(2);
        try (var left = Files.list(built.getParent())) {
            assertThat(left).containsExactly(built);
        }
    }

    @Test
    void everyPrunedClassIsInTheThemeAndInOneFamilyOnly() throws Exception {
        Set<String> named = new HashSet<>();
        for (Rule r : parse(SOURCE.resolve("primer-light.css")).getRules()) {
            r.getSelectors().forEach(s -> named.addAll(classesOf(s)));
        }
        Set<String> once = new HashSet<>();
        for (ThemePruner.Family f : ThemePruner.UNUSED) {
            assertThat(f.why()).as(f.name()).isNotBlank();
            for (String c : f.styleClasses()) {
                assertThat(named).as("." + c + " of " + f.name() + " is in the theme").contains(c);
                assertThat(once.add(c)).as("." + c + " listed once").isTrue();
            }
        }
    }

    @Test
    void aRuleKeepsTheSelectorsThatSurviveAndGoesWhenNoneDoes() {
        String css = """
                /* a comment with { braces } */
                .button, .pagination .button,
                .spinner > .increment-arrow-button { -fx-padding: 4px; }
                .pagination { -fx-padding: 1px; }
                .label { -fx-graphic: url("data:image/png;base64,e30=}{"); }
                """;
        ThemePruner.Result r = ThemePruner.prune(css, Set.of("pagination", "increment-arrow-button"));
        assertThat(r.css().lines().filter(l -> !l.startsWith("/*")).collect(Collectors.joining("\n"))).isEqualTo("""
                .button { -fx-padding: 4px;
                }
                .label { -fx-graphic: url("data:image/png;base64,e30=}{");
                }""");
        assertThat(List.of(r.rules(), r.rulesKept(), r.selectors(), r.selectorsKept())).containsExactly(3, 2, 5, 2);
        // a class is matched whole: .paginations is not .pagination
        assertThat(ThemePruner.namesAny(".paginations > .x", Set.of("pagination"))).isFalse();
        assertThat(ThemePruner.namesAny(".x.pagination:hover", Set.of("pagination"))).isTrue();
    }

    @Test
    void whatItCannotReadStopsTheBuild() throws IOException {
        assertThatThrownBy(() -> ThemePruner.prune("@font-face { src: url(x.ttf); }", Set.of("x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at-rules");
        assertThatThrownBy(() -> ThemePruner.prune(".a { -fx-padding: 1px;", Set.of("x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not closed");
        assertThatThrownBy(() -> ThemePruner.prune(tmp.resolve("primer-light.css"), tmp.resolve("out/primer-light.css")))
                .isInstanceOf(IOException.class).hasMessageContaining("no such stylesheet");
        assertThatThrownBy(() -> ThemePruner.main(new String[0])).isInstanceOf(IllegalArgumentException.class);
    }

    private static Path write(Path p, String css) throws IOException {
        return Files.writeString(p, css, StandardCharsets.UTF_8);
    }

    private static Stylesheet parse(Path css) throws IOException {
        return new CssParser().parse(css.toUri().toURL());
    }

    private static Set<String> classesOf(Selector s) {
        if (s instanceof CompoundSelector c) {
            return c.getSelectors().stream().flatMap(p -> classesOf(p).stream()).collect(Collectors.toSet());
        }
        return Set.copyOf(((SimpleSelector) s).getStyleClasses());
    }
}
