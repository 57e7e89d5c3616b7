package org.copydesk.ui.export;

import javafx.scene.Node;
import javafx.scene.control.TextField;
import org.copydesk.export.PreflightFinding;
import org.copydesk.ui.common.UiContext;
import org.fxmisc.richtext.GenericStyledArea;

/**
 * Puts the caret on a preflight finding in the editor of the main window: the body span selected and scrolled into
 * view, or the headline or byline field focused. The article must already be open.
 */
public final class FindingLocator {
    private FindingLocator() {
    }

    /** Returns false when the place could not be found in {@code windowRoot}. */
    public static boolean reveal(Node windowRoot, UiContext ctx, PreflightFinding finding) {
        switch (finding.target()) {
            case BODY -> {
                if (windowRoot.lookup("#bodyArea") instanceof GenericStyledArea<?, ?, ?> area) {
                    int n = area.getLength();
                    int s = Math.min(finding.start(), n);
                    int e = Math.min(Math.max(finding.end(), s), n);
                    area.selectRange(s, e);
                    area.requestFollowCaret();
                    area.requestFocus();
                    return true;
                }
                return false;
            }
            case HEADLINE -> {
                return focus(windowRoot.lookup("#headlineField"));
            }
            case BYLINE -> {
                String prompt = ctx.text("editor.byline");
                for (Node n : windowRoot.lookupAll(".text-field")) {
                    if (n instanceof TextField f && prompt.equals(f.getPromptText())) {
                        return focus(f);
                    }
                }
                return false;
            }
            default -> {
                // related links are listed in the sidebar, which shows the open article's links
                return true;
            }
        }
    }

    private static boolean focus(Node n) {
        if (n == null) {
            return false;
        }
        n.requestFocus();
        return true;
    }
}
