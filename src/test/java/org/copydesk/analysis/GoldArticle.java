package org.copydesk.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An annotated test article in the ".gold" markup: {@code #lang xx} / {@code #id name} headers; {@code {xx|...}}
 * words in language xx ({@code {*|...}} not scored); {@code ⟦...⟧} one quotation; {@code ⁉} the next mark has no
 * partner; a line starting with {@code ⊘} is boilerplate, with {@code ↗} a related link; {@code ¤} = U+00A0,
 * {@code ¦} = U+202F. Offsets are Java String indices into the plain text.
 */
record GoldArticle(String name, String language, String text, char[][] langByChar, List<int[]> quotes,
                   List<Integer> unbalanced, Map<String, List<int[]>> flagged) {

    private static final Pattern WORD = Pattern.compile("[\\p{L}&&[^\\p{Nd}_]]+(?:['’\\-][\\p{L}&&[^\\p{Nd}_]]+)*");
    private static final Pattern SPAN = Pattern.compile("\\{([a-z]{2,3}|\\*)\\|");

    /** A scored word: [start, end) and its language. */
    record Token(int start, int end, String language) {
    }

    List<Token> tokens() {
        List<Token> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String lang = new String(langByChar[m.start()]);
            if (!lang.equals("*")) {
                out.add(new Token(m.start(), m.end(), lang));
            }
        }
        return out;
    }

    static GoldArticle parse(String markup, String fallbackName) {
        List<String> lines = new ArrayList<>(List.of(markup.split("\n", -1)));
        Map<String, String> headers = new HashMap<>();
        while (!lines.isEmpty() && lines.get(0).startsWith("#")) {
            String h = lines.remove(0).substring(1);
            int sp = h.indexOf(' ');
            headers.put(sp < 0 ? h : h.substring(0, sp), sp < 0 ? "" : h.substring(sp + 1).strip());
        }
        String body = String.join("\n", lines);
        String dflt = headers.get("lang");
        if (dflt == null || dflt.isBlank()) {
            throw new IllegalArgumentException(fallbackName + ": missing #lang header");
        }
        StringBuilder text = new StringBuilder();
        List<char[]> langs = new ArrayList<>();
        List<int[]> quotes = new ArrayList<>();
        List<Integer> unbalanced = new ArrayList<>();
        Map<String, List<int[]>> flagged = new HashMap<>();
        flagged.put("boilerplate", new ArrayList<>());
        flagged.put("related-link", new ArrayList<>());
        Deque<String> langStack = new ArrayDeque<>();
        langStack.push(dflt);
        Deque<Integer> quoteStack = new ArrayDeque<>();
        String lineFlag = null;
        int lineStart = 0;
        boolean atLineStart = true;
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (atLineStart && (c == '⊘' || c == '↗')) {
                lineFlag = c == '⊘' ? "boilerplate" : "related-link";
                lineStart = text.length();
                i++;
                atLineStart = false;
                continue;
            }
            atLineStart = false;
            if (c == '{') {
                Matcher m = SPAN.matcher(body).region(i, body.length());
                if (!m.lookingAt()) {
                    throw new IllegalArgumentException(fallbackName + ": bad language span at " + i);
                }
                langStack.push(m.group(1));
                i = m.end();
                continue;
            }
            if (c == '}') {
                if (langStack.size() == 1) {
                    throw new IllegalArgumentException(fallbackName + ": unmatched } at " + i);
                }
                langStack.pop();
                i++;
                continue;
            }
            if (c == '⟦') {
                quoteStack.push(text.length());
                i++;
                continue;
            }
            if (c == '⟧') {
                if (quoteStack.isEmpty()) {
                    throw new IllegalArgumentException(fallbackName + ": unmatched ⟧ at " + i);
                }
                quotes.add(new int[] {quoteStack.pop(), text.length()});
                i++;
                continue;
            }
            if (c == '⁉') {
                unbalanced.add(text.length());
                i++;
                continue;
            }
            if (c == '\n') {
                if (lineFlag != null) {
                    flagged.get(lineFlag).add(new int[] {lineStart, text.length()});
                    lineFlag = null;
                }
                atLineStart = true;
            }
            char out = c == '¤' ? '\u00A0' : c == '¦' ? '\u202F' : c;
            text.append(out);
            langs.add(langStack.peek().toCharArray());
            i++;
        }
        if (lineFlag != null) {
            flagged.get(lineFlag).add(new int[] {lineStart, text.length()});
        }
        if (langStack.size() != 1 || !quoteStack.isEmpty()) {
            throw new IllegalArgumentException(fallbackName + ": unclosed span");
        }
        quotes.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
        return new GoldArticle(headers.getOrDefault("id", fallbackName), dflt, text.toString(),
                langs.toArray(char[][]::new), quotes, unbalanced, flagged);
    }
}
