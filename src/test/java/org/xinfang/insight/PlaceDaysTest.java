package org.xinfang.insight;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.support.ApiClient;
import org.xinfang.support.Concurrently;
import org.xinfang.support.IntegrationTest;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The places' days and months, and the areas' categories, that the indicators and dashboards add up hold exactly what
 * the facts say: every column of every day equals the same aggregate over the facts themselves, read in one snapshot,
 * every month the sum of its days, and any period's whole months and cut days the facts of its days; matters registered at once in one place on one day
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
    void everyMonthOfEveryPlaceSumsItsDaysExactly() {
        IndicatorDataset.write(named, territory);
        String columns = PlaceDays.COLUMNS.keySet().stream().map(c -> "m." + c + " is distinct from a." + c)
                .collect(Collectors.joining(" or "));
        String sums = PlaceDays.COLUMNS.keySet().stream().map(c -> "sum(d." + c + ") " + c).collect(Collectors.joining(", "));
        List<Map<String, Object>> wrong = jdbc.queryForList("""
                with a as (select d.place_unit_id, date_trunc('month', d.received_on)::date month_start, %s
                           from insight_place_day d group by 1, 2)
                select coalesce(a.place_unit_id, m.place_unit_id) place, coalesce(a.month_start, m.month_start) month_start
                from a full join insight_place_month m on m.place_unit_id = a.place_unit_id and m.month_start = a.month_start
                where a.place_unit_id is null or m.place_unit_id is null or %s
                limit 5""".formatted(sums, columns));
        assertThat(jdbc.queryForObject("select count(*) from insight_place_month", Long.class)).as("the dataset's months at least")
                .isGreaterThanOrEqualTo(6);
        assertThat(wrong).as("months whose sums differ from their days").isEmpty();
    }

    @Test
    void everyAreaMonthCountsItsFactsByCategory() {
        IndicatorDataset.write(named, territory);
        List<Map<String, Object>> wrong = jdbc.queryForList("""
                with a as (select %s area_path, date_trunc('month', f.received_on)::date month_start, f.category_code,
                                  count(*) items
                           from insight_matter_fact f group by 1, 2, 3)
                select coalesce(a.area_path, c.area_path) area, coalesce(a.month_start, c.month_start) month_start,
                       coalesce(a.category_code, c.category_code) category, a.items facts, c.items rolled
                from a full join insight_area_month_category c on c.area_path = a.area_path
                     and c.month_start = a.month_start and c.category_code = a.category_code
                where a.items is distinct from c.items
                limit 5""".formatted(PlaceDays.AREA));
        assertThat(wrong).as("area months whose categories differ from their facts").isEmpty();
        assertThat(PlaceDays.area("/1/")).isEqualTo("/1/");
        assertThat(PlaceDays.area("/1/4/")).isEqualTo("/1/4/");
        assertThat(PlaceDays.area("/1/4/17/230/")).isEqualTo("/1/4/");
        assertThat(jdbc.queryForObject("select " + PlaceDays.AREA + " from (select '/1/4/17/230/'::varchar place_path) f",
                String.class)).as("the SQL and the Java agree").isEqualTo("/1/4/");
    }

    /** Whole months, cut months at either end, a single day, days within one month, across a year's end. */
    @ParameterizedTest
    @CsvSource({"2012-01-01, 2012-12-31", "2012-02-01, 2012-02-01", "2012-01-15, 2013-03-10", "2012-02-02, 2012-02-28",
            "2013-02-01, 2013-02-28", "2012-06-30, 2012-07-01", "2012-12-01, 2013-01-31"})
    void aPeriodsMonthsAndCutDaysAddUpToItsFacts(LocalDate from, LocalDate to) {
        IndicatorDataset.write(named, territory);
        for (String unit : List.of("431200", "431229", "431229001")) {
            String path = territory.unitByCode(unit).orElseThrow().path();
            MapSqlParameterSource p = PlaceDays.cover(from, to, new MapSqlParameterSource("path", path + "%")
                    .addValue("from", from).addValue("to", to));
            String aggregates = PlaceDays.COLUMNS.entrySet().stream().map(e -> "coalesce(" + e.getValue() + ", 0) " + e.getKey())
                    .collect(Collectors.joining(", "));
            Counts facts = Counts.query(named, "select " + aggregates + " from insight_matter_fact f"
                    + " where f.place_path like :path and f.received_on between :from and :to", p);
            Counts rows = Counts.query(named, "select " + PlaceDays.sums() + " from "
                    + PlaceDays.rows(String.join(", ", PlaceDays.COLUMNS.keySet())) + " d", p);
            for (String column : PlaceDays.COLUMNS.keySet()) {
                assertThat(rows.count(column)).as(unit + " " + from + ".." + to + " " + column).isEqualTo(facts.count(column));
            }
            Map<String, Long> byFacts = new java.util.HashMap<>();
            named.query("select f.category_code, count(*) from insight_matter_fact f where f.place_path like :path"
                    + " and f.received_on between :from and :to group by 1", p, rs -> {
                byFacts.put(rs.getString(1), rs.getLong(2));
            });
            Map<String, Long> byRollup = new java.util.HashMap<>();
            named.query("select c.category_code, sum(c.items) from " + PlaceDays.categories(path) + " c group by 1", p, rs -> {
                byRollup.put(rs.getString(1), rs.getLong(2));
            });
            assertThat(byRollup).as(unit + " " + from + ".." + to + " by category").isEqualTo(byFacts);
        }
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
