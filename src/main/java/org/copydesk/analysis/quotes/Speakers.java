package org.copydesk.analysis.quotes;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who spoke a quotation, where the text says so next to it: {@code “…,” said Mayor X}, {@code « … » a déclaré le
 * ministre}, {@code “…,” one official said}, {@code X said: “…”}.
 */
public final class Speakers {
    private static final String VERBS = "said|says|told(?: reporters)?|added|declared|announced|explained|insisted|warned|"
            + "wrote|asked|replied|stated|noted|continued|argued|claimed|admitted|recalled|stressed|confirmed|"
            + "(?:a|ont|avait)\\s+(?:déclaré|dit|ajouté|affirmé|expliqué|prévenu|indiqué|souligné|estimé|annoncé|"
            + "assuré|lancé|confié|répondu|martelé|reconnu|précisé|insisté)|"
            + "s[’']est\\s+(?:félicité|félicitée|exclamé|exclamée|inquiété|inquiétée|réjoui|réjouie|défendu|défendue)|"
            + "déclare|dit|ajoute|affirme|explique|estime|souligne|assure|précise|"
            + "sagte|sagt|erklärte|betonte|meinte|dijo|afirmó|declaró|explicó|disse|afirmou|declarou|"
            + "ha detto|ha dichiarato|ha affermato|zei|verklaarde";
    private static final String NAME = "([^,.;:!?()\\[\\]«»“”„\"\\n]{1,80}?)";
    private static final String STOP = "(?=\\s+(?:in|on|at|during|after|before|when|while|to|lors|dans|en|au|à|sur|"
            + "pendant|devant|im|am|auf|en|el|durante|em|no|na|nel|tijdens|op)\\b|\\s*[,.;:!?()\\n]|\\s*$)";
    private static final Pattern AFTER_VERB_FIRST = Pattern.compile(
            "^[\\s\\u00A0\\u202F]*,?[\\s\\u00A0\\u202F]*(?:" + VERBS + ")\\s+" + NAME + STOP, Pattern.CASE_INSENSITIVE);
    private static final Pattern AFTER_NAME_FIRST = Pattern.compile(
            "^[\\s\\u00A0\\u202F]*,?[\\s\\u00A0\\u202F]*((?:[\\p{L}’'\\-]+\\s+){0,4}?[\\p{L}’'\\-]+)\\s+(?:" + VERBS + ")\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BEFORE = Pattern.compile(
            "((?:\\p{Lu}[\\p{L}’'\\-]*|the|a|an|le|la|les|un|une)(?:\\s+[\\p{L}’'\\-]+){0,5}?)\\s+(?:" + VERBS
                    + ")\\s*[:,]?[\\s\\u00A0\\u202F]*$", Pattern.CASE_INSENSITIVE);

    private Speakers() {
    }

    /** The speaker of the quotation {@code [start, end)} of {@code text}, or null. */
    public static String find(String text, int start, int end) {
        int lineEnd = text.indexOf('\n', end);
        String after = text.substring(end, lineEnd < 0 ? text.length() : Math.min(lineEnd, end + 160));
        Matcher m = AFTER_VERB_FIRST.matcher(after);
        if (m.find()) {
            String s = clean(m.group(1));
            if (s != null) {
                return s;
            }
        }
        m = AFTER_NAME_FIRST.matcher(after);
        if (m.find()) {
            String s = clean(m.group(1));
            if (s != null) {
                return s;
            }
        }
        int lineStart = text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
        if (start > 0 && start - 1 >= lineStart) {
            String before = text.substring(Math.max(lineStart, start - 120), start);
            m = BEFORE.matcher(before);
            if (m.find()) {
                return clean(m.group(1));
            }
        }
        return null;
    }

    private static String clean(String s) {
        String t = s.strip();
        if (t.isEmpty() || t.length() > 80) {
            return null;
        }
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.equals("it") || lower.equals("that") || lower.equals("this") || lower.equals("which")) {
            return null;
        }
        return t;
    }
}
