package org.copydesk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import java.util.Map;

/** JSON output of the commands. */
final class Json {
    /** Built on first use only: a command that writes through {@link #writeCompact} never initialises Jackson. */
    private static final class Mapper {
        static final ObjectMapper MAPPER = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
    }

    private Json() {
    }

    static String write(Object value) {
        try {
            return Mapper.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The same compact JSON as {@link #write} for maps with string keys, lists, strings, booleans, integers and null,
     * written without Jackson (so that {@code analyze} does not spend its start-up time initialising it). Any other
     * value goes through {@link #write}.
     */
    static String writeCompact(Object value) {
        StringBuilder b = new StringBuilder(4096);
        return compact(b, value) ? b.toString() : write(value);
    }

    private static boolean compact(StringBuilder b, Object v) {
        if (v == null) {
            b.append("null");
        } else if (v instanceof String s) {
            string(b, s);
        } else if (v instanceof Boolean || v instanceof Integer || v instanceof Long || v instanceof Short
                || v instanceof Byte) {
            b.append(v);
        } else if (v instanceof Map<?, ?> m) {
            b.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!(e.getKey() instanceof String k)) {
                    return false;
                }
                if (!first) {
                    b.append(',');
                }
                first = false;
                string(b, k);
                b.append(':');
                if (!compact(b, e.getValue())) {
                    return false;
                }
            }
            b.append('}');
        } else if (v instanceof List<?> l) {
            b.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    b.append(',');
                }
                if (!compact(b, l.get(i))) {
                    return false;
                }
            }
            b.append(']');
        } else {
            return false;
        }
        return true;
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** A JSON string as Jackson writes it: quote, backslash and control characters escaped, everything else as it is. */
    private static void string(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                default -> {
                    if (c < 0x20) {
                        b.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }

    static ObjectMapper mapper() {
        return Mapper.MAPPER;
    }
}
