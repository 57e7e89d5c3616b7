package org.copydesk.search;

/** An article similar to the current one (More-Like-This), not yet linked from it. */
public record Suggestion(String id, String headline, String language, float score) {
}
