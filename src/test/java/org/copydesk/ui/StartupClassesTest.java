package org.copydesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The classes loaded ahead on the start-up's preparing thread: loaded, never initialised, unknown names skipped. */
class StartupClassesTest {
    static volatile boolean initialised;

    /** Initialising this class (its static block) would set {@link #initialised}. */
    static final class Watched {
        static {
            initialised = true;
        }
    }

    private static InputStream lines(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void knownNamesAreLoadedWithoutRunningTheirStaticInitialisers() {
        int loaded = CopydeskApp.preloadClasses(lines(Watched.class.getName() + "\n  java.lang.String  \n"),
                getClass().getClassLoader());
        assertEquals(2, loaded);
        assertFalse(initialised, "preloading ran a static initialiser");
    }

    @Test
    void unknownBlankAndHostileNamesAreSkipped() {
        String list = "no.such.Clazz\n\n../../etc/passwd\n" + "x".repeat(5000) + "\r\njava.util.List\r\n\u0000\n";
        assertEquals(1, CopydeskApp.preloadClasses(lines(list), getClass().getClassLoader()));
        assertEquals(0, CopydeskApp.preloadClasses(null, getClass().getClassLoader()));
        assertEquals(0, CopydeskApp.preloadClasses(lines(""), getClass().getClassLoader()));
    }

    @Test
    void theShippedListMostlyNamesClassesThatExist() throws IOException {
        int total;
        try (InputStream in = CopydeskApp.class.getResourceAsStream(CopydeskApp.STARTUP_CLASSES)) {
            assertNotNull(in, "the start-up class list is missing from the resources");
            total = (int) new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).count();
        }
        int loaded = CopydeskApp.preloadClasses(CopydeskApp.class.getResourceAsStream(CopydeskApp.STARTUP_CLASSES),
                getClass().getClassLoader());
        assertTrue(total > 500, "list of " + total);
        // a list gone stale (classes renamed) only costs start-up time; regenerate it as its comment says
        assertTrue(loaded >= total * 0.8, loaded + " of " + total + " classes still exist");
    }
}
