package org.copydesk.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.impl.values.XmlValueOutOfRangeException;
import org.copydesk.model.InlineStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.w3c.dom.Node;

/**
 * Word .docx (Apache POI XWPF): paragraphs and table cells in order; "Title" or "Heading 1" first is the headline,
 * later ones and "Heading 2"+ are subheadings, "Quote" / "Intense Quote" block quotes; bold and italic runs; each
 * run's language ({@code w:rPr/w:lang w:val}, else the paragraph style's, else the document default) as language
 * marks. Zip bombs are refused by POI's {@link ZipSecureFile} limits, which this class tightens.
 */
final class DocxImporter {
    /** An entry may inflate at most 100x (POI's default allows 100x too: 0.01); more is a zip bomb. */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** No part of a news story's .docx comes near this once inflated. */
    static final long MAX_ENTRY_SIZE = 200L * 1024 * 1024;
    /**
     * Largest XML part (the document, styles ...) read, once inflated. Parsing holds a part in memory many times
     * over, so this cap is what keeps an import within a small heap (tested under -Xmx512m); a news story's
     * document.xml is a few hundred kilobytes.
     */
    static final long MAX_XML_PART_BYTES = 8L * 1024 * 1024;
    /** Largest total of all parts once inflated (pictures included) and most parts. */
    static final long MAX_TOTAL_BYTES = 96L * 1024 * 1024;
    static final int MAX_PARTS = 2000;
    private static final Pattern HEADING = Pattern.compile("(?:heading|berschrift|titre|titolo|encabezado|kop)\\s*(\\d)");

    static {
        ZipSecureFile.setMinInflateRatio(Math.max(ZipSecureFile.getMinInflateRatio(), MIN_INFLATE_RATIO));
        ZipSecureFile.setMaxEntrySize(Math.min(ZipSecureFile.getMaxEntrySize(), MAX_ENTRY_SIZE));
    }

    private DocxImporter() {
    }

    static ImportResult importDocx(String fileName, byte[] bytes, String language, Instant now,
                                   Predicate<String> knownIds) throws ImportException {
        if (BinarySniffer.isOle2(bytes)) {
            throw new ImportException(fileName, ImportReason.of(ImportReason.Code.OLD_WORD_DOC));
        }
        if (!BinarySniffer.isZip(bytes)) {
            throw new ImportException(fileName, ImportReason.of(ImportReason.Code.NOT_ZIP_DOCX));
        }
        checkParts(fileName, bytes);
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
             XWPFDocument doc = new XWPFDocument(pkg)) {
            return read(fileName, doc, language, now, knownIds);
        } catch (OLE2NotOfficeXmlFileException e) {
            throw new ImportException(fileName, ImportReason.of(ImportReason.Code.OLD_WORD_DOC));
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw new ImportException(fileName, ImportReason.of(ImportReason.Code.NOT_DOCX, firstLine(e)), e);
        } catch (IOException | POIXMLException | XmlValueOutOfRangeException e) {
            throw explain(fileName, e);
        } catch (RuntimeException e) {
            throw explain(fileName, e);
        }
    }

    /**
     * Inflates every part once, keeping nothing, and refuses the file before parsing when a part or the whole is
     * beyond the caps: memory stays bounded whatever the file holds. A file that is not a readable ZIP is left for
     * POI to report.
     */
    static void checkParts(String fileName, byte[] bytes) throws ImportException {
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        int parts = 0;
        try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e; (e = zin.getNextEntry()) != null; ) {
                if (++parts > MAX_PARTS) {
                    throw new ImportException(fileName, ImportReason.of(ImportReason.Code.DOCX_TOO_MANY_PARTS, MAX_PARTS));
                }
                String name = e.getName().toLowerCase(Locale.ROOT);
                boolean xml = name.endsWith(".xml") || name.endsWith(".rels");
                long size = 0;
                for (int n; (n = zin.read(buf)) > 0; ) {
                    size += n;
                    total += n;
                    if (total > bytes.length / MIN_INFLATE_RATIO) {
                        throw new ImportException(fileName, ImportReason.of(ImportReason.Code.ZIP_BOMB));
                    }
                    if (xml && size > MAX_XML_PART_BYTES) {
                        throw new ImportException(fileName, ImportReason.of(ImportReason.Code.DOCX_PART_TOO_BIG, e.getName(),
                                MAX_XML_PART_BYTES / (1024 * 1024), MAX_XML_PART_BYTES / (1024 * 1024)));
                    }
                    if (total > MAX_TOTAL_BYTES) {
                        throw new ImportException(fileName, ImportReason.of(ImportReason.Code.DOCX_TOO_BIG, MAX_TOTAL_BYTES / (1024 * 1024)));
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // not a readable ZIP: POI gives the precise message
        }
    }

    private static ImportException explain(String fileName, Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("Zip bomb") || m.contains("zip bomb") || m.contains("exceeds the max")
                    || m.contains("MaxEntrySize") || m.contains("max file count")) {
                return new ImportException(fileName, ImportReason.of(ImportReason.Code.ZIP_BOMB), e);
            }
        }
        return new ImportException(fileName, ImportReason.of(ImportReason.Code.UNREADABLE_DOCX, firstLine(e)), e);
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).strip();
    }

    private static ImportResult read(String fileName, XWPFDocument doc, String language, Instant now,
                                     Predicate<String> knownIds) throws ImportException {
        BodyBuilder out = new BodyBuilder(false);
        String defaultLang = defaultLanguage(doc);
        out.documentLanguage(defaultLang);
        for (IBodyElement el : doc.getBodyElements()) {
            if (el instanceof XWPFParagraph p) {
                paragraph(out, doc, p, defaultLang, knownIds);
            } else if (el instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        for (XWPFParagraph p : cell.getParagraphs()) {
                            paragraph(out, doc, p, defaultLang, knownIds);
                        }
                    }
                }
            }
        }
        ImportResult r = out.finish(fileName, "docx", language, now, null);
        if (r.draft().body().isEmpty() && r.draft().headline().equals(BodyBuilder.stem(fileName))) {
            throw new ImportException(fileName, ImportReason.of(ImportReason.Code.NO_DOCUMENT_TEXT));
        }
        return r;
    }

    private static void paragraph(BodyBuilder out, XWPFDocument doc, XWPFParagraph p, String defaultLang,
                                  Predicate<String> knownIds) {
        XWPFStyle style = p.getStyleID() == null || doc.getStyles() == null ? null : doc.getStyles().getStyle(p.getStyleID());
        String styleName = (style != null && style.getName() != null ? style.getName() : String.valueOf(p.getStyleID()))
                .toLowerCase(Locale.ROOT);
        String styleId = String.valueOf(p.getStyleID()).toLowerCase(Locale.ROOT);
        BodyBuilder.Block kind = blockOf(styleName, styleId);
        String paragraphLang = style == null ? null : styleLanguage(style);
        String baseLang = paragraphLang != null ? paragraphLang : defaultLang;
        out.endBlock();
        out.begin(kind);
        for (IRunElement element : p.getIRuns()) {
            if (element instanceof XWPFSDT sdt) {
                out.append(sdt.getContent().getText(), baseLang, kind);
                continue;
            }
            if (!(element instanceof XWPFRun run) || isDeleted(run)) {
                continue;
            }
            String text = run.text();
            if (text == null || text.isEmpty()) {
                continue;
            }
            if (run instanceof XWPFHyperlinkRun link && link.getHyperlink(doc) != null) {
                StoryLinks.targetOf(link.getHyperlink(doc).getURL(), knownIds).ifPresent(id -> out.link(id, text));
            }
            String lang = run.getLang() != null && !run.getLang().isBlank() ? run.getLang() : baseLang;
            boolean bold = run.isBold();
            boolean italic = run.isItalic();
            if (bold) {
                out.startStyle(InlineStyle.BOLD);
            }
            if (italic) {
                out.startStyle(InlineStyle.ITALIC);
            }
            out.append(text, lang, kind);
            if (italic) {
                out.endStyle(InlineStyle.ITALIC);
            }
            if (bold) {
                out.endStyle(InlineStyle.BOLD);
            }
        }
        out.endBlock();
    }

    /** A run inside tracked deletions ({@code w:del}, {@code w:moveFrom}) is text the author took out. */
    private static boolean isDeleted(XWPFRun run) {
        for (Node n = run.getCTR().getDomNode().getParentNode(); n != null; n = n.getParentNode()) {
            String name = n.getLocalName();
            if ("del".equals(name) || "moveFrom".equals(name)) {
                return true;
            }
            if ("p".equals(name)) {
                return false;
            }
        }
        return false;
    }

    static BodyBuilder.Block blockOf(String styleName, String styleId) {
        for (String s : List.of(styleName, styleId)) {
            if (s.equals("title") || s.equals("titre")) {
                return BodyBuilder.Block.TITLE;
            }
            if (s.contains("quote") || s.contains("zitat") || s.contains("citation")) {
                return BodyBuilder.Block.BLOCKQUOTE;
            }
            Matcher m = HEADING.matcher(s);
            if (m.find()) {
                return m.group(1).equals("1") ? BodyBuilder.Block.TITLE : BodyBuilder.Block.SUBHEADING;
            }
        }
        return BodyBuilder.Block.PARAGRAPH;
    }

    private static String styleLanguage(XWPFStyle style) {
        var ct = style.getCTStyle();
        if (ct != null && ct.isSetRPr()) {
            return langOf(ct.getRPr());
        }
        return null;
    }

    private static String defaultLanguage(XWPFDocument doc) {
        try {
            if (doc.getStyles() == null || doc.getStyles().getCtStyles() == null) {
                return null;
            }
            var styles = doc.getStyles().getCtStyles();
            if (styles.isSetDocDefaults() && styles.getDocDefaults().isSetRPrDefault()
                    && styles.getDocDefaults().getRPrDefault().isSetRPr()) {
                return langOf(styles.getDocDefaults().getRPrDefault().getRPr());
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }

    private static String langOf(CTRPr pr) {
        if (pr != null && pr.sizeOfLangArray() > 0 && pr.getLangArray(0).getVal() != null) {
            return pr.getLangArray(0).getVal();
        }
        return null;
    }
}
