package org.xinfang.insight.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.xinfang.insight.AppraisalScheme;
import org.xinfang.insight.IndicatorUnit;
import org.xinfang.insight.MarkAction;
import org.xinfang.insight.RankingKind;
import org.xinfang.insight.Rankings;
import org.xinfang.insight.UnreasonableDemands;
import org.xinfang.intake.Categories;
import org.xinfang.territory.Territory;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The rankings, the scheme and the unreasonable demands as the API and the page show them, in the reader's language. */
@Component
class RankingViews {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String SCORE = "score";

    private final MessageSource messages;
    private final Territory territory;
    private final Categories categories;
    private final Clock clock;

    RankingViews(MessageSource messages, Territory territory, Categories categories, Clock clock) {
        this.messages = messages;
        this.territory = territory;
        this.categories = categories;
        this.clock = clock;
    }

    record IndicatorJson(String key, String name, IndicatorUnit unit) {
    }

    record ValueJson(BigDecimal value, long numerator, Long denominator, Integer rank) {
    }

    @Schema(description = "A weighted rate: its value (as scored), the weight and the points")
    record ScoredJson(String key, String name, BigDecimal rate, long numerator, Long denominator, BigDecimal weight, BigDecimal points) {
    }

    @Schema(description = "A deduction: the count, the points per item and the points deducted")
    record DeductedJson(String key, String name, long count, BigDecimal perItem, BigDecimal points) {
    }

    record LineJson(String code, String name, BigDecimal score, Integer rank, List<ScoredJson> scored,
                    List<DeductedJson> deducted, Map<String, ValueJson> indicators) {
    }

    record PublicationJson(int schemeVersion, String by, String at) {
    }

    @Schema(description = "A year's ranking: the scheme version it was computed with, its publication (none while provisional), the lines in the order asked")
    record RankingJson(String area, int year, RankingKind kind, int schemeVersion, boolean excludeUnreasonable,
                       PublicationJson published, String sort, List<IndicatorJson> indicators, List<LineJson> lines) {
    }

    record ChangeJson(AppraisalScheme.SchemeItem item, String indicatorKey, String text, BigDecimal before, BigDecimal after) {
    }

    record SchemeJson(int version, Map<String, BigDecimal> weights, Map<String, BigDecimal> deductions,
                      boolean excludeUnreasonable, String savedBy, String savedAt, List<ChangeJson> changes) {
    }

    record DemandJson(String referenceNo, String category, String unit, LocalDate receivedOn, boolean active) {
    }

    record EventJson(String referenceNo, MarkAction action, String reason, String by, String at) {
    }

    /** The ranking with its lines sorted by {@code sort}: the score, or an indicator's key (by its rank, none last). */
    RankingJson json(Rankings.Ranking r, String sort) {
        Locale locale = LocaleContextHolder.getLocale();
        String by = sort != null && r.indicators().stream().anyMatch(i -> i.key().equals(sort)) ? sort : SCORE;
        Comparator<Rankings.Line> order = by.equals(SCORE) ? Comparator.comparing(Rankings.Line::rank, Comparator.nullsLast(Comparator.naturalOrder()))
                : Comparator.comparing(l -> l.ranks().get(by), Comparator.nullsLast(Comparator.naturalOrder()));
        List<LineJson> lines = r.lines().stream().sorted(order).map(l -> new LineJson(l.unit().code(),
                l.unit().localizedName(locale), l.score(), l.rank(),
                l.scored().stream().map(s -> new ScoredJson(s.key(), name(s.key(), locale), s.rate().value(),
                        s.rate().numerator(), s.rate().denominator(), s.weight(), s.points())).toList(),
                l.deducted().stream().map(d -> new DeductedJson(d.key(), name(d.key(), locale), d.count(), d.perItem(),
                        d.points())).toList(),
                values(l))).toList();
        PublicationJson published = r.published() == null ? null : new PublicationJson(r.published().schemeVersion(),
                r.published().by(), when(r.published().at()));
        return new RankingJson(r.area().localizedName(locale), r.year(), r.kind(), r.scheme().version(),
                r.scheme().excludeUnreasonable(), published, by,
                r.indicators().stream().map(i -> new IndicatorJson(i.key(), name(i.key(), locale), i.unit())).toList(), lines);
    }

    private static Map<String, ValueJson> values(Rankings.Line l) {
        Map<String, ValueJson> values = new java.util.LinkedHashMap<>();
        l.values().forEach((key, m) -> values.put(key, new ValueJson(m.value(), m.numerator(), m.denominator(),
                l.ranks().get(key))));
        return values;
    }

    SchemeJson json(AppraisalScheme s) {
        Locale locale = LocaleContextHolder.getLocale();
        return new SchemeJson(s.version(), s.weights(), s.deductions(), s.excludeUnreasonable(), s.savedBy(),
                s.savedAt() == null ? null : when(s.savedAt()), s.changes().stream().map(c -> new ChangeJson(c.item(),
                c.indicatorKey(), change(c, locale), c.before(), c.after())).toList());
    }

    List<DemandJson> demands(List<UnreasonableDemands.Demand> demands) {
        Locale locale = LocaleContextHolder.getLocale();
        return demands.stream().map(d -> new DemandJson(d.referenceNo(), d.categoryCode() == null ? null
                : categories.byCode(d.categoryCode()).map(c -> locale.getLanguage().equals("en") && c.nameEn() != null
                ? c.nameEn() : c.name()).orElse(d.categoryCode()),
                d.unitId() == null ? null : territory.unit(d.unitId()).map(u -> u.displayName(locale)).orElse(null),
                d.receivedOn(), d.active())).toList();
    }

    List<EventJson> events(List<UnreasonableDemands.Event> events) {
        return events.stream().map(e -> new EventJson(e.referenceNo(), e.action(), e.reason(), e.actor(), when(e.at()))).toList();
    }

    String name(String key, Locale locale) {
        return messages.getMessage("insight.indicator." + key, null, key, locale);
    }

    private String change(AppraisalScheme.Change c, Locale locale) {
        String item = messages.getMessage("enum.SchemeItem." + c.item(), null, locale);
        if (c.item() == AppraisalScheme.SchemeItem.EXCLUDE_UNREASONABLE) {
            String yes = messages.getMessage("insight.ranking.scheme.on", null, locale);
            String no = messages.getMessage("insight.ranking.scheme.off", null, locale);
            return item + ": " + (c.before().signum() > 0 ? yes : no) + " → " + (c.after().signum() > 0 ? yes : no);
        }
        return item + " · " + name(c.indicatorKey(), locale) + ": " + c.before().stripTrailingZeros().toPlainString()
                + " → " + c.after().stripTrailingZeros().toPlainString();
    }

    /** A moment in the configured zone. */
    private String when(java.time.Instant at) {
        return LocalDateTime.ofInstant(at, clock.getZone()).format(WHEN);
    }
}
