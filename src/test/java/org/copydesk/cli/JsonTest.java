package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.copydesk.testing.Gen;
import org.copydesk.testing.Property;
import org.junit.jupiter.api.Test;

/** {@code analyze --json} writes without Jackson: the same bytes as Jackson for every value it writes. */
class JsonTest {
    private static Object value(Gen g, int depth) {
        int kind = g.between(0, depth >= 3 ? 3 : 5);
        return switch (kind) {
            case 0 -> null;
            case 1 -> g.bool();
            case 2 -> g.between(-1_000_000, 1_000_000);
            case 3 -> g.anyString(30);
            case 4 -> {
                List<Object> l = new ArrayList<>();
                for (int i = g.between(0, 4); i > 0; i--) {
                    l.add(value(g, depth + 1));
                }
                yield l;
            }
            default -> {
                Map<String, Object> m = new LinkedHashMap<>();
                for (int i = g.between(0, 4); i > 0; i--) {
                    m.put(g.anyString(8), value(g, depth + 1));
                }
                yield m;
            }
        };
    }

    @Property(tries = 300)
    void compactJsonIsWhatJacksonWrites(Gen g) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("language", g.oneOf("en", "fr", null));
        root.put("text", g.anyString(40) + "\"\\\n\t\r\b\f\u0001\u001f\u007f\u00a0\u2019\uD83D\uDE00");
        for (int i = g.between(0, 5); i > 0; i--) {
            root.put(g.anyString(6), value(g, 0));
        }

        assertThat(Json.writeCompact(root)).isEqualTo(Json.write(root));
    }

    @Test
    void valuesItDoesNotKnowGoThroughJackson() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("when", Instant.parse("2026-11-30T22:00:00Z"));
        root.put("ratio", 0.5);

        assertThat(Json.writeCompact(root)).isEqualTo(Json.write(root)).contains("2026-11-30T22:00:00Z");
    }
}
