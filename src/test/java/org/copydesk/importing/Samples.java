package org.copydesk.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** A mixed English/French story written for these tests, in each format copy arrives in. */
final class Samples {
    static final String HEADLINE = "Harbour strike ends after a night of talks in Marseille";
    static final String P1 = "Dock workers in Marseille voted on Thursday to end a nine-day strike that had left more than"
            + " forty container ships waiting offshore.";
    static final String QUOTE_FR = "« Nous avons obtenu ce que nous demandions »";
    static final String P2 = QUOTE_FR + ", said Karim Benali, a union delegate, outside the port authority building.";
    static final String P3 = "The agreement raises night-shift pay by 6 per cent and adds two rest days a month.";
    static final String SUB = "What happens next";
    static final String P4 = "Shipping lines expect the backlog to clear within a week, the harbour master, Hélène Ruiz, said.";
    static final String BLOCK = "« Le port ne peut pas se permettre une autre grève cet hiver. »";
    static final String SEE_ALSO = "See also: Port of Marseille plans new container terminal";
    static final String NEWSLETTER = "Sign up for our morning newsletter to get the day’s top stories.";
    static final String COPYRIGHT = "© 2026 Coastline News. All rights reserved.";

    static final String TEXT = HEADLINE + "\r\n\r\n" + P1.replace("that had left", "that had\r\nleft") + "\r\n\r\n" + P2
            + "\r\n\r\n" + P3 + "\r\n\r\n" + SUB + "\r\n\r\n" + P4 + "\r\n\r\n" + BLOCK + "\r\n\r\n" + SEE_ALSO
            + "\r\n\r\n" + NEWSLETTER + "\r\n\r\n" + COPYRIGHT + "\r\n";

    static final String MARKDOWN = """
            # Harbour strike ends after a night of talks in Marseille

            Dock workers in Marseille voted on *Thursday* to end a nine-day strike that had
            left more than forty container ships waiting offshore.

            « Nous avons obtenu ce que nous demandions », said Karim Benali, a union delegate, outside the port authority building.

            The agreement raises **night-shift pay** by 6 per cent and adds two rest days a month.

            ## What happens next

            Shipping lines expect the backlog to clear within a week, the harbour master, _Hélène Ruiz_, said.

            > « Le port ne peut pas se permettre une autre grève cet hiver. »

            See also: [Port of Marseille plans new container terminal](port-of-marseille-plans-new-container-terminal.md)

            Sign up for our morning newsletter to get the day’s top stories.

            © 2026 Coastline News. All rights reserved.
            """;

    static final String HTML = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <title>Harbour strike ends after a night of talks in Marseille | Coastline News</title>
              <style>p { color: red }</style>
              <script>window.track = function () { document.write("<p>tracked</p>"); };</script>
            </head>
            <body>
              <header><a href="/">Coastline News</a><nav><a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
              <aside class="trending"><p>Trending: celebrity chef opens third restaurant in the old town, fans queue for hours</p></aside>
              <article>
                <h1>Harbour strike ends after a night of talks in Marseille</h1>
                <p>Dock workers in Marseille voted on <em>Thursday</em> to end a nine-day strike that had
                   left more than forty container ships waiting offshore.</p>
                <p><span lang="fr">&laquo;&nbsp;Nous avons obtenu ce que nous demandions&nbsp;&raquo;</span>, said Karim Benali,
                   a union delegate, outside the port authority building.</p>
                <p>The agreement raises <strong>night-shift pay</strong> by 6 per cent and adds two rest days a month.</p>
                <script>alert("pwned")</script>
                <h2>What happens next</h2>
                <p>Shipping lines expect the backlog to clear within a week, the harbour master, <i>Hélène Ruiz</i>, said.</p>
                <blockquote lang="fr-FR"><p>« Le port ne peut pas se permettre une autre grève cet hiver. »</p></blockquote>
                <p>See also: <a href="/2026/11/port-of-marseille-plans-new-container-terminal">Port of Marseille plans new container terminal</a></p>
                <form><input name="email"><button>Subscribe</button></form>
                <p>Sign up for our morning newsletter to get the day’s top stories.</p>
                <p>&copy; 2026 Coastline News. All rights reserved.</p>
              </article>
              <footer><p>About us · Contact · Privacy</p></footer>
            </body>
            </html>
            """;

    private Samples() {
    }

    /** The story as Word writes it: Title, Heading 2, Quote styles; bold/italic runs; French runs tagged fr-FR. */
    static byte[] docx() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createStyles().setSpellingLanguage("en-GB");
            para(doc, "Heading1", List.of(run(HEADLINE, false, false, null)));
            para(doc, null, List.of(run("Dock workers in Marseille voted on ", false, false, null),
                    run("Thursday", false, true, null),
                    run(" to end a nine-day strike that had left more than forty container ships waiting offshore.", false, false, null)));
            para(doc, null, List.of(run(QUOTE_FR, false, false, "fr-FR"),
                    run(", said Karim Benali, a union delegate, outside the port authority building.", false, false, null)));
            para(doc, null, List.of(run("The agreement raises ", false, false, null), run("night-shift pay", true, false, null),
                    run(" by 6 per cent and adds two rest days a month.", false, false, null)));
            para(doc, null, List.of(run("", false, false, null)));
            para(doc, "Heading2", List.of(run(SUB, false, false, null)));
            para(doc, null, List.of(run("Shipping lines expect the backlog to clear within a week, the harbour master, ", false, false, null),
                    run("Hélène Ruiz", false, true, null), run(", said.", false, false, null)));
            para(doc, "Quote", List.of(run(BLOCK, false, false, "fr-FR")));
            para(doc, null, List.of(run(SEE_ALSO, false, false, null)));
            para(doc, null, List.of(run(NEWSLETTER, false, false, null)));
            para(doc, null, List.of(run(COPYRIGHT, false, false, null)));
            doc.write(out);
            return out.toByteArray();
        }
    }

    record R(String text, boolean bold, boolean italic, String lang) {
    }

    static R run(String text, boolean bold, boolean italic, String lang) {
        return new R(text, bold, italic, lang);
    }

    static void para(XWPFDocument doc, String style, List<R> runs) {
        XWPFParagraph p = doc.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        for (R r : runs) {
            XWPFRun run = p.createRun();
            run.setText(r.text());
            run.setBold(r.bold());
            run.setItalic(r.italic());
            if (r.lang() != null) {
                run.setLang(r.lang());
            }
        }
    }
}
