package org.copydesk.storage;

import java.io.IOException;
import java.util.Objects;

/**
 * An article not written because it is beyond {@link Limits} (Copydesk could not read it back): nothing was written.
 * The message is the English line the command line and the logs show ("a1b2 was not saved: the text is …"); the app
 * words it in its interface's language from the {@link Limits.Problem}'s code and figures.
 */
public final class SaveRefusedException extends IOException {
    /** What was refused: saving the article over its file, or keeping a copy of it aside in the trash folder. */
    public enum Action {
        SAVE("saved"),
        KEEP("kept");

        private final String english;

        Action(String english) {
            this.english = english;
        }
    }

    private final String articleId;
    private final Action action;
    private final transient Limits.Problem problem;

    public SaveRefusedException(String articleId, Action action, Limits.Problem problem) {
        super(articleId + " was not " + action.english + ": " + problem.english());
        this.articleId = Objects.requireNonNull(articleId, "articleId");
        this.action = Objects.requireNonNull(action, "action");
        this.problem = problem;
    }

    public String articleId() {
        return articleId;
    }

    public Action action() {
        return action;
    }

    public Limits.Problem problem() {
        return problem;
    }
}
