package org.copydesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The English and French interface texts: the same keys, the same placeholders, and no text outside the bundles. */
class MessagesTest {
    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/org/copydesk/ui/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void englishAndFrenchHaveTheSameKeys() throws IOException {
        Set<String> en = new TreeSet<>(load("messages.properties").stringPropertyNames());
        Set<String> fr = new TreeSet<>(load("messages_fr.properties").stringPropertyNames());
        Set<String> missingInFrench = new TreeSet<>(en);
        missingInFrench.removeAll(fr);
        Set<String> onlyInFrench = new TreeSet<>(fr);
        onlyInFrench.removeAll(en);
        assertThat(missingInFrench).as("keys with no French text (add them to messages_fr.properties)").isEmpty();
        assertThat(onlyInFrench).as("French keys no English text has").isEmpty();
    }

    @Test
    void everyTranslationKeepsThePlaceholders() throws IOException {
        Properties en = load("messages.properties");
        Properties fr = load("messages_fr.properties");
        Pattern arg = Pattern.compile("\\{(\\d)");
        List<String> wrong = new ArrayList<>();
        for (String key : en.stringPropertyNames()) {
            if (fr.getProperty(key) == null) {
                continue;
            }
            if (!args(arg, en.getProperty(key)).equals(args(arg, fr.getProperty(key)))) {
                wrong.add(key);
            }
            // a pattern with arguments goes through MessageFormat, where a lone ' swallows text
            if (!args(arg, fr.getProperty(key)).isEmpty() && fr.getProperty(key).replace("''", "").contains("'")) {
                wrong.add(key + " (a lone ' in a MessageFormat pattern)");
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static Set<String> args(Pattern p, String s) {
        Set<String> out = new TreeSet<>();
        Matcher m = p.matcher(s);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void theInterfaceLanguageFollowsTheLocaleOrTheSetting() {
        assertThat(UiContext.loadMessages(Locale.FRANCE).getString("menu.file")).isEqualTo("_Fichier");
        assertThat(UiContext.loadMessages(Locale.CANADA_FRENCH).getString("menu.file")).isEqualTo("_Fichier");
        assertThat(UiContext.loadMessages(Locale.GERMANY).getString("menu.file")).isEqualTo("_File");
        assertThat(UiContext.loadMessages("fr").getString("menu.view")).isEqualTo("Afficha_ge");
        assertThat(UiContext.loadMessages("en").getString("menu.view")).isEqualTo("_View");
        ResourceBundle system = UiContext.loadMessages("");
        assertThat(system.getString("menu.file")).isIn("_File", "_Fichier");
    }

    /** Text put on a control straight from a Java string literal with words in it, instead of from the bundle. */
    static final Pattern HARD_CODED = Pattern.compile(
            "(?:setText|setPromptText|setTitle|setHeaderText|setContentText|setAccessibleText|new Label|new Button|"
                    + "new Tooltip|new Menu|new MenuItem|new CheckBox|new CheckMenuItem|new RadioMenuItem|new Tab|new TitledPane|"
                    + "new Hyperlink|new ToggleButton|new ButtonType|new Alert\\([^,]*,)\\(?\\s*\"([^\"]*)\"");

    @Test
    void noInterfaceTextIsHardCodedInTheViews() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/copydesk/ui"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String src = Files.readString(f);
                Matcher m = HARD_CODED.matcher(src);
                while (m.find()) {
                    String literal = m.group(1);
                    if (literal.codePoints().filter(Character::isLetter).count() >= 2) {
                        int line = (int) src.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
                        found.add(f.getFileName() + ":" + line + " \"" + literal + "\"");
                    }
                }
            }
        }
        assertThat(found).as("interface text written in Java: put it in messages.properties and messages_fr.properties").isEmpty();
    }
}
