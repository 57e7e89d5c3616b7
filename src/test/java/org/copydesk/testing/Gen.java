package org.copydesk.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * The samples of one {@link Property} try, all drawn from one seed. Sizes and numbers lean towards their edges
 * (empty, smallest, largest) one time in five, where bugs live.
 */
public final class Gen {
    static final String NAME_PREFIX = "seed ";
    private final long seed;
    private final Random random;

    public Gen(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
    }

    public long seed() {
        return seed;
    }

    /** An int from {@code min} to {@code max}, both included. */
    public int between(int min, int max) {
        if (max < min) {
            throw new IllegalArgumentException(min + " > " + max);
        }
        int edge = random.nextInt(10);
        if (edge == 0) {
            return min;
        }
        if (edge == 1) {
            return max;
        }
        return min + (int) (random.nextDouble() * ((long) max - min + 1));
    }

    public boolean bool() {
        return random.nextBoolean();
    }

    @SafeVarargs
    public final <T> T oneOf(T... values) {
        return values[random.nextInt(values.length)];
    }

    public <T> T oneOf(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** {@code min} to {@code max} samples. */
    public <T> List<T> list(int min, int max, Supplier<T> element) {
        int n = between(min, max);
        List<T> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(element.get());
        }
        return out;
    }

    /** A string of {@code min} to {@code max} characters taken from {@code chars}. */
    public String string(String chars, int min, int max) {
        int n = between(min, max);
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append(chars.charAt(random.nextInt(chars.length())));
        }
        return b.toString();
    }

    /**
     * Any UTF-16 text up to {@code max} chars: ASCII, Latin, any BMP char, lone surrogates and paired ones,
     * controls and line breaks all come up.
     */
    public String anyString(int max) {
        int n = between(0, max);
        StringBuilder b = new StringBuilder(n);
        while (b.length() < n) {
            switch (random.nextInt(6)) {
                case 0 -> b.append((char) (0x20 + random.nextInt(0x5F)));
                case 1 -> b.append((char) random.nextInt(0x20));
                case 2 -> b.append((char) (0xA0 + random.nextInt(0x2000 - 0xA0)));
                case 3 -> b.append((char) random.nextInt(0x10000));
                case 4 -> b.appendCodePoint(0x10000 + random.nextInt(0x10FFFF - 0x10000));
                default -> b.append(oneOf(" ", "\n", "\r\n", "\t", "\u00A0", "\u202F", "\uFEFF", "\uD800", "\uDC00"));
            }
        }
        return b.length() > n ? b.substring(0, n) : b.toString();
    }

    /** Like {@link #anyString} but well-formed: surrogates only in pairs, as in any text a person could type. */
    public String text(int max) {
        String any = anyString(max);
        StringBuilder b = new StringBuilder(any.length());
        for (int i = 0; i < any.length(); i++) {
            char c = any.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < any.length() && Character.isLowSurrogate(any.charAt(i + 1))) {
                b.append(c).append(any.charAt(++i));
            } else if (!Character.isSurrogate(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Up to {@code max} arbitrary bytes. */
    public byte[] bytes(int max) {
        byte[] out = new byte[between(0, max)];
        random.nextBytes(out);
        return out;
    }

    /** Words joined from {@code pieces}: up to {@code max} of them, each drawn anew. */
    public String joined(int max, List<String> pieces) {
        return String.join("", list(0, max, () -> oneOf(pieces)));
    }

    @Override
    public String toString() {
        return NAME_PREFIX + seed;
    }
}
