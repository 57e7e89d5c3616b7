package org.copydesk.spelling;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/** The small dictionaries under src/test/resources/org/copydesk/spelling/dicts. */
final class TestDictionaries {
    private TestDictionaries() {
    }

    static Path folder() {
        try {
            return Path.of(TestDictionaries.class.getResource("dicts/en_US.aff").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static SpellChecker checker() {
        return new SpellChecker(new SpellingDictionaries(InstalledDictionaries.scan(List.of(folder()))));
    }
}
