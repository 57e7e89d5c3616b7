package org.copydesk.export;

/** Escaping shared by the exporters: article text is always data, never markup. */
final class Markup {
    private Markup() {
    }

    /**
     * Drops what no XML or HTML document may hold: control characters other than tab, line feed and carriage
     * return, lone surrogates, and U+FFFE/U+FFFF.
     */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c)) {
                ok = i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
                if (ok) {
                    if (sb != null) {
                        sb.append(c).append(s.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else if (Character.isLowSurrogate(c)) {
                ok = false;
            } else {
                ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0x7F && !(c >= 0x80 && c <= 0x9F)
                        && c != 0xFFFE && c != 0xFFFF);
            }
            if (!ok && sb == null) {
                sb = new StringBuilder(s.length());
                sb.append(s, 0, i);
            } else if (ok && sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** One line of a field (headline, byline ...): cleaned, line breaks turned into spaces, trimmed. */
    static String line(String s) {
        return clean(s).replaceAll("[\\r\\n\\t]+", " ").strip();
    }

    /** Text content for HTML: {@code & < >} escaped, invalid characters dropped. */
    static String html(String s) {
        return escape(s, false);
    }

    /** An attribute value for HTML (always written in double quotes): {@code & < > " '} escaped. */
    static String attr(String s) {
        return escape(s, true);
    }

    private static String escape(String s, boolean attribute) {
        String c = clean(s);
        StringBuilder sb = new StringBuilder(c.length() + 16);
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            switch (ch) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append(attribute ? "&quot;" : "\"");
                case '\'' -> sb.append(attribute ? "&#39;" : "'");
                case '\r' -> { }
                default -> sb.append(ch);
            }
        }
        return sb.toString();
    }
}
