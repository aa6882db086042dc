package org.xinfang.statistics;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.xinfang.casework.MatterTransitioned;
import org.xinfang.support.ApiClient;
import org.xinfang.support.IntegrationTest;
import org.xinfang.support.MutableClock;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The public statistics are kept until a matter changes, which casework's events tell the statistics, or the day ends. */
@IntegrationTest
@EnableScenarios
class StatisticsCacheTest {

    @Autowired
    StatisticsCache statistics;
    @Autowired
    PublicStatistics records;
    @Autowired
    ApiClient api;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    /** Other tests' events may still be on their way to the cache; each test here starts when they have arrived. */
    @BeforeEach
    void everyEarlierPublicationHasArrived() {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject("select count(*)"
                + " from event_publication where listener_id like ? and completion_date is null", Long.class,
                StatisticsCache.class.getName() + "%") == 0);
    }

    @Test
    void aRegistrationIsPublishedAndTheCachedFiguresCountItWithoutWaitingForATimer(Scenario scenario) {
        PublicStatistics.Statistics cached = statistics.of(null);
        assertThat(statistics.of(null)).as("kept while nothing changes").isSameAs(cached);
        long before = cached.total().received();

        scenario.stimulate(() -> api.post("yuanling.registrar", "/api/v1/matters",
                        ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION")))
                .andWaitForStateChange(() -> statistics.of(null).total().received(), received -> received > before)
                .andVerify((received, answer) -> {
                    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
                    assertThat(received).isEqualTo(records.statistics(null).total().received());
                    assertThat(jdbc.queryForObject("""
                            select count(*) from event_publication where event_type = ? and listener_id like ?
                            and serialized_event like ? and completion_date is not null""", Long.class,
                            MatterTransitioned.class.getName(), StatisticsCache.class.getName() + "%",
                            "{\"matterId\":" + answer.id() + ",%")).as("the portal's publication, completed").isOne();
                });
    }

    @Test
    void theFiguresOfOneDayAreComputedAgainOnTheNext() {
        PublicStatistics.Statistics cached = statistics.of(null);
        assertThat(statistics.of(null)).isSameAs(cached);
        clock.advanceDays(1);
        assertThat(statistics.of(null)).as("past their limit as of the new day").isNotSameAs(cached)
                .isEqualTo(records.statistics(null));
    }
}
