package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.copydesk.model.Article;
import org.copydesk.storage.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code copydesk import}: every format, bad files reported one line each while the others still go in. */
class ImportCommandTest {
    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        CommandLine cl = Bench.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        String[] all = new String[args.length + 2];
        all[0] = "--workspace";
        all[1] = dir.resolve("ws").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return new Run(cl.execute(all), out.toString(), err.toString());
    }

    @Test
    void importsEveryFormatAndReportsEachBadFileWithoutStoppingTheOthers() throws Exception {
        Path txt = Files.write(dir.resolve("wire.txt"),
                "Floods close Rhône bridges\r\n\r\nThree bridges were shut on Tuesday.\r\n".getBytes(Charset.forName("windows-1252")));
        Path md = Files.writeString(dir.resolve("notes.md"), "# Budget passes\n\nThe council *approved* it.\n");
        Path html = Files.writeString(dir.resolve("page.html"), "<title>x</title><article><h1>Rail strike off</h1><p>Trains run.</p></article>");
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path binary = Files.write(dir.resolve("image.txt"), new byte[] {1, 2, 0, 4});
        Path notZip = Files.writeString(dir.resolve("memo.docx"), "just text");
        Path missing = dir.resolve("missing.md");

        Run r = run("import", txt.toString(), empty.toString(), md.toString(), binary.toString(), html.toString(),
                notZip.toString(), missing.toString());

        assertThat(r.exit()).isEqualTo(CopydeskCommand.BAD_INPUT);
        assertThat(r.out().lines().toList()).containsExactly("floods-close-rhone-bridges", "budget-passes", "rail-strike-off");
        List<String> errors = r.err().lines().filter(l -> !l.startsWith("copydesk: note:")).toList();
        assertThat(errors).hasSize(4);
        assertThat(errors.get(0)).startsWith("copydesk: " + empty + ": ");
        assertThat(errors.get(1)).startsWith("copydesk: " + binary + ": ");
        assertThat(errors.get(2)).startsWith("copydesk: " + notZip + ": ");
        assertThat(errors.get(3)).isEqualTo("copydesk: " + missing + ": no such file");
        assertThat(r.err()).contains("copydesk: note: " + txt + ": not UTF-8: read as ISO-8859-1 (detected)");

        Workspace ws = Workspace.open(dir.resolve("ws"));
        assertThat(ws.ids()).containsExactlyInAnyOrder("floods-close-rhone-bridges", "budget-passes", "rail-strike-off");
        assertThat(ws.get("floods-close-rhone-bridges").headline()).isEqualTo("Floods close Rhône bridges");
        Article budget = ws.get("budget-passes");
        assertThat(budget.body().get(0).inline()).hasSize(1);
    }

    @Test
    void allGoodFilesExitZeroAndLanguageOptionSetsThePrimaryLanguage() throws Exception {
        Path md = Files.writeString(dir.resolve("a.md"), "# Grève terminée\n\nLes dockers reprennent le travail.\n");
        Run r = run("import", "--language", "fr", md.toString());
        assertThat(r.exit()).isZero();
        assertThat(Workspace.open(dir.resolve("ws")).get("greve-terminee").language()).isEqualTo("fr");
    }

    @Test
    void cleanWithNoFindingsRemovesNothing() throws Exception {
        Path md = Files.writeString(dir.resolve("a.md"), "# Quiet day\n\nNothing happened.\n");
        Run r = run("import", "--clean", md.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("quiet-day" + System.lineSeparator());
    }

    @Test
    void cleanRemovesBoilerplateTurnsSeeAlsoIntoALinkAndPrintsWhatItRemoved() throws Exception {
        Path md = Files.writeString(dir.resolve("ferry.md"), """
                # Ferry service to Corsica resumes

                Ferries sailed again on Sunday after three days of cancellations.

                Read more: Harbour strike ends after a night of talks in Marseille

                Share this:

                Leave a Reply
                """);
        Run r = run("import", "--clean", md.toString());
        assertThat(r.exit()).isZero();
        String nl = System.lineSeparator();
        assertThat(r.out()).isEqualTo("ferry-service-to-corsica-resumes" + nl
                + "  removed see-also line (related link to harbour-strike-ends-after-a-night-of-talks-in-marseille,"
                + " not in the workspace yet): Read more: Harbour strike ends after a night of talks in Marseille" + nl
                + "  removed boilerplate: Share this:" + nl
                + "  removed boilerplate: Leave a Reply" + nl);
        Article a = Workspace.open(dir.resolve("ws")).get("ferry-service-to-corsica-resumes");
        assertThat(a.bodyText()).isEqualTo("Ferries sailed again on Sunday after three days of cancellations.");
        assertThat(a.links()).extracting(l -> l.targetId()).containsExactly("harbour-strike-ends-after-a-night-of-talks-in-marseille");
    }

    @Test
    void benchImportTimesEachFileWithoutSavingAnything() throws Exception {
        Path md = Files.writeString(dir.resolve("a.md"), "# Quiet day\n\nNothing *happened*.\n");
        Path bad = Files.write(dir.resolve("b.txt"), new byte[0]);
        Run r = run("bench", "import", "--repeat", "2", md.toString(), bad.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("a.md").contains("markdown").contains("mean ms");
        assertThat(r.err()).contains("b.txt: the file is empty");
        assertThat(Workspace.open(dir.resolve("ws")).ids()).isEmpty();
    }

    @Test
    void overTheLimitIsReportedWithoutReading() throws Exception {
        Path big = dir.resolve("big.txt");
        try (var f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(ImportCommand.MAX_BYTES + 5);
        }
        Run r = run("import", big.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("copydesk: " + big + ": 20.0 MB is larger than the 20.0 MB limit; not imported"
                + System.lineSeparator());
        assertThat(Workspace.open(dir.resolve("ws")).ids()).isEmpty();
    }
}
