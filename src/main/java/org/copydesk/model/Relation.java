package org.copydesk.model;

/** How a related story relates to this one. */
public enum Relation {
    SEE_ALSO("see-also"), FOLLOW_UP("follow-up"), BACKGROUND("background");

    private final String id;

    Relation(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Relation fromId(String id) {
        for (Relation r : values()) {
            if (r.id.equalsIgnoreCase(id.strip()) || r.name().equalsIgnoreCase(id.strip())) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown relation '" + id + "' (expected see-also, follow-up or background)");
    }
}
