package org.xinfang.insight.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.xinfang.insight.IndicatorSection;
import org.xinfang.insight.IndicatorUnit;
import org.xinfang.insight.Indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The table of indicators as the API and the page show it, names in the reader's language. */
@Component
class InsightViews {

    private final MessageSource messages;

    InsightViews(MessageSource messages) {
        this.messages = messages;
    }

    record UnitJson(String code, String name) {
    }

    @Schema(description = "One indicator: its value, the same period a year earlier and the change; a rate without a denominator has no value")
    record IndicatorJson(String key, String name, IndicatorSection section, IndicatorUnit unit, BigDecimal value,
                         @Schema(description = "what was counted (a rate's numerator)") long numerator,
                         @Schema(description = "a rate's denominator; the population for a figure per 10,000 population") Long denominator,
                         BigDecimal yearEarlier, Long yearEarlierNumerator, Long yearEarlierDenominator,
                         @Schema(description = "value minus the year-earlier value (percentage points for a rate)") BigDecimal change,
                         @Schema(description = "the change in per cent of the year-earlier value; none when that is zero") BigDecimal changePerCent) {
    }

    record TableJson(UnitJson unit, LocalDate from, LocalDate to, LocalDate yearEarlierFrom, LocalDate yearEarlierTo,
                     List<IndicatorJson> indicators) {
    }

    TableJson json(Indicators.Table t) {
        Locale locale = LocaleContextHolder.getLocale();
        return new TableJson(new UnitJson(t.unit().code(), t.unit().localizedName(locale)), t.from(), t.to(),
                t.earlierFrom(), t.earlierTo(), t.rows().stream().map(r -> new IndicatorJson(r.indicator().key(),
                        messages.getMessage(r.indicator().nameKey(), null, locale), r.indicator().section(),
                        r.indicator().unit(), r.value().value(), r.value().numerator(), r.value().denominator(),
                        r.yearEarlier().value(), r.yearEarlier().numerator(), r.yearEarlier().denominator(), r.change(),
                        r.changePerCent())).toList());
    }
}
