package org.xinfang.insight;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.xinfang.territory.Territory;
import org.xinfang.territory.UnitView;

import java.time.LocalDate;

/**
 * Facts for the rankings, written straight into insight's table in 2010, a year no other test uses; ids negative.
 * 靖州 (431229001) has g1–g3, 通道 (431230001) g4. The city's housing bureau holds g1 and g2, its natural resources
 * bureau g3, its human resources bureau g4. g2 is marked unreasonable (written straight into insight's own table).
 * Every deadline is long past. The right answers are worked out by hand in {@link RankingsTest}.
 */
public final class RankingDataset {

    public static final int YEAR = 2010;

    private RankingDataset() {
    }

    public static void write(NamedParameterJdbcTemplate jdbc, Territory territory) {
        IndicatorDataset.clear(jdbc);
        UnitView city = territory.root().orElseThrow();
        UnitView housing = territory.department(city, "HOUSING").orElseThrow();
        UnitView land = territory.department(city, "NATURAL_RESOURCES").orElseThrow();
        UnitView hr = territory.department(city, "HUMAN_RESOURCES").orElseThrow();
        UnitView jingzhou = territory.unitByCode("431229001").orElseThrow();
        UnitView tongdao = territory.unitByCode("431230001").orElseThrow();
        // g1: a letter accepted on time (10th ≤ 16th), answered on time (1 Apr ≤ 11 Apr), satisfied
        fact(jdbc, -15001, jingzhou, housing, "2010-02-01", "LETTER", 1, null, false, "CLOSED",
                "2010-02-16", "2010-02-10", "2010-04-11", "2010-04-01", "SATISFIED");
        // g2: a letter accepted on time, answered late (1 Jun > 19 May), dissatisfied
        fact(jdbc, -15002, jingzhou, housing, "2010-03-01", "LETTER", 1, null, false, "CLOSED",
                "2010-03-16", "2010-03-05", "2010-05-19", "2010-06-01", "DISSATISFIED");
        // g3: a collective leap-level visit of 6 repeating g1, accepted late, still in handling past its limit
        fact(jdbc, -15003, jingzhou, land, "2010-04-15", "VISIT", 6, -15001L, true, "IN_HANDLING",
                "2010-04-30", "2010-05-10", "2010-07-09", null, null);
        // g4: a letter accepted and answered on time, satisfied
        fact(jdbc, -15004, tongdao, hr, "2010-05-05", "LETTER", 1, null, false, "CLOSED",
                "2010-05-20", "2010-05-06", "2010-07-19", "2010-06-01", "SATISFIED");
        jdbc.update("""
                insert into insight_unreasonable_demand (matter_id, reference_no, category_code, unit_id, received_on,
                       active, version) values (-15002, 'TEST-15002', 'URBAN.DEMOLITION', :unit, '2010-03-01', true, 1)
                on conflict (matter_id) do nothing""", new MapSqlParameterSource("unit", housing.id()));
        IndicatorDataset.sumPlaceDays(jdbc);
    }

    private static void fact(NamedParameterJdbcTemplate jdbc, long id, UnitView place, UnitView holder, String received,
                             String channel, int persons, Long repeatOf, boolean leap, String state, String acceptanceDue,
                             String decided, String handlingDue, String replied, String satisfaction) {
        jdbc.update("""
                insert into insight_matter_fact (matter_id, event_seq, received_on, place_unit_id, place_path, channel,
                       persons, collective, repeat_of_id, leap_level, first_anywhere, handling_type, category_code, state,
                       acceptance_due_on, decided_on, accepted, handling_due_on, replied_on, satisfaction, rating_due_on,
                       concluded_on, responsible_unit_id, responsible_path, written_at)
                values (:id, 1, :received, :place, :path, :channel, :persons, :collective, :repeatOf, :leap, :first,
                       'APPEAL', 'URBAN.DEMOLITION', :state, :acceptanceDue, :decided, true, :handlingDue, :replied,
                       :satisfaction, :ratingDue, null, :holder, :holderPath, now())
                on conflict (matter_id) do nothing""", new MapSqlParameterSource("id", id)
                .addValue("received", LocalDate.parse(received)).addValue("place", place.id()).addValue("path", place.path())
                .addValue("channel", channel).addValue("persons", persons).addValue("collective", persons >= 5)
                .addValue("repeatOf", repeatOf).addValue("leap", leap).addValue("first", repeatOf == null)
                .addValue("state", state).addValue("acceptanceDue", LocalDate.parse(acceptanceDue))
                .addValue("decided", LocalDate.parse(decided)).addValue("handlingDue", LocalDate.parse(handlingDue))
                .addValue("replied", replied == null ? null : LocalDate.parse(replied)).addValue("satisfaction", satisfaction)
                .addValue("ratingDue", replied == null ? null : LocalDate.parse(replied).plusDays(30))
                .addValue("holder", holder.id()).addValue("holderPath", holder.path()));
    }
}
