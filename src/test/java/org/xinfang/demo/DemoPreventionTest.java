package org.xinfang.demo;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.support.ApiClient;
import org.xinfang.support.ApiClient.Answer;
import org.xinfang.support.MutableClock;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo city's source control in the seed's proportions (issue 13, item 5): about 1,632 latent disputes resolved a
 * year, 16 projects and 12 decisions assessed a year, each dispute resolved no earlier than found, and the register
 * readable as the staff read it.
 */
@DemoDataTest
class DemoPreventionTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApiClient api;
    @Autowired
    MutableClock clock;
    @Value("${xinfang.demo.years}")
    int years;

    @Test
    void disputesAndAssessmentsComeInTheSeedsProportions() {
        long resolvedInAYear = count("select count(*) from latent_dispute where resolved_on > ?", clock.today().minusDays(366));
        assertThat(resolvedInAYear).as("the seed resolved 1,632 a year").isBetween(1632 * 85 / 100L, 1632 * 115 / 100L);
        assertThat(count("select count(*) from latent_dispute where resolved_on < found_on or resolved_on >= ?", clock.today()))
                .isZero();
        assertThat(count("select count(*) from latent_dispute where resolved_on is null")).as("some still open").isPositive();
        assertThat(count("select count(distinct risk_level) from latent_dispute")).isEqualTo(3);
        assertThat(count("select count(*) from risk_assessment where kind = 'PROJECT'")).isEqualTo(years * 16);
        assertThat(count("select count(*) from risk_assessment where kind = 'DECISION'")).isEqualTo(years * 12);
        assertThat(count("select count(*) from risk_matter")).isPositive();

        Answer month = api.get("yuanling.supervisor", "/api/v1/latent-disputes?month=" + clock.today().minusMonths(1)
                .toString().substring(0, 7));
        assertThat(month.status()).isEqualTo(200);
        assertThat((Integer) month.read("$.total.found")).isPositive();
        Answer assessments = api.get("city.supervisor", "/api/v1/risk-assessments");
        assertThat((List<?>) assessments.read("$")).hasSize(years * 28);
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }
}
