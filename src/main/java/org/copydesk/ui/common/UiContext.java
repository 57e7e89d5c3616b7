package org.copydesk.ui.common;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ExecutorService;
import javafx.application.HostServices;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import org.copydesk.analysis.Analyzer;
import org.copydesk.storage.Workspace;

/**
 * What every view of the app is given through its constructor: the open workspace, the shared analyser, an executor
 * for work that must stay off the FX thread (analysis), the resource bundle holding all user-visible text, the
 * {@link Desk}: the one way to read and write the workspace (never on the FX thread), and the {@link DocumentOpener}
 * that opens a file or folder in the desktop's application for it (the application's JavaFX {@link HostServices}).
 */
public record UiContext(Workspace workspace, Analyzer analyzer, ExecutorService background, ResourceBundle messages, Desk desk,
        DocumentOpener documents) {

    /** Opens a document (a {@code file:} URI of a file or folder) in the desktop's application for it. */
    @FunctionalInterface
    public interface DocumentOpener {
        void showDocument(String uri);

        /** The application's host services: JavaFX hands the URI to the desktop (xdg-open and the like). */
        static DocumentOpener of(HostServices hostServices) {
            return hostServices::showDocument;
        }

        /** Where there is no application (a context built without one): nothing is opened, and the log says so. */
        DocumentOpener NONE = uri -> System.getLogger(UiContext.class.getName())
                .log(System.Logger.Level.WARNING, "no desktop to open " + uri);
    }

    public UiContext {
        documents = documents == null ? DocumentOpener.NONE : documents;
    }

    /** A context without host services (nothing can be opened in another application). */
    public UiContext(Workspace workspace, Analyzer analyzer, ExecutorService background, ResourceBundle messages, Desk desk) {
        this(workspace, analyzer, background, messages, desk, DocumentOpener.NONE);
    }

    /** A context with a desk of its own over the workspace. */
    public UiContext(Workspace workspace, Analyzer analyzer, ExecutorService background, ResourceBundle messages) {
        this(workspace, analyzer, background, messages, new Desk(workspace));
    }

    /**
     * Opens a file or folder in the desktop's application for it. Handing it over starts a program (the desktop's
     * opener), so it is done on the background executor, not the FX thread.
     */
    public void showDocument(Path fileOrFolder) {
        String uri = fileOrFolder.toAbsolutePath().toUri().toString();
        background.execute(() -> documents.showDocument(uri));
    }

    /**
     * The text for a key of {@code org/copydesk/ui/messages.properties}, formatted with {@link MessageFormat} in the
     * interface's language ({@link #locale()}).
     */
    public String text(String key, Object... args) {
        String pattern;
        try {
            pattern = messages.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        // in the interface's language, not the JVM's: "1 231 caractères" in French on an English system
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(args);
    }

    /** The interface's language (the bundle's; English for the base bundle), for figures and dates in the texts. */
    public Locale locale() {
        Locale l = messages.getLocale();
        return l == null || l.getLanguage().isEmpty() ? Locale.ENGLISH : l;
    }

    /** A menu item with its text from the bundle, the key as its id, an optional accelerator and an action. */
    public MenuItem menuItem(String key, String accelerator, Runnable action) {
        MenuItem mi = new MenuItem(text(key));
        mi.setId(key);
        if (accelerator != null) {
            mi.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        mi.setOnAction(e -> action.run());
        return mi;
    }

    /** The messages in the system's language (French for a French locale, else English). */
    public static ResourceBundle loadMessages() {
        return loadMessages(Locale.getDefault());
    }

    /** The messages for a locale; English when there is no bundle for its language (never the default locale's). */
    public static ResourceBundle loadMessages(Locale locale) {
        return ResourceBundle.getBundle("org.copydesk.ui.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The messages for the interface language of the settings: "en", "fr", or "" for the system's. */
    public static ResourceBundle loadMessages(String uiLanguage) {
        return uiLanguage == null || uiLanguage.isEmpty() ? loadMessages() : loadMessages(Locale.forLanguageTag(uiLanguage));
    }
}
