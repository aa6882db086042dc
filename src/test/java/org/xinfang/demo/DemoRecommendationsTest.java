package org.xinfang.demo;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo city's three recommendations (issue 13, item 4): the demo's years in the seed's proportion of 160 policy, 40
 * work and 260 accountability recommendations a year, each over a matter, most answered and most of those adopted.
 */
@DemoDataTest
class DemoRecommendationsTest {

    @Autowired
    JdbcTemplate jdbc;
    @Value("${xinfang.demo.years}")
    int years;

    @Test
    void theDemosYearsInTheSeedsProportion() {
        assertThat(count("IMPROVE_POLICY")).isBetween(years * 150L, years * 160L);
        assertThat(count("IMPROVE_WORK")).isBetween(years * 37L, years * 40L);
        assertThat(count("ACCOUNTABILITY")).isBetween(years * 245L, years * 260L);
        assertThat(jdbc.queryForObject("""
                select count(*) from recommendation r where not exists
                  (select 1 from recommendation_matter m where m.recommendation_id = r.id)""", Long.class))
                .as("every recommendation has its matter").isZero();
        assertThat(jdbc.queryForObject("""
                select count(*) from recommendation r join recommendation_matter rm on rm.recommendation_id = r.id
                  join matter m on m.id = rm.matter_id where r.issued_on < m.received_on""", Long.class))
                .as("no recommendation is issued before the matter that prompted it was received").isZero();
        long answered = jdbc.queryForObject("select count(*) from recommendation where feedback_on is not null", Long.class);
        long adopted = jdbc.queryForObject("select count(*) from recommendation where outcome in ('ADOPTED', 'PARTLY_ADOPTED')", Long.class);
        assertThat(answered).isGreaterThan(years * 350L);
        assertThat((double) adopted / answered).isBetween(0.8, 0.97);
    }

    private long count(String kind) {
        return jdbc.queryForObject("select count(*) from recommendation where kind = ?", Long.class, kind);
    }
}
