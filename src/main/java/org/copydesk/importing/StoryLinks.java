package org.copydesk.importing;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.copydesk.storage.Slugs;

/**
 * Decides whether a link in imported copy points to another story. A relative path to a {@code .md}, {@code .json} or
 * {@code .html} file always does (its file name is the story's id, even if that story is not in the workspace yet: a
 * broken related link is kept, not dropped); any other URL does when its last path segment is the id of an article
 * the workspace knows.
 */
final class StoryLinks {
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    private static final Pattern STORY_FILE = Pattern.compile("(?i)\\.(md|markdown|json|html?)$");

    private StoryLinks() {
    }

    static Optional<String> targetOf(String href, Predicate<String> knownIds) {
        if (href == null) {
            return Optional.empty();
        }
        String h = href.strip();
        int cut = indexOfAny(h, '#', '?');
        if (cut >= 0) {
            h = h.substring(0, cut);
        }
        if (h.isEmpty()) {
            return Optional.empty();
        }
        boolean relative = !SCHEME.matcher(h).find() && !h.startsWith("//");
        String lower = h.toLowerCase(Locale.ROOT);
        if (!relative && !(lower.startsWith("http:") || lower.startsWith("https:"))) {
            return Optional.empty();
        }
        String path = h;
        if (!relative) {
            int slashes = h.indexOf("//");
            int pathStart = slashes < 0 ? -1 : h.indexOf('/', slashes + 2);
            path = pathStart < 0 ? "" : h.substring(pathStart);
        }
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        if (last.isEmpty()) {
            return Optional.empty();
        }
        boolean storyFile = STORY_FILE.matcher(last).find();
        String stem = storyFile ? last.substring(0, last.lastIndexOf('.')) : last;
        try {
            stem = URLDecoder.decode(stem.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String id = Slugs.of(stem);
        if (!Slugs.isValidId(id) || id.equals("article") && !stem.equalsIgnoreCase("article")) {
            return Optional.empty();
        }
        if (relative && storyFile) {
            return Optional.of(id);
        }
        return knownIds.test(id) ? Optional.of(id) : Optional.empty();
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        if (i < 0) {
            return j;
        }
        return j < 0 ? i : Math.min(i, j);
    }
}
