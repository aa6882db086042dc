package org.xinfang.demo;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.xinfang.insight.Indicator;
import org.xinfang.insight.IndicatorTable;
import org.xinfang.insight.Indicators;
import org.xinfang.insight.Selection;
import org.xinfang.mediation.MediationIndicators;
import org.xinfang.recommendation.Recommendations;
import org.xinfang.support.MutableClock;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.Territory;
import org.xinfang.territory.UnitView;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.insight.IndicatorTable.value;

/**
 * The other modules' indicators on the demo city's last full year: they agree with the modules' own pages for the
 * whole city, and stand near the seed's figures (the city's 2019 summary, which the generator follows).
 */
@DemoDataTest
class WorkIndicatorsDemoTest {

    private static final Logger log = LoggerFactory.getLogger(WorkIndicatorsDemoTest.class);

    @Autowired
    Indicators indicators;
    @Autowired
    List<Indicator.Family> families;
    @Autowired
    MediationIndicators mediation;
    @Autowired
    Recommendations recommendations;
    @Autowired
    UserDetailsService users;
    @Autowired
    MutableClock clock;
    @Autowired
    Territory territory;

    @Test
    void theCityYearAgreesWithTheModulesOwnFiguresAndStandsNearTheSeed() {
        StaffPrincipal analyst = (StaffPrincipal) users.loadUserByUsername("city.analyst");
        int year = clock.today().getYear() - 1;
        var t = IndicatorTable.of(indicators, analyst, "431200", year + "-01-01", year + "-12-31");
        // the whole city: the body holding a matter then or now is in it either way, so the pages count the same
        assertThat(value(t, "mediation.settled")).isEqualByComparingTo(String.valueOf(mediation.of(analyst, year).settled()));
        var kinds = recommendations.indicators(analyst, year);
        assertThat(value(t, "recommendations.issued").longValue()).isEqualTo(kinds.stream().mapToLong(Recommendations.KindCount::issued).sum());
        assertThat(value(t, "recommendations.adopted").longValue()).isEqualTo(kinds.stream().mapToLong(Recommendations.KindCount::adopted).sum());
        // the seed: 416 package cases, 392 visited; 89 backlog, 81 resolved; 1,698 batches, 6,986 persons received by
        // leaders; 2,583 settled by mediation; 1,632 latent disputes resolved; 635 relieved; 460 recommendations
        assertThat(value(t, "package.total").longValue()).isBetween(300L, 550L);
        assertThat(value(t, "package.visited")).isLessThanOrEqualTo(value(t, "package.total"));
        assertThat(value(t, "package.total")).isEqualByComparingTo(value(t, "package.CITY.total").add(value(t, "package.COUNTY.total"))
                .add(value(t, "package.TOWNSHIP.total")).add(value(t, "package.VILLAGE.total")));
        assertThat(value(t, "backlog.total").longValue()).isBetween(50L, 130L);
        assertThat(value(t, "backlog.resolved")).isLessThanOrEqualTo(value(t, "backlog.total"));
        assertThat(value(t, "receptions.leader").longValue()).isBetween(1200L, 2200L);
        assertThat(value(t, "mediation.settled").longValue()).isBetween(2000L, 3200L);
        assertThat(value(t, "prevention.latent.resolved").longValue()).isBetween(1200L, 2100L);
        assertThat(value(t, "relief.recipients").longValue()).isBetween(450L, 850L);
        assertThat(value(t, "recommendations.issued").longValue()).isBetween(300L, 650L);
        // what each module's figures of a city-year cost (both periods), for docs/performance.md
        LocalDate from = LocalDate.of(year, 1, 1);
        UnitView city = territory.unitByCode("431200").orElseThrow();
        for (Indicator.Family f : families) {
            double[] ms = new double[25];
            for (int i = 0; i < ms.length; i++) {
                long start = System.nanoTime();
                Selection s = new Selection(city, from, from.withDayOfYear(from.lengthOfYear()), clock.today());
                Selection earlier = s.yearEarlier();
                f.indicators().forEach(x -> x.measure(s));
                f.indicators().forEach(x -> x.measure(earlier));
                ms[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(ms);
            log.info("Insight, a city-year of {}: median {} ms, slowest {} ms (of 25)", f.getClass().getSimpleName(),
                    ms[12], ms[24]);
        }
    }
}
