package org.xinfang.insight;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.support.ApiClient;
import org.xinfang.support.Concurrently;
import org.xinfang.support.IntegrationTest;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The places' days that the indicators add up hold exactly what the facts say: every column of every day equals the
 * same aggregate over the facts themselves, read in one snapshot; matters registered at once in one place on one day
 * are all counted, as their writers take turns.
 */
@IntegrationTest
class PlaceDaysTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApiClient api;

    @Autowired
    org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate named;
    @Autowired
    org.xinfang.territory.Territory territory;

    @Test
    void everyDayOfEveryPlaceSumsItsFactsExactly() {
        IndicatorDataset.write(named, territory);
        // one statement, one snapshot: the days that differ from their facts, column by column
        String columns = PlaceDays.COLUMNS.keySet().stream().map(c -> "d." + c + " is distinct from a." + c)
                .collect(Collectors.joining(" or "));
        String aggregates = PlaceDays.COLUMNS.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", "));
        List<Map<String, Object>> wrong = jdbc.queryForList("""
                with a as (select f.place_unit_id, f.received_on, %s from insight_matter_fact f
                           group by f.place_unit_id, f.received_on)
                select coalesce(a.place_unit_id, d.place_unit_id) place, coalesce(a.received_on, d.received_on) received_on
                from a full join insight_place_day d on d.place_unit_id = a.place_unit_id and d.received_on = a.received_on
                where a.place_unit_id is null or d.place_unit_id is null or %s
                limit 5""".formatted(aggregates, columns));
        assertThat(jdbc.queryForObject("select count(*) from insight_place_day", Long.class)).as("the dataset's days at least")
                .isGreaterThanOrEqualTo(8);
        assertThat(wrong).as("days whose sums differ from their facts").isEmpty();
    }

    @Test
    void visitsRegisteredAtOnceInOnePlaceAreAllCounted() throws Exception {
        List<Long> ids = Concurrently.run(6, () -> api.post("tongdao.registrar", "/api/v1/matters",
                ApiClient.visit(ApiClient.freshIdNumber(), "431230003", "URBAN.DEMOLITION")).id());
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from insight_matter_fact where matter_id = any(?)", Long.class,
                (Object) ids.toArray(new Long[0])) == ids.size());
        Map<String, Object> day = jdbc.queryForMap("""
                select f.place_unit_id, f.received_on, count(*) facts from insight_matter_fact f
                where f.place_unit_id = (select place_unit_id from insight_matter_fact where matter_id = ?)
                  and f.received_on = (select received_on from insight_matter_fact where matter_id = ?)
                group by f.place_unit_id, f.received_on""", ids.get(0), ids.get(0));
        assertThat(jdbc.queryForObject("select items from insight_place_day where place_unit_id = ? and received_on = ?",
                Long.class, day.get("place_unit_id"), day.get("received_on")))
                .as("every matter of that place and day, the six among them").isEqualTo(day.get("facts"));
    }
}
