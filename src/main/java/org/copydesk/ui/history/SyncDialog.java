package org.copydesk.ui.history;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.copydesk.storage.Settings;
import org.copydesk.sync.SyncReport;
import org.copydesk.ui.common.UiContext;

/**
 * The sync window: the first time, where the shared desk is (a folder — a bare repository, created when the folder is
 * empty — or a URL) and the name and e-mail written into the history; then progress, and what the sync did in words.
 */
final class SyncDialog {
    /** What the user set: the remote as typed (blank: history on this machine only), name and e-mail. */
    record Answer(String remote, String name, String email) {
    }

    private final UiContext ctx;
    private final Stage stage = new Stage();
    private final VBox root = new VBox(12);
    private final TextField remoteField = new TextField();
    private final TextField nameField = new TextField();
    private final TextField emailField = new TextField();
    private final Label heading = new Label();
    private final Label result = new Label();
    private final Settings settings;
    private final Consumer<Answer> answered;

    SyncDialog(UiContext ctx, Window owner, Settings settings, Consumer<Answer> answered) {
        this.ctx = ctx;
        this.settings = settings;
        this.answered = answered;
        stage.initOwner(owner);
        stage.setTitle(ctx.text("sync.title"));
        root.setId("syncDialog");
        root.getStyleClass().add("sync-dialog");
        root.setPadding(new Insets(16));
        root.setPrefWidth(560);
        heading.setId("syncHeading");
        heading.getStyleClass().add("sync-heading");
        heading.setWrapText(true);
        result.setId("syncResult");
        result.setWrapText(true);
        remoteField.setId("syncRemote");
        remoteField.setPromptText(ctx.text("sync.remote.prompt"));
        nameField.setId("syncName");
        emailField.setId("syncEmail");
        Scene scene = new Scene(root);
        scene.getStylesheets().add(Objects.requireNonNull(SyncDialog.class.getResource("history.css")).toExternalForm());
        stage.setScene(scene);
    }

    boolean isShowing() {
        return stage.isShowing();
    }

    void close() {
        stage.close();
    }

    Stage stage() {
        return stage;
    }

    /** Asks for the remote and the author (filled with what is set). */
    void showSetup(String currentRemote) {
        heading.setText(ctx.text(currentRemote == null ? "sync.setup.first" : "sync.setup.change"));
        remoteField.setText(currentRemote == null ? "" : currentRemote);
        nameField.setText(settings.authorName());
        emailField.setText(settings.authorEmail());
        Button browse = new Button(ctx.text("sync.remote.browse"));
        browse.setId("syncBrowse");
        browse.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(ctx.text("sync.remote.browse.title"));
            File dir = chooser.showDialog(stage);
            if (dir != null) {
                remoteField.setText(dir.getPath());
            }
        });
        HBox remoteRow = new HBox(6, remoteField, browse);
        HBox.setHgrow(remoteField, Priority.ALWAYS);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, label("sync.remote", remoteField), remoteRow);
        grid.addRow(1, label("sync.name", nameField), nameField);
        grid.addRow(2, label("sync.email", emailField), emailField);
        GridPane.setHgrow(remoteRow, Priority.ALWAYS);
        Label hint = new Label(ctx.text("sync.remote.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("sync-hint");

        Button sync = new Button(ctx.text("sync.start"));
        sync.setId("syncStart");
        sync.setDefaultButton(true);
        sync.disableProperty().bind(remoteField.textProperty().isEmpty());
        sync.setOnAction(e -> answered.accept(answer(remoteField.getText())));
        Button local = new Button(ctx.text("sync.localOnly"));
        local.setId("syncLocalOnly");
        local.setOnAction(e -> answered.accept(answer("")));
        Button cancel = new Button(ctx.text("sync.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        root.getChildren().setAll(heading, grid, hint, buttons(local, sync, cancel));
        show();
    }

    private Answer answer(String remote) {
        return new Answer(remote.strip(), nameField.getText().strip(), emailField.getText().strip());
    }

    private Label label(String key, TextField field) {
        Label l = new Label(ctx.text(key));
        l.setLabelFor(field);
        l.setMnemonicParsing(true);
        return l;
    }

    void showProgress(String remote) {
        heading.setText(ctx.text("sync.running", remote));
        ProgressIndicator p = new ProgressIndicator();
        p.setId("syncProgress");
        p.setPrefSize(32, 32);
        Button hide = new Button(ctx.text("sync.hide"));
        hide.setOnAction(e -> stage.close());
        root.getChildren().setAll(new HBox(12, p, heading), buttons(hide));
        show();
    }

    void showResult(SyncReport report) {
        heading.setText(report.conflictsLeft() ? ctx.text("sync.done.conflicts") : ctx.text("sync.done"));
        result.setText(String.join("\n", lines(ctx, report)));
        Button close = new Button(ctx.text("sync.close"));
        close.setId("syncClose");
        close.setDefaultButton(true);
        close.setOnAction(e -> stage.close());
        root.getChildren().setAll(heading, result, buttons(close));
        show();
    }

    void showError(String text) {
        heading.setText(ctx.text("sync.failed"));
        result.setText(text);
        Button change = new Button(ctx.text("sync.changeRemote"));
        change.setId("syncChangeRemote");
        change.setOnAction(e -> showSetup(remoteField.getText().isBlank() ? null : remoteField.getText()));
        Button close = new Button(ctx.text("sync.close"));
        close.setId("syncClose");
        close.setDefaultButton(true);
        close.setOnAction(e -> stage.close());
        root.getChildren().setAll(heading, result, buttons(change, close));
        show();
    }

    private static ButtonBar buttons(Button... buttons) {
        ButtonBar bar = new ButtonBar();
        for (Button b : buttons) {
            // each as wide as its own label (uniform widths of the longest French label do not fit the dialog)
            ButtonBar.setButtonUniformSize(b, false);
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        bar.getButtons().addAll(buttons);
        return bar;
    }

    private void show() {
        stage.sizeToScene();
        if (!stage.isShowing()) {
            stage.show();
        }
        stage.toFront();
    }

    /** What a sync did, one line per kind of change. */
    static List<String> lines(UiContext ctx, SyncReport r) {
        List<String> out = new ArrayList<>();
        if (!r.received().isEmpty()) {
            out.add(ctx.text("sync.result.received", String.join(", ", r.received())));
        }
        if (!r.merged().isEmpty()) {
            out.add(ctx.text("sync.result.merged", String.join(", ", r.merged())));
        }
        if (!r.deleted().isEmpty()) {
            out.add(ctx.text("sync.result.deleted", String.join(", ", r.deleted())));
        }
        if (!r.editKeptOverDelete().isEmpty()) {
            out.add(ctx.text("sync.result.editKept", String.join(", ", r.editKeptOverDelete())));
        }
        if (!r.unresolved().isEmpty()) {
            out.add(ctx.text("sync.result.conflicts", String.join(", ", r.unresolved())));
        }
        if (r.sent()) {
            out.add(ctx.text("sync.result.sent", r.remote()));
        }
        if (out.isEmpty()) {
            out.add(ctx.text("sync.result.upToDate", r.remote()));
        }
        return out;
    }

    /** The status bar's line: the counts. */
    static String summary(UiContext ctx, SyncReport r) {
        return ctx.text("sync.summary", r.received().size(), r.merged().size(), r.unresolved().size());
    }
}
