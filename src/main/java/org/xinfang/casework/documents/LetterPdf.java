package org.xinfang.casework.documents;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays a {@link Letter} out as an A4 PDF in the manner of an official letter (after GB/T 9704, the layout standard
 * for party and government documents): the issuing body's name in red as the letterhead over a red rule with the
 * document number, the title, the addressee, the body in 16 pt (三号) with two characters' indent, and at the foot
 * the issuer's name with the seal's place marked and the date. The font is embedded as a subset.
 */
final class LetterPdf {

    static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private static final float MM = 72f / 25.4f;
    private static final Color RED = new Color(0xC8, 0x10, 0x10);
    private static final Color SEAL = new Color(0xE0, 0x70, 0x70);
    private static final float BODY = 16f;
    private static final float LEADING = 28f;
    /** The width between the margins (28 mm left, 26 mm right). */
    private static final float TEXT_WIDTH = PageSize.A4.getWidth() - 54 * MM;

    private LetterPdf() {
    }

    static String chineseDate(LocalDate date) {
        return date == null ? "" : CHINESE_DATE.format(date);
    }

    static byte[] render(Letter letter, DocumentFont fonts) {
        BaseFont bf = fonts.get();
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        // GB/T 9704 margins: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm (the letterhead sits a little higher).
        Document doc = new Document(PageSize.A4, 28 * MM, 26 * MM, 30 * MM, 35 * MM); // TEXT_WIDTH between them
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setPageEvent(new PageNumbers(bf));
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString("zh-CN"));
            doc.addTitle(fonts.printable(letter.title()));
            doc.addAuthor(fonts.printable(letter.issuer()));
            doc.addSubject(letter.number());
            doc.addCreator("Xinfang");
            doc.open();

            Paragraph head = new Paragraph(bold(fonts.printable(letter.issuer()), new Font(bf, 26, Font.NORMAL, RED), RED, 0.8f));
            head.setAlignment(Element.ALIGN_CENTER);
            head.setLeading(34);
            doc.add(head);

            Paragraph number = new Paragraph(letter.number(), new Font(bf, 12));
            number.setAlignment(Element.ALIGN_CENTER);
            number.setSpacingBefore(6);
            doc.add(number);
            Paragraph rule = new Paragraph(new Chunk(new LineSeparator(1.6f, 100, RED, Element.ALIGN_CENTER, -4)));
            rule.setLeading(6);
            doc.add(rule);

            Paragraph title = new Paragraph(bold(fonts.printable(letter.title()), new Font(bf, 22), Color.BLACK, 0.6f));
            title.setAlignment(Element.ALIGN_CENTER);
            title.setSpacingBefore(22);
            title.setSpacingAfter(14);
            title.setLeading(32);
            doc.add(title);

            Font body = new Font(bf, BODY);
            if (letter.addressee() != null) {
                Paragraph to = new Paragraph(LEADING, text(fonts.printable(letter.addressee()) + "：", body));
                doc.add(to);
            }
            List<String> paragraphs = letter.paragraphs();
            for (String paragraph : paragraphs.subList(0, paragraphs.size() - 1)) {
                for (Paragraph p : bodyParagraphs(paragraph, fonts, body)) {
                    doc.add(p);
                }
            }
            for (Letter.Table t : letter.tables()) {
                doc.add(form(t, fonts, bf));
            }
            // of the last paragraph, its last line of text goes with the foot; the lines before it flow as the body
            // does, so that a last paragraph longer than a page still leaves text above the signature
            List<Paragraph> last = bodyParagraphs(paragraphs.get(paragraphs.size() - 1), fonts, body);
            for (Paragraph p : last.subList(0, Math.max(0, last.size() - 1))) {
                doc.add(p);
            }
            List<String> lastLines = new ArrayList<>();
            for (String line : fonts.printable(paragraphs.get(paragraphs.size() - 1)).split("\n")) {
                if (!line.isBlank()) {
                    lastLines.add(line.strip());
                }
            }
            doc.add(foot(lastLines.isEmpty() ? List.of() : lastLines.subList(lastLines.size() - 1, lastLines.size()), letter, fonts,
                    body, writer));
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The letter could not be laid out", e);
        }
        return out.toByteArray();
    }

    /** A paragraph of the body, one PDF paragraph per line of its text, each indented by two characters. */
    private static List<Paragraph> bodyParagraphs(String paragraph, DocumentFont fonts, Font body) {
        List<Paragraph> lines = new ArrayList<>();
        for (String line : fonts.printable(paragraph).split("\n")) {
            if (!line.isBlank()) {
                Paragraph p = new Paragraph(LEADING);
                ChineseJustification.add(p, line.strip(), body, TEXT_WIDTH - 2 * BODY, TEXT_WIDTH);
                p.setFirstLineIndent(2 * BODY);
                lines.add(p);
            }
        }
        return lines;
    }

    /**
     * The last paragraph, the closing formula and the signature, kept on one page: GB/T 9704 wants no page that
     * bears the seal and the date without body text above them. When they do not fit below the text, the last
     * paragraph moves to the next page with them.
     */
    /**
     * Two characters' blank space as an inline piece: a cell moved whole to the next page loses a paragraph's first-line
     * indent, and leading spaces are trimmed at the start of a line, so the foot's lines begin with this instead.
     */
    private static com.lowagie.text.Image indent(PdfWriter writer) throws DocumentException {
        com.lowagie.text.pdf.PdfTemplate blank = writer.getDirectContent().createTemplate(2 * BODY, 1);
        return com.lowagie.text.Image.getInstance(blank);
    }

    private static PdfPTable foot(List<String> lastLines, Letter letter, DocumentFont fonts, Font body, PdfWriter writer)
            throws DocumentException {
        com.lowagie.text.Image indent = indent(writer);
        PdfPTable foot = new PdfPTable(1);
        foot.setWidthPercentage(100);
        foot.setKeepTogether(true);
        List<String> lines = new ArrayList<>(lastLines);
        lines.add(fonts.printable(letter.closing()).strip());
        for (String line : lines) {
            Paragraph p = new Paragraph(LEADING);
            p.add(new Chunk(indent, 0, 0));
            ChineseJustification.add(p, line, body, TEXT_WIDTH - 2 * BODY, TEXT_WIDTH);
            foot.addCell(bare(p));
        }
        for (String line : letter.signatureLines()) {
            // a line to sign by hand: room above it for the signature
            PdfPCell sign = bare(new Paragraph(LEADING, text(fonts.printable(line), body)));
            sign.setPaddingTop(LEADING);
            foot.addCell(sign);
        }
        PdfPCell signature = bare(signature(letter, fonts, body));
        signature.setPaddingTop(LEADING * 2);
        foot.addCell(signature);
        return foot;
    }

    /** A ruled form: its caption centred above, the heads bold on a grey ground, the cells in 12 pt (小四). */
    private static PdfPTable form(Letter.Table t, DocumentFont fonts, BaseFont bf) throws DocumentException {
        PdfPTable table = new PdfPTable(t.widths());
        table.setWidthPercentage(100);
        table.setSpacingBefore(10);
        table.setSpacingAfter(14);
        table.setHeaderRows(t.caption() == null ? 1 : 2);
        Font cell = new Font(bf, 12);
        if (t.caption() != null) {
            PdfPCell caption = new PdfPCell(new Paragraph(18, bold(fonts.printable(t.caption()), new Font(bf, 14), Color.BLACK, 0.4f)));
            caption.setColspan(t.heads().size());
            caption.setBorder(Rectangle.NO_BORDER);
            caption.setHorizontalAlignment(Element.ALIGN_CENTER);
            caption.setPaddingBottom(6);
            table.addCell(caption);
        }
        for (String head : t.heads()) {
            PdfPCell h = new PdfPCell(new Paragraph(16, bold(fonts.printable(head), cell, Color.BLACK, 0.3f)));
            h.setBackgroundColor(new Color(0xEE, 0xEE, 0xEE));
            h.setHorizontalAlignment(Element.ALIGN_CENTER);
            h.setPadding(4);
            table.addCell(h);
        }
        for (List<String> row : t.rows()) {
            for (String value : row) {
                PdfPCell c = new PdfPCell(new Paragraph(16, text(fonts.printable(value == null ? "" : value), cell)));
                c.setPadding(4);
                c.setPaddingBottom(6);
                table.addCell(c);
            }
        }
        return table;
    }

    /** A borderless, unpadded cell laying out its element as the document would. */
    private static PdfPCell bare(Element element) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.addElement(element);
        return cell;
    }

    private static Chunk text(String s, Font font) {
        Chunk c = new Chunk(s, font);
        c.setSplitCharacter(ChineseLineBreaking.INSTANCE);
        return c;
    }

    /** Bold drawn by stroking the glyph outlines as well as filling them: one embedded font serves all weights. */
    private static Chunk bold(String s, Font font, Color color, float stroke) {
        Chunk c = text(s, font);
        c.setTextRenderMode(PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE, stroke, color);
        return c;
    }

    /**
     * The issuer's name with the seal's place (（印章）) and the date, right of centre as GB/T 9704 sets them, with a
     * dashed circle where the seal goes.
     */
    private static PdfPTable signature(Letter letter, DocumentFont fonts, Font body) {
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(SIGNATURE_WIDTH_PERCENT);
        table.setHorizontalAlignment(Element.ALIGN_RIGHT);
        List<String> lines = new ArrayList<>(issuerLines(fonts.printable(letter.issuer()), letter.sealed(), body.getBaseFont(),
                BODY, SIGNATURE_TEXT_WIDTH));
        lines.add(chineseDate(letter.date()));
        for (String line : lines) {
            PdfPCell cell = new PdfPCell(new Paragraph(LEADING, text(line, body)));
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            cell.setNoWrap(true);
            cell.setPaddingBottom(6);
            table.addCell(cell);
        }
        if (!letter.sealed()) {
            return table;
        }
        table.setTableEvent((t, widths, heights, headerRows, rowStart, canvases) -> {
            float left = widths[0][0];
            float right = widths[0][widths[0].length - 1];
            float centreY = (heights[0] + heights[heights.length - 1]) / 2;
            PdfContentByte cb = canvases[PdfPTable.LINECANVAS];
            cb.saveState();
            cb.setColorStroke(SEAL);
            cb.setLineWidth(0.8f);
            cb.setLineDash(4f, 3f, 0f);
            cb.circle((left + right) / 2, centreY, 21 * MM);
            cb.stroke();
            cb.restoreState();
        });
        return table;
    }

    /** The signature block's share of the text width, right of centre. */
    private static final float SIGNATURE_WIDTH_PERCENT = 58f;
    /** The width a line of the signature block may take: its share of the A4 text width, less the cell's padding. */
    static final float SIGNATURE_TEXT_WIDTH = (PageSize.A4.getWidth() - 54 * MM) * SIGNATURE_WIDTH_PERCENT / 100f - 4f;
    static final String SEAL_MARKER = "（印章）";

    /**
     * The issuer's name over as many lines as it needs, the seal's marker （印章） at the end of the last: the marker is
     * one piece that never breaks inside, and moves to a line of its own when the name's last line has no room for it.
     */
    static List<String> issuerLines(String issuer, boolean sealed, BaseFont font, float size, float width) {
        List<String> pieces = new ArrayList<>();
        issuer.codePoints().forEach(cp -> pieces.add(new String(Character.toChars(cp))));
        if (sealed) {
            pieces.add(SEAL_MARKER);
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String piece : pieces) {
            if (!line.isEmpty() && font.getWidthPoint(line + piece, size) > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(piece);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** "— 1 —" centred under each page, as official documents number their pages. */
    private static final class PageNumbers extends PdfPageEventHelper {
        private final BaseFont font;

        PageNumbers(BaseFont font) {
            this.font = font;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte cb = writer.getDirectContent();
            cb.beginText();
            cb.setFontAndSize(font, 12);
            cb.showTextAligned(Element.ALIGN_CENTER, "— " + writer.getPageNumber() + " —",
                    (document.left() + document.right()) / 2, document.bottom() - 14 * MM, 0);
            cb.endText();
        }
    }
}
