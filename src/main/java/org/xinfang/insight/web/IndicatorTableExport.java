package org.xinfang.insight.web;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.xinfang.insight.IndicatorSection;
import org.xinfang.insight.IndicatorWorkbook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The table of indicators as the page shows it, as an Excel workbook: the same rows (a heading row per section), the
 * value, the year-earlier value, the change (percentage points for a rate) and the change in per cent, as numbers.
 */
@Component
class IndicatorTableExport {

    private final MessageSource messages;

    IndicatorTableExport(MessageSource messages) {
        this.messages = messages;
    }

    byte[] workbook(InsightViews.TableJson table, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        IndicatorSection section = null;
        for (InsightViews.IndicatorJson i : table.indicators()) {
            if (i.section() != section) {
                section = i.section();
                rows.add(List.of(message("enum.IndicatorSection." + section, locale)));
            }
            rows.add(Arrays.asList(i.name(), message("enum.IndicatorUnit." + i.unit(), locale), i.value(), i.yearEarlier(),
                    i.change(), i.changePerCent()));
        }
        String caption = table.unit().name() + " · " + messages.getMessage("insight.period", new Object[]{table.from(),
                table.to(), table.yearEarlierFrom(), table.yearEarlierTo()}, locale);
        return IndicatorWorkbook.write(new IndicatorWorkbook.Sheet(message("insight.title", locale), caption,
                List.of(message("insight.column.indicator", locale), message("insight.export.unit", locale),
                        message("insight.column.value", locale), message("insight.column.earlier", locale),
                        message("insight.export.change", locale), message("insight.export.change-per-cent", locale)),
                new int[]{36, 10, 14, 14, 14, 14}, rows));
    }

    static String fileName(InsightViews.TableJson table) {
        return "xinfang-indicators-" + table.unit().code() + "-" + table.from() + "-" + table.to() + ".xlsx";
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
