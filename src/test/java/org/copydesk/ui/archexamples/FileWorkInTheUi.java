package org.copydesk.ui.archexamples;

import java.awt.Desktop;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.FileReader;
import java.io.FileWriter;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Deliberately bad UI classes, compiled only with the tests, that {@code LayeringRulesCatchTest} imports to show each
 * layering rule catching what it is meant to catch. Never used by anything else.
 */
public final class FileWorkInTheUi {
    private FileWorkInTheUi() {
    }

    public static final class ReadsWithFiles {
        String read(Path p) throws IOException {
            return Files.readString(p);
        }
    }

    public static final class ReadsWithAStream {
        int read(File f) throws IOException {
            try (FileInputStream in = new FileInputStream(f)) {
                return in.read();
            }
        }
    }

    public static final class WritesWithAStream {
        void write(File f) throws IOException {
            try (FileOutputStream out = new FileOutputStream(f)) {
                out.write(1);
            }
        }
    }

    public static final class ReadsWithAReader {
        int read(File f) throws IOException {
            try (FileReader in = new FileReader(f)) {
                return in.read();
            }
        }
    }

    public static final class WritesWithAWriter {
        void write(File f) throws IOException {
            try (FileWriter out = new FileWriter(f)) {
                out.write("x");
            }
        }
    }

    public static final class SeeksInAFile {
        long length(File f) throws IOException {
            try (RandomAccessFile raf = new RandomAccessFile(f, "r")) {
                return raf.length();
            }
        }
    }

    public static final class AsksAChosenFileAboutTheDisk {
        boolean usable(File chosen) {
            return chosen.isDirectory();
        }
    }

    public static final class OpensWithAwt {
        void open(File f) throws IOException {
            Desktop.getDesktop().open(f);
        }
    }

    /** What a chooser's or a drop's File may do in the UI: become a Path, give its folder. No rule objects. */
    public static final class TurnsAChosenFileIntoAPath {
        Path path(File chosen) {
            return chosen.toPath();
        }

        File folder(File chosen) {
            return chosen.getParentFile();
        }
    }
}
