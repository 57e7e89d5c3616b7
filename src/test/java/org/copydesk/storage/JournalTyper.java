package org.copydesk.storage;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.model.Article;
import org.copydesk.model.Paragraph;

/**
 * A child process for {@link RecoveryJournalKillTest}: "types" into an article, word after word, recording every
 * state in the journal, and prints {@code written N} each time the journal reaches the disk, until it is killed.
 */
public final class JournalTyper {
    private JournalTyper() {
    }

    /** The body after {@code n} words typed: paragraphs of ten words "w1 w2 ...". */
    static List<Paragraph> bodyAfter(int n) {
        List<Paragraph> body = new ArrayList<>();
        StringBuilder p = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            if (p.length() > 0) {
                p.append(' ');
            }
            p.append('w').append(i);
            if (i % 10 == 0) {
                body.add(Paragraph.of(p.toString()));
                p.setLength(0);
            }
        }
        if (p.length() > 0) {
            body.add(Paragraph.of(p.toString()));
        }
        return body;
    }

    public static void main(String[] args) throws Exception {
        Workspace ws = Workspace.open(Path.of(args[0]));
        Article base = ws.get(args[1]);
        RecoveryJournal journal = new RecoveryJournal(ws, Duration.ofMillis(Long.parseLong(args[2])));
        journal.onWritten(a -> {
            System.out.println("written " + a.body().stream().mapToInt(x -> x.text().split(" ").length).sum());
            System.out.flush();
        });
        for (int n = 1; ; n++) {
            journal.record(base.withBody(bodyAfter(n)));
            Thread.sleep(1);
        }
    }
}
