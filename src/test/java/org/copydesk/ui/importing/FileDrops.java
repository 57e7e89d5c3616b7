package org.copydesk.ui.importing;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import java.io.File;
import java.nio.file.Path;
import java.security.AccessControlContext;
import java.util.List;
import java.util.Set;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.util.Pair;

/**
 * Drops files on a node the way the platform does: a drag-over then a drop, carrying a dragboard with the files. (A
 * robot cannot drag files in from outside the app under headless Monocle, so the platform's part is played here.)
 */
public final class FileDrops {
    private FileDrops() {
    }

    /** Must run on the FX thread; returns whether the drop was accepted and completed. */
    public static boolean drop(Node target, List<Path> files) {
        Dragboard board = DragboardHelper.createDragboard(new FilesClipboard(files.stream().map(Path::toFile).toList()));
        Bounds b = target.localToScreen(target.getBoundsInLocal());
        double x = b.getCenterX();
        double y = b.getCenterY();
        DragEvent over = new DragEvent(DragEvent.DRAG_OVER, board, x, y, x, y, TransferMode.COPY, null, target, null);
        Event.fireEvent(target, over);
        DragEvent dropped = new DragEvent(DragEvent.DRAG_DROPPED, board, x, y, x, y, TransferMode.COPY, null, target, null);
        Event.fireEvent(target, dropped);
        return over.isConsumed() || dropped.isConsumed() || dropped.isDropCompleted();
    }

    private static final class FilesClipboard implements TKClipboard {
        private final List<File> files;

        FilesClipboard(List<File> files) {
            this.files = files;
        }

        @Override
        @SuppressWarnings("removal")
        public void setSecurityContext(AccessControlContext ctx) {
        }

        @Override
        public Set<DataFormat> getContentTypes() {
            return Set.of(DataFormat.FILES);
        }

        @Override
        @SafeVarargs
        public final boolean putContent(Pair<DataFormat, Object>... content) {
            return false;
        }

        @Override
        public Object getContent(DataFormat dataFormat) {
            return dataFormat == DataFormat.FILES ? files : null;
        }

        @Override
        public boolean hasContent(DataFormat dataFormat) {
            return dataFormat == DataFormat.FILES;
        }

        @Override
        public Set<TransferMode> getTransferModes() {
            return Set.of(TransferMode.COPY);
        }

        @Override
        public void setDragView(Image image) {
        }

        @Override
        public void setDragViewOffsetX(double offsetX) {
        }

        @Override
        public void setDragViewOffsetY(double offsetY) {
        }

        @Override
        public Image getDragView() {
            return null;
        }

        @Override
        public double getDragViewOffsetX() {
            return 0;
        }

        @Override
        public double getDragViewOffsetY() {
            return 0;
        }
    }
}
