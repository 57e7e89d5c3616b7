package org.copydesk.model;

import java.util.Locale;

/** How a code (an enum constant) names its message in the app's bundles: {@code NOT_IN_DICTIONARY} → "notInDictionary". */
public final class MessageKeys {
    private MessageKeys() {
    }

    public static String of(Enum<?> code) {
        String[] parts = code.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder b = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            b.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return b.toString();
    }
}
