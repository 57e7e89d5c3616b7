package org.copydesk.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Whether the desktop prefers a dark look, where it can be read (JavaFX 21 has no API for it): {@code GTK_THEME}
 * ending in ":dark", else GNOME's {@code color-scheme} setting ('prefer-dark'), else light. UI-free; call it off the
 * FX thread (it may run {@code gsettings}).
 */
public final class DesktopTheme {
    private DesktopTheme() {
    }

    public static boolean prefersDark(Map<String, String> env, String gsettingsColorScheme) {
        String gtk = env.getOrDefault("GTK_THEME", "").toLowerCase(Locale.ROOT);
        if (gtk.endsWith(":dark") || gtk.endsWith("-dark")) {
            return true;
        }
        return gsettingsColorScheme != null && gsettingsColorScheme.toLowerCase(Locale.ROOT).contains("prefer-dark");
    }

    /** The desktop's preference on this machine; light when it cannot be read. */
    public static boolean prefersDark() {
        return prefersDark(System.getenv(), gsettings());
    }

    private static String gsettings() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            return null;
        }
        try {
            Process p = new ProcessBuilder("gsettings", "get", "org.gnome.desktop.interface", "color-scheme")
                    .redirectErrorStream(true).start();
            try (InputStream in = p.getInputStream()) {
                if (!p.waitFor(2, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    return null;
                }
                byte[] out = in.readNBytes(200);
                return p.exitValue() == 0 ? new String(out, StandardCharsets.UTF_8).strip() : null;
            }
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
