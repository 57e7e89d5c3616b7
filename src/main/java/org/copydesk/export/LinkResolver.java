package org.copydesk.export;

import java.io.IOException;
import java.util.Optional;
import org.copydesk.storage.ArticleEntry;
import org.copydesk.storage.Workspace;

/** Finds the story a related link points to: its headline, or empty when the link is broken. */
@FunctionalInterface
public interface LinkResolver {
    /** Resolves nothing: every link counts as broken. */
    LinkResolver NONE = id -> Optional.empty();

    Optional<String> headlineOf(String articleId);

    /** Resolves against the articles of a workspace; a target whose file cannot be read counts as broken. */
    static LinkResolver of(Workspace workspace) {
        return id -> {
            if (!workspace.exists(id)) {
                return Optional.empty();
            }
            try {
                ArticleEntry e = workspace.load(id);
                return e.ok() ? Optional.of(e.article().headline()) : Optional.empty();
            } catch (IOException e) {
                return Optional.empty();
            }
        };
    }
}
