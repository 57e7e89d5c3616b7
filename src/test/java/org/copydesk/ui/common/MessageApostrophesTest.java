package org.copydesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Apostrophes show as the user expects: {@link UiContext#text} passes a message without arguments through as written
 * and formats one with arguments through MessageFormat, where a lone ASCII apostrophe starts a quoted (swallowed)
 * section and "''" stands for one. So "''" belongs only in messages with arguments, and a lone ' never in them.
 */
class MessageApostrophesTest {
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_fr.properties"})
    void everyApostropheIsWrittenForTheWayItsMessageIsFormatted(String bundle) throws IOException {
        Properties p = MessagesTest.load(bundle);
        List<String> wrong = new ArrayList<>();
        for (String key : p.stringPropertyNames()) {
            String v = p.getProperty(key);
            boolean formatted = ARGUMENT.matcher(v).find();
            if (!formatted && v.contains("''")) {
                wrong.add(key + " shows a doubled apostrophe: " + v);
            }
            if (formatted && LONE_APOSTROPHE.matcher(v).find()) {
                wrong.add(key + " loses its apostrophe in MessageFormat: " + v);
            }
        }
        assertThat(wrong).isEmpty();
    }
}
