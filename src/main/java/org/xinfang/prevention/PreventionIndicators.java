package org.xinfang.prevention;

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
 * Prevention's indicators in insight's table: latent disputes (矛盾纠纷排查) found in the period (the day found) and
 * resolved in it (the day resolved, whenever found), in the places of the subtree. One aggregate a selection.
 * Definitions: docs/indicators.md.
 */
@Component
@Order(30)
class PreventionIndicators implements Indicator.Family {

    private static final String QUERY = """
            select count(*) filter (where d.found_on between :from and :to) found,
                   count(*) filter (where d.resolved_on between :from and :to) resolved
              from latent_dispute d
             where d.place_path like :path
               and (d.found_on between :from and :to or d.resolved_on between :from and :to)
            """;

    private final List<Indicator> indicators;

    PreventionIndicators(NamedParameterJdbcTemplate jdbc) {
        indicators = List.of(
                Indicator.of("prevention.latent.found", "indicator.prevention.latent.found", IndicatorUnit.ITEMS,
                        IndicatorSection.PREVENTION, s -> Measure.count(Counts.shared(jdbc, QUERY, s).count("found"))),
                Indicator.of("prevention.latent.resolved", "indicator.prevention.latent.resolved", IndicatorUnit.ITEMS,
                        IndicatorSection.PREVENTION, s -> Measure.count(Counts.shared(jdbc, QUERY, s).count("resolved"))));
    }

    @Override
    public List<Indicator> indicators() {
        return indicators;
    }
}
