package org.copydesk.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** The first start's window fits a small screen whole, and keeps its usual size on a large one. */
class FirstWindowSizeTest {

    @Test
    void onASmallScreenTheWindowIsTheScreensUsableArea() {
        assertArrayEquals(new double[] {1024, 700}, CopydeskApp.firstSize(new Rectangle2D(0, 0, 1024, 700)));
        assertArrayEquals(new double[] {1024, 740}, CopydeskApp.firstSize(new Rectangle2D(0, 28, 1024, 740)));
    }

    @Test
    void onALargeScreenTheWindowIs1280By800() {
        assertArrayEquals(new double[] {1280, 800}, CopydeskApp.firstSize(new Rectangle2D(0, 0, 1920, 1080)));
        assertArrayEquals(new double[] {1280, 700}, CopydeskApp.firstSize(new Rectangle2D(0, 0, 1920, 700)));
    }
}
