package org.xinfang.mediation;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.xinfang.insight.Counts;
import org.xinfang.insight.Indicator;
import org.xinfang.insight.IndicatorSection;
import org.xinfang.insight.IndicatorUnit;
import org.xinfang.insight.Measure;

import java.util.List;

/**
 * Mediation's indicators in insight's table: the matters mediated in the period and those settled through mediation
 * (调解化解), counted as {@link MediationIndicators} counts them (a matter once, in the period its first agreement took
 * effect, kept in {@code mediation_settlement}), by the body holding the matter when that session was recorded. One
 * aggregate a selection. Definitions:
 * docs/indicators.md.
 */
@Component
@Order(20)
class MediationFigures implements Indicator.Family {

    private static final String QUERY = """
            select (select count(*) from (select distinct s.matter_id from mediation_session s
                                           where s.holder_path like :path and s.held_on between :from and :to) m) total,
                   (select count(*) from mediation_settlement t
                     where t.holder_path like :path and t.effective_on between :from and :to) settled
            """;

    private final List<Indicator> indicators;

    MediationFigures(NamedParameterJdbcTemplate jdbc) {
        indicators = List.of(
                Indicator.of("mediation.settled", "indicator.mediation.settled", IndicatorUnit.ITEMS,
                        IndicatorSection.MEDIATION, s -> Measure.count(Counts.shared(jdbc, QUERY, s).count("settled"))),
                Indicator.of("mediation.total", "indicator.mediation.total", IndicatorUnit.ITEMS,
                        IndicatorSection.MEDIATION, s -> Measure.count(Counts.shared(jdbc, QUERY, s).count("total"))));
    }

    @Override
    public List<Indicator> indicators() {
        return indicators;
    }
}
