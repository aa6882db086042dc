package org.xinfang.insight.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.xinfang.insight.DashboardFigures;
import org.xinfang.intake.CategoryView;
import org.xinfang.territory.UnitView;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The dashboards as the API and the page show them, names in the reader's language, each number with its worklist. */
@Component
class DashboardViews {

    private final MessageSource messages;

    DashboardViews(MessageSource messages) {
        this.messages = messages;
    }

    record MonthJson(String month, long items, long yearEarlier,
                     @Schema(description = "the staff worklist of the matters counted in items") String worklist,
                     String yearEarlierWorklist) {
    }

    record SliceJson(String code, String name, long items, String worklist) {
    }

    record CategoryJson(String code, String name, long items, long yearEarlier, long growth,
                        @Schema(description = "a category the bureau marks as a hot spot (热点) of its own") boolean designatedHotSpot,
                        String worklist) {
    }

    record AreaJson(String code, String name, long items, Long population,
                    @Schema(description = "items per 10,000 population; none without a population") BigDecimal per10k,
                    @Schema(description = "the tile's row in the grid, from 0") int row,
                    @Schema(description = "the tile's column in the grid, from 0") int column, String worklist) {
    }

    record HolderJson(String code, String name, long acceptance, long handling, long total, String acceptanceWorklist,
                      String handlingWorklist) {
    }

    record DashboardJson(InsightViews.UnitJson unit, LocalDate from, LocalDate to, LocalDate yearEarlierFrom,
                         LocalDate yearEarlierTo, @Schema(description = "the day overdue is reckoned on") LocalDate today,
                         long items, String worklist, List<MonthJson> months, List<SliceJson> channels,
                         @Schema(description = "first-level categories by volume, largest first") List<CategoryJson> categories,
                         @Schema(description = "second-level categories that grew most against a year earlier") List<CategoryJson> hotSpots,
                         @Schema(description = "the governments under the unit, in the tile grid's order") List<AreaJson> areas,
                         int gridColumns,
                         @Schema(description = "bodies holding matters past the acceptance or handling deadline, most first") List<HolderJson> overdue) {
    }

    DashboardJson json(DashboardFigures.Dashboard d) {
        Locale locale = LocaleContextHolder.getLocale();
        return new DashboardJson(new InsightViews.UnitJson(d.unit().code(), d.unit().localizedName(locale)), d.from(), d.to(),
                d.yearEarlierFrom(), d.yearEarlierTo(), d.today(), d.items(), d.worklist(),
                d.months().stream().map(m -> new MonthJson(m.month().toString(), m.items(), m.yearEarlier(), m.worklist(),
                        m.yearEarlierWorklist())).toList(),
                d.channels().stream().map(c -> new SliceJson(c.channel().name(),
                        messages.getMessage("enum.Channel." + c.channel().name(), null, c.channel().name(), locale),
                        c.items(), c.worklist())).toList(),
                d.categories().stream().map(c -> category(c, locale)).toList(),
                d.hotSpots().stream().map(c -> category(c, locale)).toList(),
                d.areas().stream().map(a -> new AreaJson(a.unit().code(), a.unit().localizedName(locale), a.items(),
                        a.unit().population(), a.per10k(), a.row(), a.column(), a.worklist())).toList(),
                d.gridColumns(),
                d.overdue().stream().map(h -> new HolderJson(h.unit().code(), name(h.unit(), locale), h.acceptance(),
                        h.handling(), h.total(), h.acceptanceWorklist(), h.handlingWorklist())).toList());
    }

    private static CategoryJson category(DashboardFigures.CategoryFigure c, Locale locale) {
        CategoryView v = c.category();
        return new CategoryJson(v.code(), v.localizedName(locale), c.items(), c.yearEarlier(), c.growth(), v.hotSpot(),
                c.worklist());
    }

    private static String name(UnitView unit, Locale locale) {
        return unit.localizedName(locale);
    }
}
