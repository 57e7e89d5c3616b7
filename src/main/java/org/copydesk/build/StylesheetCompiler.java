package org.copydesk.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.css.CssParser;
import javafx.css.Stylesheet;

/**
 * Build step (run by Maven in {@code process-classes}): writes next to every {@code name.css} of the app's stylesheets
 * its binary form {@code name.bss}, which JavaFX loads in its place (its StyleManager looks for the {@code .bss} of a
 * {@code .css} first) without parsing the text. The theme (AtlantaFX's Primer, 165 KB) is otherwise parsed on the
 * JavaFX thread before the first picture. A stylesheet that does not parse cleanly stops the build. (A build tool: it
 * writes files, which nothing in {@code ui} does, so it lives here.)
 */
public final class StylesheetCompiler {
    private StylesheetCompiler() {
    }

    /** {@code args[0]}: the folder whose {@code .css} files (at any depth) get their {@code .bss}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: StylesheetCompiler FOLDER");
        }
        long t0 = System.nanoTime();
        List<Path> written = compileAll(Path.of(args[0]));
        System.getLogger(StylesheetCompiler.class.getName()).log(System.Logger.Level.INFO,
                String.format("%d binary stylesheets written under %s in %d ms", written.size(), args[0],
                        (System.nanoTime() - t0) / 1_000_000));
    }

    /** Writes the {@code .bss} of every {@code .css} under {@code dir}; returns the files written. */
    static List<Path> compileAll(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("no such folder: " + dir);
        }
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(dir)) {
            sources = walk.filter(p -> p.getFileName().toString().endsWith(".css") && Files.isRegularFile(p))
                    .sorted().toList();
        }
        List<Path> written = new ArrayList<>();
        for (Path css : sources) {
            written.add(compile(css));
        }
        return written;
    }

    /** The binary form of a stylesheet, written next to it (atomically); returns the {@code .bss} file. */
    static Path compile(Path css) throws IOException {
        String name = css.getFileName().toString();
        Path bss = css.resolveSibling(binaryName(name));
        Path tmp = css.resolveSibling(name + ".bss.tmp");
        List<CssParser.ParseError> errors = CssParser.errorsProperty();
        synchronized (StylesheetCompiler.class) {
            errors.clear();
            try {
                Stylesheet.convertToBinary(css.toFile(), tmp.toFile());
                if (!errors.isEmpty()) {
                    throw new IOException("stylesheet " + css + " does not parse cleanly: " + errors.stream()
                            .map(CssParser.ParseError::getMessage).collect(Collectors.joining("; ")));
                }
                Files.move(tmp, bss, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                errors.clear();
                Files.deleteIfExists(tmp);
            }
        }
        return bss;
    }

    /** {@code name.css} → {@code name.bss}, the name JavaFX looks for. */
    static String binaryName(String cssName) {
        return cssName.substring(0, cssName.length() - ".css".length()) + ".bss";
    }
}
