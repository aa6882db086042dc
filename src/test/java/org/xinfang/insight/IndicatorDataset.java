package org.xinfang.insight;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.xinfang.territory.Territory;

import java.time.LocalDate;
import java.util.List;

/**
 * A small set of facts written straight into insight's table, in years no other test uses (2012 and 2013), in 靖州
 * (431229: townships 431229001 and 431229002) and one in 通道 (431230001). The right answers are worked out by hand in
 * {@link IndicatorsTest}. Each is held by the township it arose in. Ids are negative, so they never meet a matter; writing twice changes nothing.
 */
public final class IndicatorDataset {

    private IndicatorDataset() {
    }

    public static void write(NamedParameterJdbcTemplate jdbc, Territory territory) {
        // 2013, township A (431229001)
        // f1: a letter, first petition, accepted on time, answered on time, satisfied; later repeated by f3
        fact(jdbc, territory, -14001, "431229001", "2013-02-01", "LETTER", 1, null, false, true, "APPEAL", "IN_HANDLING",
                "2013-02-16", "2013-02-10", true, "2013-04-11", "2013-04-01", "SATISFIED", "2013-05-01");
        // f2: a collective, leap-level visit of 6, first petition, accepted late, answered late, dissatisfied
        fact(jdbc, territory, -14002, "431229001", "2013-03-01", "VISIT", 6, null, true, true, "APPEAL", "CLOSED",
                "2013-03-16", "2013-03-20", true, "2013-05-19", "2013-06-01", "DISSATISFIED", "2013-07-01");
        // f3: a visit of 2 repeating f1, never decided, its acceptance due long ago
        fact(jdbc, territory, -14003, "431229001", "2013-04-15", "VISIT", 2, -14001L, false, false, null, "ROUTED",
                "2013-04-30", null, false, null, null, null, null);
        // 2013, township B (431229002)
        // f4: an online suggestion, first petition, accepted on time, answered (no handling clock), not rated in time
        fact(jdbc, territory, -14004, "431229002", "2013-05-05", "ONLINE", 1, null, false, true, "SUGGESTION", "CLOSED",
                "2013-05-20", "2013-05-06", true, null, "2013-05-30", null, "2013-06-29");
        // f5: a phone accusation, accepted on time, still in handling long past its limit
        fact(jdbc, territory, -14005, "431229002", "2013-06-01", "PHONE", 1, null, false, false, "ACCUSATION", "IN_HANDLING",
                "2013-06-16", "2013-06-02", true, "2013-08-01", null, null, null);
        // 2013, another county (通道, 431230001)
        fact(jdbc, territory, -14006, "431230001", "2013-02-01", "LETTER", 1, null, false, true, "APPEAL", "IN_HANDLING",
                "2013-02-16", "2013-02-03", true, "2013-04-04", null, null, null);
        // 2012, township A: two letters
        fact(jdbc, territory, -14007, "431229001", "2012-02-01", "LETTER", 1, null, false, true, "APPEAL", "CLOSED",
                "2012-02-16", "2012-02-05", true, "2012-04-05", "2012-03-01", "BASICALLY_SATISFIED", "2012-03-31");
        fact(jdbc, territory, -14008, "431229001", "2012-07-01", "LETTER", 1, null, false, false, "APPEAL", "CLOSED",
                "2012-07-16", "2012-07-20", true, "2012-09-18", "2012-09-01", "DISSATISFIED", "2012-10-01");
        sumPlaceDays(jdbc);
    }

    /**
     * Removes every fact written straight into the table (negative ids), and the marks on them, with their places'
     * days: a dataset that overlaps another's years and places starts from its own rows only.
     */
    public static void clear(NamedParameterJdbcTemplate jdbc) {
        List<PlaceDays.Key> keys = written(jdbc);
        jdbc.getJdbcTemplate().update("delete from insight_unreasonable_event where matter_id < 0");
        jdbc.getJdbcTemplate().update("delete from insight_unreasonable_demand where matter_id < 0");
        jdbc.getJdbcTemplate().update("delete from insight_matter_fact where matter_id < 0");
        new PlaceDays(jdbc).recompute(keys);
    }

    /**
     * Sums the places' days of the facts written straight into the table (negative ids), as the facts' writer does for
     * the facts it writes: the indicators read those sums.
     */
    public static void sumPlaceDays(NamedParameterJdbcTemplate jdbc) {
        new PlaceDays(jdbc).recompute(written(jdbc));
    }

    /** The places and days of the facts written straight into the table. */
    private static List<PlaceDays.Key> written(NamedParameterJdbcTemplate jdbc) {
        return jdbc.query("select distinct place_unit_id, place_path, received_on from insight_matter_fact"
                + " where matter_id < 0", (rs, i) -> new PlaceDays.Key(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class)));
    }

    private static void fact(NamedParameterJdbcTemplate jdbc, Territory territory, long id, String place, String received,
                             String channel, int persons, Long repeatOf, boolean leap, boolean first, String type,
                             String state, String acceptanceDue, String decided, boolean accepted, String handlingDue,
                             String replied, String satisfaction, String ratingDue) {
        var unit = territory.unitByCode(place).orElseThrow();
        jdbc.update("""
                insert into insight_matter_fact (matter_id, event_seq, received_on, place_unit_id, place_path, channel,
                       persons, collective, repeat_of_id, leap_level, first_anywhere, handling_type, category_code, state,
                       acceptance_due_on, decided_on, accepted, handling_due_on, replied_on, satisfaction, rating_due_on,
                       concluded_on, responsible_unit_id, responsible_path, written_at)
                values (:id, 1, :received, :place, :path, :channel, :persons, :collective, :repeatOf, :leap, :first,
                       :type, 'URBAN.DEMOLITION', :state, :acceptanceDue, :decided, :accepted, :handlingDue, :replied,
                       :satisfaction, :ratingDue, null, :place, :path, now())
                on conflict (matter_id) do nothing""", new MapSqlParameterSource("id", id)
                .addValue("received", LocalDate.parse(received)).addValue("place", unit.id()).addValue("path", unit.path())
                .addValue("channel", channel).addValue("persons", persons)
                .addValue("collective", channel.equals("VISIT") && persons >= 5).addValue("repeatOf", repeatOf)
                .addValue("leap", leap).addValue("first", first).addValue("type", type).addValue("state", state)
                .addValue("acceptanceDue", LocalDate.parse(acceptanceDue)).addValue("decided", day(decided))
                .addValue("accepted", accepted).addValue("handlingDue", day(handlingDue)).addValue("replied", day(replied))
                .addValue("satisfaction", satisfaction).addValue("ratingDue", day(ratingDue)));
    }

    private static LocalDate day(String d) {
        return d == null ? null : LocalDate.parse(d);
    }
}
