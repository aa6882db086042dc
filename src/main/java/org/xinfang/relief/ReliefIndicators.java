package org.xinfang.relief;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.xinfang.insight.Counts;
import org.xinfang.insight.Indicator;
import org.xinfang.insight.IndicatorSection;
import org.xinfang.insight.IndicatorUnit;
import org.xinfang.insight.Measure;
import org.xinfang.insight.Selection;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

/**
 * Relief's indicators in insight's table (信访救助): the petitioners relieved and the amount paid in the period (the day
 * paid, in the configured zone), from the budgets of the subtree's units, as {@link ReliefFund} counts them: payments
 * not reversed, a petitioner once per matter. One aggregate a selection. Definitions: docs/indicators.md.
 */
@Component
@Order(40)
class ReliefIndicators implements Indicator.Family {

    // the petitioner's name is only counted here, never read out
    private static final String QUERY = """
            select count(distinct (a.matter_id, a.petitioner)) recipients, sum(e.amount) amount
              from relief_entry e
              join relief_application a on a.id = e.application_id
              join relief_budget b on b.id = a.budget_id
             where e.account = 'PAID' and e.amount > 0 and e.reverses is null and a.stage = 'PAID'
               and e.recorded_at >= :start and e.recorded_at < :end and b.unit_path like :path
            """;

    private final List<Indicator> indicators;

    ReliefIndicators(NamedParameterJdbcTemplate jdbc, Clock clock) {
        indicators = List.of(
                Indicator.of("relief.recipients", "indicator.relief.recipients", IndicatorUnit.PERSONS,
                        IndicatorSection.RELIEF, s -> Measure.count(counts(jdbc, clock.getZone(), s).count("recipients"))),
                Indicator.of("relief.amount", "indicator.relief.amount", IndicatorUnit.YUAN, IndicatorSection.RELIEF,
                        s -> Measure.yuan(counts(jdbc, clock.getZone(), s).amount("amount"))));
    }

    private static Counts counts(NamedParameterJdbcTemplate jdbc, ZoneId zone, Selection s) {
        return s.shared(ReliefIndicators.class, () -> Counts.query(jdbc, QUERY, s.parameters()
                .addValue("start", Timestamp.from(s.from().atStartOfDay(zone).toInstant()))
                .addValue("end", Timestamp.from(s.to().plusDays(1).atStartOfDay(zone).toInstant()))));
    }

    @Override
    public List<Indicator> indicators() {
        return indicators;
    }
}
