package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;

/**
 * TestFX's look-ups, as every UI test writes them ({@code robot.lookup(...)} from the test's thread), walk the scene on
 * the FX thread ({@link LooksUpOnTheFxThread}): a walk beside the FX thread's changes once read a children list in the
 * middle of one and failed a CI run.
 */
class LooksUpOnTheFxThreadTest extends FxTestBase {

    @Test
    void aLookUpFromTheTestThreadWalksTheSceneOnTheFxThread() throws Exception {
        show(new VBox(new Label("one")), 200, 100);
        List<Boolean> onFxThread = new ArrayList<>();
        robot.lookup(n -> {
            onFxThread.add(Platform.isFxApplicationThread());
            return false;
        }).tryQuery();
        assertThat(onFxThread).isNotEmpty().containsOnly(true);
        // and the chained steps and the answers of a query too
        List<Boolean> matched = new ArrayList<>();
        robot.lookup(".label").match(n -> matched.add(Platform.isFxApplicationThread())).queryAll();
        assertThat(matched).containsExactly(true);
    }

    /**
     * The FX thread keeps moving a box's last label to the top, one change after another, while the test looks the
     * labels up a thousand times: every look-up sees the whole box (the label being moved is never missing) and none
     * fails.
     */
    @Test
    void lookUpsBesideAChangingSceneSeeItBetweenTwoChanges() throws Exception {
        VBox box = new VBox();
        for (int i = 0; i < 20; i++) {
            Label l = new Label("label " + i);
            l.getStyleClass().add("churned");
            box.getChildren().add(l);
        }
        show(box, 300, 500);
        AtomicBoolean run = new AtomicBoolean(true);
        Runnable[] rotate = new Runnable[1];
        rotate[0] = () -> {
            // removed, then put back: between the two the box holds 19 labels, and its list is being rebuilt
            box.getChildren().add(0, box.getChildren().remove(box.getChildren().size() - 1));
            if (run.get()) {
                Platform.runLater(rotate[0]);
            }
        };
        Platform.runLater(rotate[0]);
        try {
            for (int i = 0; i < 1_000; i++) {
                assertThat(robot.lookup(".churned").queryAllAs(Label.class)).hasSize(20);
            }
        } finally {
            run.set(false);
        }
    }
}
