package org.copydesk.ui;

import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.copydesk.ui.common.StartupPhases;

/**
 * The floor that {@code copydesk bench startup} compares the app with: a JavaFX window with a list of six lines and
 * nothing else, started the same way as the app. Records when its first frame is shown, then quits.
 */
public final class MinimalWindow extends Application {
    /** Launcher (not an {@code Application}, so that JavaFX on the class path works as for the app). */
    public static final class Launcher {
        private Launcher() {
        }

        public static void main(String[] args) {
            Application.launch(MinimalWindow.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        StartupPhases phases = StartupPhases.fromSystemProperty(List.of(StartupPhases.WINDOW_SHOWN));
        phases.onComplete(line -> Platform.exit());
        ListView<String> list = new ListView<>(FXCollections.observableArrayList(
                "one", "two", "three", "four", "five", "six"));
        Scene scene = new Scene(list, 1280, 800);
        CopydeskApp.whenFirstFrame(scene, () -> phases.mark(StartupPhases.WINDOW_SHOWN));
        stage.setScene(scene);
        stage.show();
    }
}
