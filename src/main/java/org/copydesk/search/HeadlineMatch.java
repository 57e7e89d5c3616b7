package org.copydesk.search;

/** The workspace article whose headline best matches a named headline, with a similarity in [0, 1]. */
public record HeadlineMatch(String id, String headline, double similarity) {
}
