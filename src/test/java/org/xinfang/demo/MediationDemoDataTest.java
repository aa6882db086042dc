package org.xinfang.demo;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.support.ApiClient;
import org.xinfang.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo city's mediation (issue 13, item 1): about the seed's 2,583 matters a year settled through mediation, of the
 * four kinds, with agreements of both kinds, some still waiting for a signature, and judicial confirmations, each
 * applied for within the 30 days; the indicators count them.
 */
@DemoDataTest
class MediationDemoDataTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApiClient api;
    @Autowired
    MutableClock clock;

    @Test
    void theSeedsMattersSettledThroughMediationWithAgreementsAndConfirmations() {
        long lastYear = jdbc.queryForObject("""
                select count(distinct s.matter_id) from mediation_agreement a join mediation_session s on s.id = a.session_id
                 where a.effective_on >= ? and a.effective_on < ?""", Long.class, clock.today().minusYears(1), clock.today());
        assertThat(lastYear).as("the seed: 2,583 a year").isBetween(2583L * 85 / 100, 2583L * 115 / 100);
        assertThat(jdbc.queryForList("select distinct kind from mediation_session", String.class))
                .containsExactlyInAnyOrder("PEOPLES", "ADMINISTRATIVE", "JUDICIAL", "PETITION");
        assertThat(jdbc.queryForList("select distinct outcome from mediation_session", String.class))
                .containsExactlyInAnyOrder("AGREED", "FAILED", "ADJOURNED");
        assertThat(jdbc.queryForObject("select count(*) from mediation_agreement where kind = 'SETTLEMENT'", Long.class)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from mediation_agreement where effective_on is null", Long.class))
                .as("the last days' agreements wait for a signature").isPositive();
        long confirmed = jdbc.queryForObject("select count(*) from mediation_agreement where confirmed_on is not null", Long.class);
        assertThat(confirmed).isPositive();
        assertThat(jdbc.queryForObject("""
                select count(*) from mediation_agreement a join mediation_session s on s.id = a.session_id
                 where a.confirmed_on is not null and (a.kind <> 'MEDIATION' or s.kind = 'JUDICIAL'
                       or a.applied_on > a.effective_on + 30 or a.applied_on < a.effective_on or a.confirmed_on >= ?)""",
                Long.class, clock.today())).as("every confirmation by the rules").isZero();
        ApiClient.Answer year = api.get("city.analyst", "/api/v1/mediation/indicators?year=2025");
        assertThat(((Number) year.read("$.settled")).longValue()).isBetween(2583L * 85 / 100, 2583L * 115 / 100);
        assertThat(((Number) year.read("$.confirmed")).longValue()).isPositive();
        assertThat((java.util.List<?>) year.read("$.byCounty")).hasSizeGreaterThan(5);
        assertThat(api.get("yuanling.registrar", "/api/v1/mediation/sessions?stage=CONFIRMED").status()).isEqualTo(200);
    }
}
