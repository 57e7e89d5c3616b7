package org.copydesk.model;

import java.util.Objects;

/** A link from one article to another; the target may no longer exist (a broken link is kept, not dropped). */
public record RelatedLink(String targetId, Relation relation, String note) {
    public RelatedLink {
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(relation, "relation");
    }
}
