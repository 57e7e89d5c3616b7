package org.copydesk.ui.related;

import org.copydesk.model.RelatedLink;

/**
 * A link as the sidebar shows it: the target's headline (the target's id while it is not known yet), and whether the
 * target still exists (a link to a story no longer in the workspace is shown as broken, never dropped).
 */
record LinkItem(RelatedLink link, String headline, boolean exists) {
    /** The headline to show for a link that exists. */
    String shown() {
        return headline == null ? link.targetId() : headline;
    }
}
