package org.copydesk.storage;

import java.time.Instant;

/**
 * Reads the times of an article file. Copydesk writes them as {@link Instant#toString()} does
 * ({@code 2026-11-27T09:00:00Z}, {@code 2026-11-27T09:00:00.123Z}); that form is read here by hand, everything else
 * goes to {@link Instant#parse}, which decides. The result is always the one {@link Instant#parse} gives (tested on
 * generated near-misses): the hand-read form only spares the list of a large workspace the cost of the JDK's general
 * date-time parser, twice per file, in a process that has not loaded it yet.
 */
final class UtcTimes {
    private static final long DAYS_0000_TO_1970 = 719_528L;

    private UtcTimes() {
    }

    /** The instant of {@code s}; a {@link java.time.format.DateTimeParseException} as {@link Instant#parse} throws it. */
    static Instant parse(String s) {
        Instant fast = canonical(s);
        return fast != null ? fast : Instant.parse(s);
    }

    /** {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z} in range, or null for anything else (left to {@link Instant#parse}). */
    static Instant canonical(String s) {
        int n = s.length();
        if (n < 20 || n > 30 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
                || s.charAt(16) != ':' || s.charAt(n - 1) != 'Z') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month) || hour < 0 || hour > 23
                || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        int nanos = 0;
        if (n > 20) {
            int digits = n - 21;
            if (s.charAt(19) != '.' || digits < 1 || digits > 9) {
                return null;
            }
            nanos = digits(s, 20, digits);
            if (nanos < 0) {
                return null;
            }
            for (int i = digits; i < 9; i++) {
                nanos *= 10;
            }
        } else if (n != 20) {
            return null;
        }
        long seconds = epochDay(year, month, day) * 86_400L + hour * 3_600L + minute * 60L + second;
        return Instant.ofEpochSecond(seconds, nanos);
    }

    /** The number written by {@code count} ASCII digits at {@code from}, or -1. */
    private static int digits(String s, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static boolean leap(int year) {
        return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    private static int lengthOfMonth(int year, int month) {
        return switch (month) {
            case 2 -> leap(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** Days since 1970-01-01 of a date of the years 0 to 9999 (the computation of {@code LocalDate.toEpochDay}). */
    private static long epochDay(int year, int month, int day) {
        long y = year;
        long total = 365 * y + (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400;
        total += (367L * month - 362) / 12;
        total += day - 1;
        if (month > 2) {
            total--;
            if (!leap(year)) {
                total--;
            }
        }
        return total - DAYS_0000_TO_1970;
    }
}
