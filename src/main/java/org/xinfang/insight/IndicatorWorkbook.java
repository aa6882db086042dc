package org.xinfang.insight;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A table of figures as an Excel workbook (one sheet), for any indicator table: the indicators, a ranking. A caption
 * row (the unit and the period), the bold column heads frozen under it (wrapped, so that a long head fits a narrow
 * numeric column), the first columns frozen too if asked (a ranking's rank and unit stay in view while its breakdown
 * scrolls), then the rows: a number is a numeric cell showing the decimals it has (98.5 stays 98.5, 1,234 gets its
 * thousands separator), text is text, a missing value is a blank cell, and a row of one text cell is a group's
 * heading (a section), in bold. Small tables only (held in memory), unlike the worklist's streamed export.
 */
public final class IndicatorWorkbook {

    /**
     * The sheet: its name, the caption above it, the column heads with their widths in characters, the rows, and how
     * many of the first columns stay in view when scrolling sideways.
     */
    public record Sheet(String name, String caption, List<String> heads, int[] widths, List<List<Object>> rows,
                        int frozenColumns) {
        public Sheet {
            if (widths.length != heads.size()) {
                throw new IllegalArgumentException("a width per column");
            }
            if (frozenColumns < 0 || frozenColumns > heads.size()) {
                throw new IllegalArgumentException("frozen columns: 0 to the number of columns");
            }
        }

        /** A sheet that scrolls sideways as a whole. */
        public Sheet(String name, String caption, List<String> heads, int[] widths, List<List<Object>> rows) {
            this(name, caption, heads, widths, rows, 0);
        }
    }

    /** The height of one line of a head, in points (Calibri 11, as Excel's default row). */
    private static final float HEAD_LINE_POINTS = 15f;

    private IndicatorWorkbook() {
    }

    /**
     * The lines the tallest head needs in its column: set as the row's height, since not every spreadsheet program
     * fits a row to wrapped text. A Chinese character takes two character widths.
     */
    static int headLines(Sheet spec) {
        int lines = 1;
        for (int i = 0; i < spec.heads().size(); i++) {
            int width = 0;
            for (char c : spec.heads().get(i).toCharArray()) {
                width += c >= '\u2E80' ? 2 : 1;
            }
            // a character short of the width a line, as a wrap breaks at a word's end rather than mid-word
            int perLine = Math.max(1, spec.widths()[i] - 1);
            lines = Math.max(lines, (width + perLine - 1) / perLine);
        }
        return lines;
    }

    /** The workbook's bytes (.xlsx). */
    public static byte[] write(Sheet spec) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            org.apache.poi.ss.usermodel.Sheet sheet = book.createSheet(spec.name());
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Map<Integer, CellStyle> numberStyles = new HashMap<>();
            Row caption = sheet.createRow(0);
            caption.createCell(0).setCellValue(spec.caption());
            caption.getCell(0).setCellStyle(bold);
            CellStyle headStyle = book.createCellStyle();
            headStyle.setFont(font);
            headStyle.setWrapText(true);
            headStyle.setVerticalAlignment(VerticalAlignment.CENTER);
            Row head = sheet.createRow(1);
            for (int i = 0; i < spec.heads().size(); i++) {
                head.createCell(i).setCellValue(spec.heads().get(i));
                head.getCell(i).setCellStyle(headStyle);
                sheet.setColumnWidth(i, spec.widths()[i] * 256);
            }
            head.setHeightInPoints(HEAD_LINE_POINTS * headLines(spec));
            sheet.createFreezePane(spec.frozenColumns(), 2);
            int r = 2;
            for (List<Object> values : spec.rows()) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < values.size(); i++) {
                    Object v = values.get(i);
                    Cell cell = row.createCell(i);
                    if (v instanceof BigDecimal n) {
                        cell.setCellValue(n.doubleValue());
                        cell.setCellStyle(numberStyles.computeIfAbsent(Math.max(0, n.scale()), scale -> {
                            CellStyle s = book.createCellStyle();
                            s.setDataFormat(book.createDataFormat().getFormat(scale == 0 ? "#,##0" : "#,##0." + "0".repeat(scale)));
                            return s;
                        }));
                    } else if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (v == null) {
                        cell.setBlank();
                    } else {
                        cell.setCellValue(v.toString());
                        if (values.size() == 1) {
                            cell.setCellStyle(bold);
                        }
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The workbook could not be written", e);
        }
    }
}
