package org.xinfang.casework.web;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.xinfang.casework.Casework;
import org.xinfang.casework.MatterFilter;
import org.xinfang.intake.Categories;
import org.xinfang.territory.AdministrativeLevel;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.Territory;
import org.xinfang.territory.UnitView;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongConsumer;

/**
 * The worklist as an Excel file a bureau can work with: every row the list has, up to {@code xinfang.export.max-rows}
 * (100,000 by default; beyond it the file and the page say how many were left out), written row by row through POI's
 * streaming workbook (200 rows in memory, the rest on disk) from matters loaded a thousand at a time. Dates are date
 * cells, the header is frozen and filters, the columns have widths, and the place is its whole path (county,
 * township, village). Free text is masked as the reader's role reads it, as on the page.
 */
@Component
class WorklistExport {

    private static final String[] HEADERS = {"matter.reference", "matter.title", "matter.state", "matter.channel",
            "matter.category", "matter.place", "matter.holder", "matter.received", "matter.current-step", "matter.due",
            "matter.flags"};
    /** Column widths in characters (a Chinese character counts two). */
    private static final int[] WIDTHS = {24, 48, 12, 10, 24, 36, 28, 12, 14, 12, 24};
    private static final int RECEIVED = 7;
    private static final int DUE = 9;

    private final Casework casework;
    private final MatterViews views;
    private final Categories categories;
    private final Territory territory;
    private final MessageSource messages;
    private final int maxRows;

    WorklistExport(Casework casework, MatterViews views, Categories categories, Territory territory,
                   MessageSource messages, @Value("${xinfang.export.max-rows:100000}") int maxRows) {
        this.casework = casework;
        this.views = views;
        this.categories = categories;
        this.territory = territory;
        this.messages = messages;
        this.maxRows = maxRows;
    }

    /** What an export of a list holds: how many rows the list has, how many the file carries. */
    record Extent(long total, long rows) {
        boolean limited() {
            return rows < total;
        }
    }

    int maxRows() {
        return maxRows;
    }

    /** How many rows the list has and how many an export carries. */
    Extent extent(WorklistQuery query, StaffPrincipal me) {
        long total = casework.count(filter(query), me, query.selected());
        return new Extent(total, Math.min(total, maxRows));
    }

    /** Writes the export of {@code query} as {@code me} reads it to {@code out}, telling {@code progress} each row written. */
    Extent write(WorklistQuery query, StaffPrincipal me, Locale locale, OutputStream out, LongConsumer progress)
            throws IOException {
        return write(query, me, locale, out, progress, maxRows);
    }

    Extent write(WorklistQuery query, StaffPrincipal me, Locale locale, OutputStream out, LongConsumer progress, int limit)
            throws IOException {
        MatterFilter filter = filter(query);
        long total = casework.count(filter, me, query.selected());
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            SXSSFSheet sheet = book.createSheet(message("worklist.title", locale));
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row head = sheet.createRow(0);
            for (int i = 0; i < HEADERS.length; i++) {
                head.createCell(i).setCellValue(message(HEADERS[i], locale));
                head.getCell(i).setCellStyle(bold);
                sheet.setColumnWidth(i, WIDTHS[i] * 256);
            }
            sheet.createFreezePane(0, 1);
            Map<Long, String> places = new ConcurrentHashMap<>();
            long[] written = {0};
            casework.forEach(filter, me, limit, query.order(), query.selected(), m -> {
                MatterJson.Summary s = views.summary(m, me);
                Row row = sheet.createRow((int) ++written[0]);
                row.createCell(0).setCellValue(s.referenceNo());
                row.createCell(1).setCellValue(s.title());
                row.createCell(2).setCellValue(message("enum.MatterState." + s.state(), locale));
                row.createCell(3).setCellValue(message("enum.Channel." + s.channel(), locale));
                row.createCell(4).setCellValue(s.category() == null ? "" : s.category().name());
                row.createCell(5).setCellValue(places.computeIfAbsent(m.placeUnitId(), this::placePath));
                row.createCell(6).setCellValue(s.responsibleUnit() == null ? "" : s.responsibleUnit().name());
                dateCell(row, RECEIVED, s.receivedOn(), date);
                row.createCell(8).setCellValue(s.currentStep() == null ? "" : message("enum.DueStep." + s.currentStep(), locale));
                dateCell(row, DUE, s.currentDueOn(), date);
                row.createCell(10).setCellValue(flags(s.flags(), locale));
                progress.accept(written[0]);
            });
            sheet.setAutoFilter(new CellRangeAddress(0, (int) Math.max(1, written[0]), 0, HEADERS.length - 1));
            if (written[0] < total) {
                // the file says what it leaves out, below the rows, where a reader who scrolls to the end looks
                Row note = sheet.createRow((int) written[0] + 2);
                note.createCell(0).setCellValue(messages.getMessage("worklist.export.limited",
                        new Object[]{written[0], total}, locale));
            }
            book.write(out);
            book.dispose();
            return new Extent(total, written[0]);
        }
    }

    private MatterFilter filter(WorklistQuery query) {
        return query.filter(categories, territory, maxRows);
    }

    private static void dateCell(Row row, int column, LocalDate value, CellStyle style) {
        if (value == null) {
            row.createCell(column).setBlank();
        } else {
            row.createCell(column).setCellValue(value);
            row.getCell(column).setCellStyle(style);
        }
    }

    /** 沅陵县 / 沅陵镇 / 月亮坪社区: the place from its county down. */
    private String placePath(Long placeId) {
        List<String> names = new ArrayList<>();
        for (UnitView u = territory.unit(placeId).orElse(null); u != null; u = u.parentId() == null ? null
                : territory.unit(u.parentId()).orElse(null)) {
            names.add(0, u.name());
            if (u.level() == AdministrativeLevel.COUNTY) {
                break;
            }
        }
        return String.join(" / ", names);
    }

    private String flags(MatterJson.Flags f, Locale locale) {
        List<String> on = new ArrayList<>();
        Map<String, Boolean> all = new java.util.LinkedHashMap<>();
        all.put("flag.overdue", f.overdue());
        all.put("flag.repeat", f.repeat());
        all.put("flag.collective", f.collective());
        all.put("flag.leap-level", f.leapLevel());
        all.put("flag.on-final", f.onFinalMatter());
        all.put("flag.undelivered", f.undelivered());
        all.forEach((key, set) -> {
            if (set) {
                on.add(message(key, locale));
            }
        });
        return String.join(", ", on);
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
