package org.xinfang.insight;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.xinfang.territory.Territory;

/**
 * A small set of facts written straight into insight's table for the dashboards, in years no other test uses (2010 and
 * 2011), in 靖州 (431229: townships A 431229001 and B 431229002) and one in 通道 (431230001). The right answers are worked
 * out by hand in {@link DashboardFiguresTest}. Ids are negative, so they never meet a matter; writing twice changes nothing.
 */
public final class DashboardDataset {

    private DashboardDataset() {
    }

    public static void write(NamedParameterJdbcTemplate jdbc, Territory territory) {
        IndicatorDataset.clear(jdbc);
        // 2011, township A, held by A
        // d1: a letter on demolition, accepted, in handling past its limit (overdue in handling)
        fact(jdbc, territory, -15001, "431229001", "2011-01-10", "LETTER", "URBAN.DEMOLITION", "IN_HANDLING",
                "2011-01-25", "2011-01-12", "2011-03-13", null, "431229001");
        // d2: a visit on demolition, never decided, its acceptance due long ago (overdue at acceptance)
        fact(jdbc, territory, -15002, "431229001", "2011-01-20", "VISIT", "URBAN.DEMOLITION", "ROUTED",
                "2011-02-04", null, null, null, "431229001");
        // d3: an online item on wage arrears, answered and closed
        fact(jdbc, territory, -15003, "431229001", "2011-03-05", "ONLINE", "LABOUR.WAGE_ARREARS", "CLOSED",
                "2011-03-20", "2011-03-06", "2011-05-05", "2011-04-01", "431229001");
        // 2011, township B, held by 靖州's bureau's county (431229)
        // d4: a letter on wage arrears, never decided (overdue at acceptance)
        fact(jdbc, territory, -15004, "431229002", "2011-03-15", "LETTER", "LABOUR.WAGE_ARREARS", "ROUTED",
                "2011-03-30", null, null, null, "431229");
        // d5: a phone call on property management on the period's last day, not yet routed (no acceptance clock running)
        fact(jdbc, territory, -15005, "431229002", "2011-06-30", "PHONE", "URBAN.PROPERTY", "REGISTERED",
                "2011-07-15", null, null, null, "431229");
        // d6: the day after the period
        fact(jdbc, territory, -15006, "431229002", "2011-07-01", "LETTER", "URBAN.PROPERTY", "ROUTED",
                "2011-07-16", null, null, null, "431229");
        // 2011, another county (通道): overdue in handling, but not 靖州's
        fact(jdbc, territory, -15007, "431230001", "2011-02-01", "LETTER", "URBAN.DEMOLITION", "IN_HANDLING",
                "2011-02-16", "2011-02-03", "2011-04-04", null, "431230001");
        // 2010, township A: the year before
        fact(jdbc, territory, -15011, "431229001", "2010-01-05", "LETTER", "URBAN.DEMOLITION", "CLOSED",
                "2010-01-20", "2010-01-06", "2010-03-07", "2010-02-01", "431229001");
        fact(jdbc, territory, -15012, "431229001", "2010-03-10", "LETTER", "LABOUR.WAGE_ARREARS", "CLOSED",
                "2010-03-25", "2010-03-11", "2010-05-10", "2010-04-01", "431229001");
        fact(jdbc, territory, -15013, "431229001", "2010-03-20", "VISIT", "LABOUR.WAGE_ARREARS", "CLOSED",
                "2010-04-04", "2010-03-21", "2010-05-20", "2010-04-10", "431229001");
        // after the year-earlier days
        fact(jdbc, territory, -15014, "431229001", "2010-08-01", "VISIT", "URBAN.PROPERTY", "CLOSED",
                "2010-08-16", "2010-08-02", "2010-10-01", "2010-09-01", "431229001");
        IndicatorDataset.sumPlaceDays(jdbc);
    }

    private static void fact(NamedParameterJdbcTemplate jdbc, Territory territory, long id, String place, String received,
                             String channel, String category, String state, String acceptanceDue, String decided,
                             String handlingDue, String replied, String holder) {
        var unit = territory.unitByCode(place).orElseThrow();
        var held = territory.unitByCode(holder).orElseThrow();
        jdbc.update("""
                insert into insight_matter_fact (matter_id, event_seq, received_on, place_unit_id, place_path, channel,
                       persons, collective, repeat_of_id, leap_level, first_anywhere, handling_type, category_code, state,
                       acceptance_due_on, decided_on, accepted, handling_due_on, replied_on, satisfaction, rating_due_on,
                       concluded_on, responsible_unit_id, responsible_path, written_at)
                values (:id, 1, :received, :place, :path, :channel, 1, false, null, false, true, 'APPEAL', :category,
                       :state, :acceptanceDue, :decided, :accepted, :handlingDue, :replied, null, null, null,
                       :holder, :holderPath, now())
                on conflict (matter_id) do nothing""", new MapSqlParameterSource("id", id)
                .addValue("received", java.sql.Date.valueOf(received)).addValue("place", unit.id())
                .addValue("path", unit.path()).addValue("channel", channel).addValue("category", category)
                .addValue("state", state).addValue("acceptanceDue", java.sql.Date.valueOf(acceptanceDue))
                .addValue("decided", decided == null ? null : java.sql.Date.valueOf(decided), java.sql.Types.DATE)
                .addValue("accepted", decided != null).addValue("handlingDue", handlingDue == null ? null : java.sql.Date.valueOf(handlingDue), java.sql.Types.DATE)
                .addValue("replied", replied == null ? null : java.sql.Date.valueOf(replied), java.sql.Types.DATE)
                .addValue("holder", held.id()).addValue("holderPath", held.path()));
    }
}
