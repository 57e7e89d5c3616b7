package org.copydesk.ui;

import javafx.application.Application;
import javafx.stage.Stage;

/** The desktop app. */
public final class CopydeskApp extends Application {
    public static void launchWith(String[] args) {
        Application.launch(CopydeskApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Copydesk");
        stage.show();
    }
}
