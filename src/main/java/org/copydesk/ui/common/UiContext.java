package org.copydesk.ui.common;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ExecutorService;
import org.copydesk.analysis.Analyzer;
import org.copydesk.storage.Workspace;

/**
 * What every view of the app is given through its constructor: the open workspace, the shared analyser, an executor
 * for work that must stay off the FX thread, and the resource bundle holding all user-visible text.
 */
public record UiContext(Workspace workspace, Analyzer analyzer, ExecutorService background, ResourceBundle messages) {

    /** The text for a key of {@code org/copydesk/ui/messages.properties}, formatted with {@link MessageFormat}. */
    public String text(String key, Object... args) {
        String pattern;
        try {
            pattern = messages.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : MessageFormat.format(pattern, args);
    }

    public static ResourceBundle loadMessages() {
        return ResourceBundle.getBundle("org.copydesk.ui.messages");
    }
}
