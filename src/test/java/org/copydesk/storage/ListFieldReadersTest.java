package org.copydesk.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.copydesk.testing.Gen;
import org.copydesk.testing.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hand-written readers on the article list's path give what the general ones they replace give: an article time
 * is the instant {@link Instant#parse} makes of it (or refused as it refuses it), an id is valid exactly when it
 * matches the slug pattern.
 */
class ListFieldReadersTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-27T09:00:00Z", "2026-11-27T09:00:00.123Z", "2026-11-27T09:00:00.000000001Z",
            "2024-02-29T23:59:59.999999999Z", "1970-01-01T00:00:00Z", "1969-12-31T23:59:59.5Z", "0000-01-01T00:00:00Z",
            "9999-12-31T23:59:59Z", "2000-02-29T12:00:00Z"})
    void aTimeAsCopydeskWritesItIsReadByHandToTheSameInstant(String s) {
        assertThat(UtcTimes.canonical(s)).isNotNull().isEqualTo(Instant.parse(s));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-29T00:00:00Z", "1900-02-29T00:00:00Z", "2026-04-31T00:00:00Z", "2026-13-01T00:00:00Z",
            "2026-00-10T00:00:00Z", "2026-11-27T24:00:00Z", "2026-11-27T09:60:00Z", "2026-11-27T09:00:61Z",
            "2026-11-27T09:00:00.Z", "2026-11-27T09:00:00.1234567890Z", "2026-11-27 09:00:00Z", "2026-11-27T09:00:00",
            "", "yesterday", "+2026-11-27T09:00:00Z", "2026-11-27T09:00:00z", "2026-11-27t09:00:00Z",
            "2026-11-27T09:00:00+01:00", "2026-11-27T23:59:60Z", "-001-11-27T09:00:00Z", "2026-1a-27T09:00:00Z"})
    void anythingElseIsLeftToTheJdkWhichDecides(String s) {
        assertThat(UtcTimes.canonical(s)).isNull();
        assertThat(outcome(() -> UtcTimes.parse(s))).isEqualTo(outcome(() -> Instant.parse(s)));
    }

    @Property(tries = 300)
    void anyNearlyCanonicalTimeReadsAsInstantParseReadsIt(Gen gen) {
        StringBuilder b = new StringBuilder(Instant.ofEpochSecond(gen.between(-100_000, 100_000) * 100_000L + gen.between(0, 99_999),
                gen.oneOf(0, gen.between(0, 999) * 1_000_000, gen.between(0, 999_999_999))).toString());
        for (int spoil = gen.between(0, 2); spoil > 0 && b.length() > 0; spoil--) {
            int at = gen.between(0, b.length() - 1);
            switch (gen.between(0, 3)) {
                case 0 -> b.setCharAt(at, gen.oneOf('0', '9', '3', '6', '2', '1', '-', ':', '.', 'T', 'Z', 'x'));
                case 1 -> b.deleteCharAt(at);
                case 2 -> b.insert(at, gen.oneOf('0', '5', '.', 'Z'));
                default -> b.setLength(at);
            }
        }
        String s = b.toString();
        assertThat(outcome(() -> UtcTimes.parse(s))).as(s).isEqualTo(outcome(() -> Instant.parse(s)));
    }

    @Property(tries = 500)
    void anIdIsValidExactlyWhenItMatchesTheSlugPattern(Gen gen) {
        String id = gen.bool() ? gen.string("ab9-", 0, 8) : gen.string("az09-_.A/ é", 0, 70);
        assertThat(Slugs.isValidId(id)).as("'%s'", id).isEqualTo(Slugs.matchesPattern(id));
    }

    @Test
    void idsAtAndOverTheLengthLimit() {
        assertThat(Slugs.isValidId("a".repeat(Slugs.MAX_LENGTH))).isTrue();
        assertThat(Slugs.isValidId("a".repeat(Slugs.MAX_LENGTH + 1))).isFalse();
        assertThat(Slugs.isValidId(null)).isFalse();
        assertThat(Slugs.isValidId("storm-coast-2")).isTrue();
        assertThat(Slugs.isValidId("-storm")).isFalse();
        assertThat(Slugs.isValidId("storm--coast")).isFalse();
        assertThat(Slugs.isValidId("storm-")).isFalse();
    }

    private static String outcome(java.util.function.Supplier<Instant> read) {
        try {
            return "read " + read.get();
        } catch (DateTimeParseException e) {
            return "refused";
        }
    }
}
