package org.copydesk.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.copydesk.analysis.Analysis;
import org.copydesk.model.Article;
import org.copydesk.model.ParagraphKind;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Word (DOCX) through Apache POI. The headline is a "Heading1" paragraph, subheadings "Heading2", block quotations
 * "Quote", standfirst / byline / dateline have styles of their own. The document's default language is the
 * article's; every run carries its language ({@code w:lang}) so Word proofs each passage in its own language.
 */
public final class DocxExporter implements Exporter {
    static final String HEADLINE = "Heading1";
    static final String SUBHEADING = "Heading2";
    static final String QUOTE = "Quote";
    static final String STANDFIRST = "Standfirst";
    static final String BYLINE = "Byline";
    static final String DATELINE = "Dateline";

    static {
        // POI logs through the Log4j API; without a provider Log4j prints a warning on stderr at first use.
        // Route it to Log4j's simple logger, errors only, unless the application chose a logging set-up itself.
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
    }

    /** One run of text with its formatting. */
    record Run(String text, boolean bold, boolean italic, String language) {
    }

    @Override
    public ExportFormat format() {
        return ExportFormat.DOCX;
    }

    @Override
    public byte[] export(Article article, Analysis analysis, ExportOptions options) {
        String lang = StyledBody.isLanguageTag(article.language()) ? article.language() : "en";
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFStyles styles = doc.createStyles();
            styles.setSpellingLanguage(lang);
            // POI sets the complex-script (w:bidi) language too; that one is for right-to-left scripts only
            var defaultRunProps = styles.getCtStyles().getDocDefaults().getRPrDefault().getRPr();
            if (defaultRunProps.sizeOfLangArray() > 0 && defaultRunProps.getLangArray(0).isSetBidi()) {
                defaultRunProps.getLangArray(0).unsetBidi();
            }
            addStyle(styles, HEADLINE, "heading 1", 0, 36, true, false);
            addStyle(styles, SUBHEADING, "heading 2", 1, 28, true, false);
            addStyle(styles, STANDFIRST, "Standfirst", -1, 26, true, false);
            addStyle(styles, BYLINE, "Byline", -1, 22, false, true);
            addStyle(styles, DATELINE, "Dateline", -1, 22, true, false);
            addStyle(styles, QUOTE, "Quote", -1, 24, false, true);

            var props = doc.getProperties().getCoreProperties();
            props.setTitle(Markup.line(article.headline()));
            if (!Markup.line(article.byline()).isEmpty()) {
                props.setCreator(Markup.line(article.byline()));
            }
            props.setCreated(Optional.of(Date.from(article.created())));
            props.setModified(Optional.of(Date.from(article.modified())));
            doc.getProperties().getExtendedProperties().getUnderlyingProperties().setApplication("Copydesk");

            field(doc, HEADLINE, article.headline(), lang);
            field(doc, STANDFIRST, article.standfirst(), lang);
            field(doc, BYLINE, article.byline(), lang);
            field(doc, DATELINE, article.dateline(), lang);
            StyledBody body = StyledBody.of(article, analysis, Typography.quoteFixes(article, analysis, options));
            for (StyledBody.Block b : body.blocks()) {
                if (b.isBlank()) {
                    continue;
                }
                XWPFParagraph p = doc.createParagraph();
                if (b.kind() == ParagraphKind.SUBHEADING) {
                    p.setStyle(SUBHEADING);
                } else if (b.kind() == ParagraphKind.BLOCKQUOTE) {
                    p.setStyle(QUOTE);
                }
                for (Run r : runs(b.content(), lang)) {
                    XWPFRun run = p.createRun();
                    run.setText(r.text());
                    if (r.bold()) {
                        run.setBold(true);
                    }
                    if (r.italic()) {
                        run.setItalic(true);
                    }
                    run.setLang(r.language());
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("cannot write DOCX", e);
        }
    }

    private static void field(XWPFDocument doc, String style, String value, String lang) {
        String v = Markup.line(value);
        if (v.isEmpty()) {
            return;
        }
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        XWPFRun run = p.createRun();
        run.setText(v);
        run.setLang(lang);
    }

    /** Flattens a block's nodes into runs; adjacent runs of the same formatting are merged. */
    static List<Run> runs(List<StyledBody.Node> nodes, String primaryLanguage) {
        List<Run> out = new ArrayList<>();
        flatten(nodes, false, false, primaryLanguage, out);
        return out;
    }

    private static void flatten(List<StyledBody.Node> nodes, boolean bold, boolean italic, String lang, List<Run> out) {
        for (StyledBody.Node n : nodes) {
            if (n instanceof StyledBody.Text t) {
                String text = Markup.clean(t.text());
                if (text.isEmpty()) {
                    continue;
                }
                if (!out.isEmpty()) {
                    Run last = out.get(out.size() - 1);
                    if (last.bold() == bold && last.italic() == italic && last.language().equals(lang)) {
                        out.set(out.size() - 1, new Run(last.text() + text, bold, italic, lang));
                        continue;
                    }
                }
                out.add(new Run(text, bold, italic, lang));
            } else if (n instanceof StyledBody.Element e) {
                switch (e.kind()) {
                    case BOLD -> flatten(e.children(), true, italic, lang, out);
                    case ITALIC -> flatten(e.children(), bold, true, lang, out);
                    case LANG -> flatten(e.children(), bold, italic, e.language(), out);
                    default -> flatten(e.children(), bold, italic, lang, out);
                }
            }
        }
    }

    private static void addStyle(XWPFStyles styles, String id, String name, int outlineLevel, int halfPoints,
                                 boolean bold, boolean italic) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId(id);
        s.setType(STStyleType.PARAGRAPH);
        s.addNewName().setVal(name);
        s.addNewQFormat();
        CTPPrGeneral ppr = s.addNewPPr();
        if (outlineLevel >= 0) {
            ppr.addNewKeepNext();
            ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        }
        if (id.equals(QUOTE)) {
            var ind = ppr.addNewInd();
            ind.setLeft(BigInteger.valueOf(720));
            ind.setRight(BigInteger.valueOf(720));
        }
        CTRPr rpr = s.addNewRPr();
        if (bold) {
            rpr.addNewB();
        }
        if (italic) {
            rpr.addNewI();
        }
        rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        styles.addStyle(new XWPFStyle(s, styles));
    }
}
