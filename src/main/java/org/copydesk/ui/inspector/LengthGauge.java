package org.copydesk.ui.inspector;

/** A length against its limit or target: "46 / 70". A limit of 0 means none. UI-free. */
public record LengthGauge(int value, int limit) {
    public boolean over() {
        return limit > 0 && value > limit;
    }

    public boolean hasLimit() {
        return limit > 0;
    }

    /** Characters a reader sees: code points, so that « é » or an emoji counts once. */
    public static LengthGauge characters(String text, int limit) {
        String t = text == null ? "" : text.strip();
        return new LengthGauge(t.codePointCount(0, t.length()), limit);
    }
}
