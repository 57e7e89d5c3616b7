package org.copydesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.copydesk.analysis.Analysis;
import org.copydesk.model.Article;
import org.copydesk.model.Paragraph;
import org.junit.jupiter.api.Test;

class DocxExporterTest {
    private final DocxExporter exporter = new DocxExporter();

    private static XWPFDocument reopen(byte[] bytes) throws Exception {
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    /** A readable dump of what Word will see: paragraph style, then each run as [lang b i] "text". */
    static String dump(XWPFDocument doc) {
        StringBuilder sb = new StringBuilder();
        for (XWPFParagraph p : doc.getParagraphs()) {
            sb.append(p.getStyle() == null ? "Normal" : p.getStyle()).append('\n');
            for (XWPFRun r : p.getRuns()) {
                sb.append("  [").append(r.getLang());
                if (r.isBold()) {
                    sb.append(" bold");
                }
                if (r.isItalic()) {
                    sb.append(" italic");
                }
                sb.append("] \"").append(r.text()).append("\"\n");
            }
        }
        return sb.toString();
    }

    @Test
    void theSampleReopensWithPoiAndMatchesItsGoldenDump() throws Exception {
        try (XWPFDocument doc = reopen(exporter.export(Samples.article(), Samples.analysis(), ExportOptions.DEFAULT))) {
            Samples.assertGolden("sample.docx.txt", dump(doc));
            // what matters: the French passages are runs Word spell-checks as French, and nothing else is
            assertThat(doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream()).filter(r -> "fr".equals(r.getLang()))
                    .map(XWPFRun::text).toList())
                    .containsExactly("Nous avons gagné sur les salaires et sur les horaires de nuit", "la grève est finie");
            assertThat(doc.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            assertThat(doc.getStyles().getStyle("Heading2").getName()).isEqualTo("heading 2");
            assertThat(doc.getProperties().getCoreProperties().getTitle()).isEqualTo("Dockers end strike as Marseille port reopens");
        }
    }

    @Test
    void everyForeignSegmentIsARunWithItsLanguageAndTheDocumentDefaultIsTheArticles() throws Exception {
        Article a = Samples.article();
        Analysis an = Samples.analysis();
        byte[] bytes = exporter.export(a, an, ExportOptions.DEFAULT);
        assertThat(docDefaults(bytes)).matches("(?s).*<w:rPrDefault>.*<w:lang w:val=\"en\"/>.*</w:rPrDefault>.*");
        try (XWPFDocument doc = reopen(bytes)) {
            List<String> french = new ArrayList<>();
            for (XWPFParagraph p : doc.getParagraphs()) {
                for (XWPFRun r : p.getRuns()) {
                    assertThat(r.getLang()).as("run \"%s\" has a language", r.text()).isNotNull();
                    if (r.getLang().equals("fr")) {
                        french.add(r.text());
                    }
                }
            }
            List<String> expected = an.segments().stream().filter(s -> s.language().equals("fr"))
                    .map(s -> a.bodyText().substring(s.start(), s.end())).toList();
            assertThat(french).containsExactlyElementsOf(expected);
        }
    }

    /** The docDefaults element of word/styles.xml. */
    private static String docDefaults(byte[] docx) throws Exception {
        try (var zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("word/styles.xml")) {
                    String xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                    return xml.substring(xml.indexOf("<w:docDefaults>"), xml.indexOf("</w:docDefaults>"));
                }
            }
        }
        throw new AssertionError("no word/styles.xml");
    }

    @Test
    void hostileTextIsJustText() throws Exception {
        Article a = Samples.hostile();
        try (XWPFDocument doc = reopen(exporter.export(a, Samples.hostileAnalysis(a), ExportOptions.DEFAULT))) {
            String all = String.join("\n", doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            assertThat(all).contains("Body <script>alert(1)</script> and \"><img src=x onerror=alert(2)>");
            assertThat(doc.getAllPictures()).isEmpty();
            // the bogus language tag never reaches w:lang
            assertThat(doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream()).map(XWPFRun::getLang))
                    .allMatch(l -> l.equals("en") || l.equals("fr"));
        }
    }

    @Test
    void controlCharactersThatXmlForbidsDoNotBreakTheFile() throws Exception {
        Article a = Samples.article().withBody(List.of(Paragraph.of("form\u000Cfeed and \u0001 soh")));
        try (XWPFDocument doc = reopen(exporter.export(a, Analysis.empty("en"), ExportOptions.DEFAULT))) {
            assertThat(doc.getParagraphs().get(doc.getParagraphs().size() - 1).getText()).isEqualTo("formfeed and  soh");
        }
    }
}
