package org.copydesk.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.copydesk.ui.CopydeskApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The desktop-integration files that {@code packaging/linux/build.sh} puts into the app image and the .deb: the menu
 * entry must be a well-formed desktop entry whose {@code StartupWMClass} is the window class the app really gets (so
 * the dock groups the window under our icon), and the AppStream metainfo must be well-formed XML that names that
 * entry, the command and the version being built.
 */
class PackagingFilesTest {
    private static final Path LINUX = Path.of("packaging", "linux");
    private static final Path DESKTOP = LINUX.resolve("org.copydesk.Copydesk.desktop");
    private static final Path METAINFO = LINUX.resolve("org.copydesk.Copydesk.metainfo.xml");
    private static final Path CONTROL = LINUX.resolve("deb").resolve("control");
    private static final String APP_ID = "org.copydesk.Copydesk";

    @Test
    void menuEntryNamesTheWindowClassJavaFxGivesTheAppWindow() throws IOException {
        // JavaFX's launcher names its glass application after the Application subclass, and GTK uses that name as
        // the window's WM_CLASS (res_name and res_class): read with xprop from the app image's window under Xvfb.
        Map<String, String> entry = desktopEntry(Files.readString(DESKTOP, StandardCharsets.UTF_8));
        assertThat(entry.get("StartupWMClass")).isEqualTo(CopydeskApp.class.getName());
    }

    @Test
    void menuEntryStartsTheInstalledCommandWithTheIcon() throws IOException {
        Map<String, String> entry = desktopEntry(Files.readString(DESKTOP, StandardCharsets.UTF_8));
        assertThat(entry).containsEntry("Type", "Application").containsEntry("Terminal", "false")
                .containsEntry("Icon", APP_ID).containsEntry("Exec", "copydesk");
        assertThat(entry.get("Name")).isEqualTo("Copydesk");
        assertThat(entry.get("Categories")).endsWith(";").contains("Office;");
        assertThat(entry.get("Keywords")).endsWith(";");
    }

    @Test
    void buildScriptChecksTheSameWindowClass() throws IOException {
        String script = Files.readString(LINUX.resolve("build.sh"), StandardCharsets.UTF_8);
        assertThat(script).contains("wmclass=" + CopydeskApp.class.getName() + "\n");
    }

    /**
     * `java -jar` reads Add-Opens and Add-Exports from the manifest (pom.xml); a jpackage launcher does not, so build.sh
     * gives each as a launcher option: without jdk.management's opening, `analyze` through the launcher compiled with C2
     * again; without com.sun.javafx.css exported, the theme is read on the FX thread again (Look.preloadTheme falls back
     * quietly). `mvn javafx:run` gives JavaFX's as options too.
     */
    @ParameterizedTest
    @CsvSource({"Add-Opens, --add-opens, jdk.management/com.sun.management.internal",
            "Add-Exports, --add-exports, javafx.graphics/com.sun.javafx.css"})
    void theLauncherOpensAndExportsWhatTheJarsManifestDoes(String attribute, String option, String needed) throws IOException {
        String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("<" + attribute + ">([^<]*)</" + attribute + ">").matcher(pom);
        assertThat(m.find()).as("the manifest's %s in pom.xml", attribute).isTrue();
        List<String> packages = List.of(m.group(1).strip().split("\\s+"));
        assertThat(packages).contains(needed);
        String launcherOptions = launcherOptions(Files.readString(LINUX.resolve("build.sh"), StandardCharsets.UTF_8));
        for (String p : packages) {
            assertThat(launcherOptions).contains(option + "=" + p + "=ALL-UNNAMED");
            if (p.startsWith("javafx.")) {
                assertThat(pom).as("mvn javafx:run's options").contains("<option>" + option + "=" + p + "=ALL-UNNAMED</option>");
            }
        }
    }

    /** The {@code --java-options "..."} that build.sh gives jpackage, with the script's variables in it expanded. */
    static String launcherOptions(String script) {
        Matcher options = Pattern.compile("--java-options \"([^\"]*)\"").matcher(script);
        assertThat(options.find()).as("build.sh gives jpackage --java-options").isTrue();
        Matcher variable = Pattern.compile("(?<!\\\\)\\$([a-z_]+)").matcher(options.group(1));
        StringBuilder expanded = new StringBuilder();
        while (variable.find()) {
            Matcher definition = Pattern.compile("(?m)^" + variable.group(1) + "=\"([^\"]*)\"").matcher(script);
            variable.appendReplacement(expanded, Matcher.quoteReplacement(definition.find() ? definition.group(1) : ""));
        }
        variable.appendTail(expanded);
        return expanded.toString();
    }

    @Test
    void metainfoIsWellFormedAndNamesTheMenuEntryCommandAndVersion() throws Exception {
        Document doc = parseXml(METAINFO);
        Element component = doc.getDocumentElement();
        assertThat(component.getTagName()).isEqualTo("component");
        assertThat(component.getAttribute("type")).isEqualTo("desktop-application");
        assertThat(text(component, "id")).isEqualTo(APP_ID);
        assertThat(DESKTOP.getFileName().toString()).isEqualTo(APP_ID + ".desktop");
        Element launchable = only(component, "launchable");
        assertThat(launchable.getAttribute("type")).isEqualTo("desktop-id");
        assertThat(launchable.getTextContent().strip()).isEqualTo(APP_ID + ".desktop");
        assertThat(text(component, "binary")).isEqualTo(
                desktopEntry(Files.readString(DESKTOP, StandardCharsets.UTF_8)).get("Exec"));
        assertThat(text(component, "name")).isEqualTo("Copydesk");
        assertThat(text(component, "summary")).isNotBlank().doesNotEndWith(".");
        assertThat(only(component, "description").getElementsByTagName("p").getLength()).isPositive();
        assertThat(text(component, "metadata_license")).isEqualTo("CC0-1.0");
        Element release = (Element) component.getElementsByTagName("release").item(0);
        assertThat(release.getAttribute("version")).isEqualTo(pomVersion());
        assertThat(release.getAttribute("date")).matches("\\d{4}-\\d{2}-\\d{2}");
    }

    /**
     * Each icon is an RGBA PNG of its size, of 8 bits a channel: a 16-bit one looks the same and took the window's start
     * longer to decode (JavaFX brings it down to 8 bits).
     */
    @ParameterizedTest
    @ValueSource(ints = {16, 32, 48, 64, 128, 256})
    void everyIconSizeTheMenuUsesIsAPngOfThatSize(int size) throws IOException {
        Path png = Path.of("assets", "icons", "copydesk-" + size + ".png");
        assertThat(pngHeader(png)).as("width, height, bits a channel, colour type (6: RGBA)").containsExactly(size, size, 8, 6);
    }

    @Test
    void debianControlDependsOnGtkAndRecommendsTheDictionaries() throws IOException {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : Files.readAllLines(CONTROL, StandardCharsets.UTF_8)) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                fields.put(line.substring(0, colon), line.substring(colon + 1).strip());
            }
        }
        assertThat(split(fields.get("Depends"))).contains("libgtk-3-0");
        assertThat(split(fields.get("Recommends"))).contains("hunspell-fr", "hunspell-es", "hunspell-it",
                "hunspell-nl", "hunspell-en-us | hunspell-en-gb", "hunspell-de-de | hunspell-de-ch",
                "hunspell-pt-pt | hunspell-pt-br");
    }

    @Test
    void theDesktopEntryReaderRejectsWhatTheDesktopWouldNotRead() {
        assertThatThrownBy(() -> desktopEntry("Type=Application\n[Desktop Entry]\n"))
                .hasMessageContaining("before the [Desktop Entry] group");
        assertThatThrownBy(() -> desktopEntry("[Desktop Entry]\nName=A\nName=B\n"))
                .hasMessageContaining("twice: Name");
        assertThatThrownBy(() -> desktopEntry("[Desktop Entry]\nthis is not a key\n"))
                .hasMessageContaining("not key=value");
        assertThatThrownBy(() -> desktopEntry("[Desktop Action x]\nName=A\n"))
                .hasMessageContaining("before the [Desktop Entry] group");
    }

    @Test
    void theXmlReaderRefusesADoctype(@TempDir Path dir) throws IOException {
        Path hostile = dir.resolve("m.xml");
        Files.writeString(hostile, "<?xml version=\"1.0\"?><!DOCTYPE c [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<component><id>&x;</id></component>", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> parseXml(hostile)).hasMessageContaining("DOCTYPE");
        Path broken = dir.resolve("b.xml");
        Files.writeString(broken, "<component><id>x</component>", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> parseXml(broken)).isInstanceOf(SAXException.class);
    }

    /** The keys of the [Desktop Entry] group, as the desktop-entry specification reads them (no duplicates). */
    static Map<String, String> desktopEntry(String text) {
        Map<String, String> entry = new LinkedHashMap<>();
        String group = null;
        int n = 0;
        for (String line : text.split("\n", -1)) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                if (group == null && !line.equals("[Desktop Entry]")) {
                    throw new IllegalArgumentException("line " + n + ": a group before the [Desktop Entry] group");
                }
                group = line;
                continue;
            }
            if (group == null) {
                throw new IllegalArgumentException("line " + n + ": a key before the [Desktop Entry] group");
            }
            Matcher m = Pattern.compile("([A-Za-z0-9-]+(?:\\[[^]]+])?)\\s*=\\s*(.*)").matcher(line);
            if (!m.matches()) {
                throw new IllegalArgumentException("line " + n + ": not key=value: " + line);
            }
            if (group.equals("[Desktop Entry]") && entry.put(m.group(1), m.group(2)) != null) {
                throw new IllegalArgumentException("line " + n + ": a key twice: " + m.group(1));
            }
        }
        return entry;
    }

    private static Document parseXml(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        try (InputStream in = Files.newInputStream(file)) {
            return f.newDocumentBuilder().parse(in);
        }
    }

    private static Element only(Element parent, String tag) {
        NodeList list = parent.getElementsByTagName(tag);
        assertThat(list.getLength()).as("<%s> elements", tag).isEqualTo(1);
        return (Element) list.item(0);
    }

    private static String text(Element parent, String tag) {
        return only(parent, tag).getTextContent().strip();
    }

    private static String pomVersion() throws Exception {
        Document pom = parseXml(Path.of("pom.xml"));
        NodeList children = pom.getDocumentElement().getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element e && e.getTagName().equals("version")) {
                return e.getTextContent().strip();
            }
        }
        throw new AssertionError("pom.xml has no <version>");
    }

    private static List<String> split(String field) {
        assertThat(field).as("field").isNotNull();
        List<String> parts = new ArrayList<>();
        for (String p : field.split(",")) {
            parts.add(p.strip());
        }
        return parts;
    }

    /** Width, height, bit depth and colour type from a PNG's IHDR chunk (after checking the signature). */
    private static int[] pngHeader(Path png) throws IOException {
        try (DataInputStream in = new DataInputStream(Files.newInputStream(png))) {
            byte[] signature = in.readNBytes(8);
            assertThat(signature).containsExactly(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
            in.readInt();
            byte[] type = in.readNBytes(4);
            assertThat(new String(type, StandardCharsets.US_ASCII)).isEqualTo("IHDR");
            return new int[] {in.readInt(), in.readInt(), in.readUnsignedByte(), in.readUnsignedByte()};
        }
    }
}
