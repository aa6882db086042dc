package org.xinfang.recommendation;

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
 * The three recommendations' indicators (三项建议, 2022 art. 40) in insight's table: those the petition offices of the
 * subtree issued in the period (the day issued) and of them those adopted, fully or partly, as the feedback says
 * (whenever it came), as {@link Recommendations#indicators} counts them. One aggregate a selection. Definitions:
 * docs/indicators.md.
 */
@Component
@Order(50)
class RecommendationIndicators implements Indicator.Family {

    private static final String QUERY = """
            select count(*) issued, count(*) filter (where r.outcome in ('ADOPTED', 'PARTLY_ADOPTED')) adopted
              from recommendation r
             where r.office_path like :path and r.issued_on between :from and :to
            """;

    private final List<Indicator> indicators;

    RecommendationIndicators(NamedParameterJdbcTemplate jdbc) {
        indicators = List.of(
                Indicator.of("recommendations.issued", "indicator.recommendations.issued", IndicatorUnit.ITEMS,
                        IndicatorSection.RECOMMENDATIONS, s -> Measure.count(Counts.shared(jdbc, QUERY, s).count("issued"))),
                Indicator.of("recommendations.adopted", "indicator.recommendations.adopted", IndicatorUnit.ITEMS,
                        IndicatorSection.RECOMMENDATIONS, s -> Measure.count(Counts.shared(jdbc, QUERY, s).count("adopted"))));
    }

    @Override
    public List<Indicator> indicators() {
        return indicators;
    }
}
