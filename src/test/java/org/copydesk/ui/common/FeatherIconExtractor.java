package org.copydesk.ui.common;

import java.awt.Font;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.font.LineMetrics;
import java.awt.geom.AffineTransform;
import java.awt.geom.PathIterator;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * Writes {@code src/main/resources/org/copydesk/ui/common/icons/feather.properties}, the outlines {@link Icons} draws:
 * every Feather icon named in the app's code (a {@code "fth-…"} string literal under src/main/java), read from the
 * Feather font in ikonli's feather pack — the glyph's outline at {@link Icons#SIZE} px, as SVG path data in the em
 * square (origin at its top left). A one-off, run by hand from the repository's root after naming a new icon:
 *
 * <pre>
 * mvn -B -q -o test-compile
 * java -cp target/test-classes:target/classes org.copydesk.ui.common.FeatherIconExtractor \
 *     ~/.m2/repository/org/kordamp/ikonli/ikonli-feather-pack/12.4.0/ikonli-feather-pack-12.4.0.jar \
 *     ~/.m2/repository/org/kordamp/ikonli/ikonli-core/12.4.0/ikonli-core-12.4.0.jar
 * </pre>
 *
 * (get the two jars with {@code mvn dependency:get -Dartifact=org.kordamp.ikonli:ikonli-feather-pack:12.4.0}; the app
 * itself no longer depends on ikonli). Not a test: nothing in the build runs it.
 */
public final class FeatherIconExtractor {
    private static final String FONT = "META-INF/resources/feather/4.28/fonts/feather.ttf";
    private static final Pattern NAME = Pattern.compile("\"(fth-[a-z0-9-]+)\"");
    static final Path SOURCES = Path.of("src/main/java");
    static final Path OUTPUT = Path.of("src/main/resources/org/copydesk/ui/common/icons/feather.properties");

    private FeatherIconExtractor() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: FeatherIconExtractor <ikonli-feather-pack.jar> <ikonli-core.jar>");
            System.exit(2);
        }
        Path featherJar = Path.of(args[0]);
        Path coreJar = Path.of(args[1]);
        TreeSet<String> names = namesInSources(SOURCES);
        Font font;
        try (ZipFile zip = new ZipFile(featherJar.toFile()); InputStream in = zip.getInputStream(zip.getEntry(FONT))) {
            font = Font.createFont(Font.TRUETYPE_FONT, in).deriveFont((float) Icons.SIZE);
        }
        FontRenderContext frc = new FontRenderContext(new AffineTransform(), true, true);
        LineMetrics metrics = font.getLineMetrics("\ue0ce", frc);
        double ascent = metrics.getAscent(); // the baseline's distance from the em square's top
        Map<String, String> paths = new TreeMap<>();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {featherJar.toUri().toURL(), coreJar.toUri().toURL()}, null)) {
            Class<?> feather = loader.loadClass("org.kordamp.ikonli.feather.Feather");
            Method find = feather.getMethod("findByDescription", String.class);
            Method code = feather.getMethod("getCode");
            for (String name : names) {
                int c = (int) code.invoke(find.invoke(null, name));
                GlyphVector glyphs = font.createGlyphVector(frc, new String(Character.toChars(c)));
                if (glyphs.getGlyphCode(0) == font.getMissingGlyphCode()) {
                    throw new IllegalStateException("the Feather font has no glyph for " + name);
                }
                paths.put(name, svg(glyphs.getOutline(0, (float) ascent)));
            }
        }
        write(paths, ascent, OUTPUT);
        System.out.printf(Locale.ROOT, "%d icons written to %s (baseline at %.3f px)%n", paths.size(), OUTPUT, ascent);
    }

    /** The Feather names ("fth-save") in string literals of the sources. */
    static TreeSet<String> namesInSources(Path sources) throws IOException {
        TreeSet<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                Matcher m = NAME.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }

    /** SVG path data of an outline, in pixels to a hundredth. */
    static String svg(Shape outline) {
        StringBuilder sb = new StringBuilder();
        double[] p = new double[6];
        String at = "";
        for (PathIterator it = outline.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(p);
            String end = switch (type) {
                case PathIterator.SEG_MOVETO, PathIterator.SEG_LINETO -> number(p[0]) + " " + number(p[1]);
                case PathIterator.SEG_QUADTO -> number(p[2]) + " " + number(p[3]);
                case PathIterator.SEG_CUBICTO -> number(p[4]) + " " + number(p[5]);
                default -> at;
            };
            if (type == PathIterator.SEG_LINETO && end.equals(at)) {
                continue; // a line to where the pen is draws nothing
            }
            at = end;
            switch (type) {
                case PathIterator.SEG_MOVETO -> points(sb, 'M', p, 1);
                case PathIterator.SEG_LINETO -> points(sb, 'L', p, 1);
                case PathIterator.SEG_QUADTO -> points(sb, 'Q', p, 2);
                case PathIterator.SEG_CUBICTO -> points(sb, 'C', p, 3);
                case PathIterator.SEG_CLOSE -> sb.append('Z');
                default -> throw new IllegalStateException("segment " + type);
            }
        }
        return sb.toString();
    }

    private static void points(StringBuilder sb, char command, double[] p, int count) {
        sb.append(command);
        for (int i = 0; i < 2 * count; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(number(p[i]));
        }
    }

    /** A coordinate to a hundredth of a pixel, without trailing zeros. */
    private static String number(double v) {
        String n = String.format(Locale.ROOT, "%.2f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
        return n.equals("-0") ? "0" : n;
    }

    private static void write(Map<String, String> paths, double ascent, Path out) throws IOException {
        Files.createDirectories(out.getParent());
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("# Feather icons 4.28 (https://feathericons.com, MIT License, see NOTICE.md in this folder): the outline of\n");
            w.write("# each glyph of feather.ttf in ikonli-feather-pack 12.4.0, as SVG path data in the " + (int) Icons.SIZE
                    + " x " + (int) Icons.SIZE + " px em square\n");
            w.write(String.format(Locale.ROOT, "# (origin at its top left, baseline at %.3f px). Written by%n", ascent));
            w.write("# src/test/java/org/copydesk/ui/common/FeatherIconExtractor.java: edit that, not this.\n");
            for (Map.Entry<String, String> e : paths.entrySet()) {
                w.write(e.getKey() + "=" + e.getValue() + "\n");
            }
        }
    }
}
