package org.xinfang.demo;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.xinfang.insight.Indicators;
import org.xinfang.support.MutableClock;
import org.xinfang.territory.StaffPrincipal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo city's matters reach insight's facts at first start (issue 14): every imported matter has its facts, the
 * indicators of a city-year count what the matters say, and a city-year and a county-month answer fast.
 */
@DemoDataTest
class InsightDemoDataTest {

    private static final Logger log = LoggerFactory.getLogger(InsightDemoDataTest.class);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Indicators indicators;
    @Autowired
    UserDetailsService users;
    @Autowired
    MutableClock clock;

    @Test
    void everyMatterHasItsFactsAndACityYearCountsWhatTheMattersSay() {
        long matters = jdbc.queryForObject("select count(*) from matter", Long.class);
        Awaitility.await().atMost(Duration.ofMinutes(2)).until(() ->
                jdbc.queryForObject("select count(*) from insight_matter_fact", Long.class) >= matters);
        StaffPrincipal analyst = (StaffPrincipal) users.loadUserByUsername("city.analyst");
        int year = clock.today().getYear() - 1;
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        Indicators.Table table = indicators.table(analyst, null, from.toString(), to.toString());
        assertThat(value(table, "volume.items")).isEqualByComparingTo(BigDecimal.valueOf(jdbc.queryForObject(
                "select count(*) from matter where received_on between ? and ?", Long.class, from, to)));
        assertThat(value(table, "volume.VISIT.persons")).isEqualByComparingTo(BigDecimal.valueOf(jdbc.queryForObject(
                "select sum(persons) from matter where channel = 'VISIT' and received_on between ? and ?", Long.class, from, to)));
        assertThat(value(table, "repeat.items")).isEqualByComparingTo(BigDecimal.valueOf(jdbc.queryForObject(
                "select count(*) from matter where repeat_of_id is not null and received_on between ? and ?", Long.class, from, to)));
        assertThat(value(table, "type.SUGGESTION")).isEqualByComparingTo(BigDecimal.valueOf(jdbc.queryForObject(
                "select count(*) from matter where handling_type = 'SUGGESTION' and received_on between ? and ?", Long.class, from, to)));
        table.rows().stream().filter(r -> r.indicator().key().startsWith("rate."))
                .forEach(r -> assertThat(r.value().hasValue()).as(r.indicator().key()).isTrue());
        table.rows().forEach(r -> log.info("Insight, the demo city {}: {} = {} (a year earlier {}, change {} / {}%)", year,
                r.indicator().key(), r.value().value(), r.yearEarlier().value(), r.change(), r.changePerCent()));
    }

    private static BigDecimal value(Indicators.Table t, String key) {
        return t.rows().stream().filter(r -> r.indicator().key().equals(key)).findFirst().orElseThrow().value().value();
    }
}
