package org.xinfang.insight;

import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.xinfang.intake.Channel;
import org.xinfang.statute.HandlingType;

import java.sql.Types;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Insight's figures by place and day ({@code insight_place_day}, V54): for each place and day of receipt, the sums of
 * its matters' facts that do not depend on today, each column named by what it counts. The facts' writer recomputes
 * the days it touched in the same transaction ({@link #recompute}); {@link FactFigures} adds a period's rows up.
 */
@Component
class PlaceDays {

    /** The satisfaction ratings that count as satisfied (满意 and 基本满意). */
    static final String SATISFIED = "('SATISFIED', 'BASICALLY_SATISFIED')";

    /** Each column and the aggregate over the facts {@code f} of one place and day that fills it, in the table's order. */
    static final Map<String, String> COLUMNS = columns();

    private final NamedParameterJdbcTemplate jdbc;

    PlaceDays(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static Map<String, String> columns() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("items", "count(*)");
        c.put("persons", "sum(f.persons)");
        for (Channel ch : Channel.values()) {
            // the names are the enums' constants, never input
            c.put("items_" + ch, "count(*) filter (where f.channel = '" + ch + "')");
            c.put("persons_" + ch, "coalesce(sum(f.persons) filter (where f.channel = '" + ch + "'), 0)");
        }
        for (HandlingType t : HandlingType.values()) {
            c.put("type_" + t, "count(*) filter (where f.handling_type = '" + t + "')");
        }
        c.put("repeat_items", "count(*) filter (where f.repeat_of_id is not null)");
        c.put("repeat_visits", "count(*) filter (where f.repeat_of_id is not null and f.channel = 'VISIT')");
        c.put("repeat_visit_persons", "coalesce(sum(f.persons) filter (where f.repeat_of_id is not null and f.channel = 'VISIT'), 0)");
        c.put("collective_visits", "count(*) filter (where f.collective)");
        c.put("collective_persons", "coalesce(sum(f.persons) filter (where f.collective), 0)");
        c.put("leap_visits", "count(*) filter (where f.leap_level and f.channel = 'VISIT')");
        c.put("leap_persons", "coalesce(sum(f.persons) filter (where f.leap_level and f.channel = 'VISIT'), 0)");
        c.put("accepted_on_time", "count(*) filter (where f.decided_on <= f.acceptance_due_on)");
        // due for acceptance = decided + undecided whose day has passed: the second term is counted at query time
        c.put("decided", "count(*) filter (where f.state <> 'MERGED' and f.decided_on is not null)");
        c.put("undecided", "count(*) filter (where f.state <> 'MERGED' and f.decided_on is null)");
        c.put("completed_on_time", "count(*) filter (where f.replied_on <= f.handling_due_on)");
        c.put("replied_due", "count(*) filter (where f.handling_due_on is not null and f.replied_on is not null)");
        c.put("handling_open", "count(*) filter (where f.handling_due_on is not null and f.replied_on is null and f.state = 'IN_HANDLING')");
        c.put("satisfied", "count(*) filter (where f.satisfaction in " + SATISFIED + ")");
        c.put("rated", "count(*) filter (where f.satisfaction is not null)");
        c.put("unrated_replied", "count(*) filter (where f.satisfaction is null and f.replied_on is not null and f.rating_due_on is not null)");
        c.put("initial_persons", "coalesce(sum(f.persons) filter (where f.first_anywhere and f.replied_on is not null), 0)");
        // resolved at the first petition: answered, and never repeated since
        c.put("initial_resolved_persons", "coalesce(sum(f.persons) filter (where f.first_anywhere and f.replied_on is not null"
                + " and not exists (select 1 from insight_matter_fact x where x.repeat_of_id = f.matter_id)), 0)");
        return java.util.Collections.unmodifiableMap(c);
    }

    /** The place and day of receipt of a matter's facts. */
    record Key(long placeUnitId, LocalDate receivedOn) {
    }

    /** The keys of the facts of the matters {@code matterIds} as they stand. */
    List<Key> keysOf(Collection<Long> matterIds) {
        if (matterIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query("select place_unit_id, received_on from insight_matter_fact where matter_id = any(:ids)",
                new MapSqlParameterSource("ids", new SqlParameterValue(Types.ARRAY, matterIds.toArray(new Long[0]))),
                (rs, i) -> new Key(rs.getLong(1), rs.getObject(2, LocalDate.class)));
    }

    /** Sums the facts of each of {@code keys} again, dropping a day that has none left. */
    void recompute(Collection<Key> keys) {
        if (keys.isEmpty()) {
            return;
        }
        List<Key> distinct = keys.stream().distinct().toList();
        MapSqlParameterSource p = new MapSqlParameterSource()
                .addValue("places", new SqlParameterValue(Types.ARRAY, distinct.stream().map(Key::placeUnitId).toArray(Long[]::new)))
                .addValue("days", new SqlParameterValue(Types.ARRAY, distinct.stream().map(k -> k.receivedOn().toString()).toArray(String[]::new)));
        String keysTable = "unnest(:places::bigint[], :days::date[]) k(place_unit_id, received_on)";
        jdbc.update("delete from insight_place_day d using " + keysTable
                + " where d.place_unit_id = k.place_unit_id and d.received_on = k.received_on", p);
        jdbc.update("insert into insight_place_day (place_unit_id, place_path, received_on, " + String.join(", ", COLUMNS.keySet())
                + ") select f.place_unit_id, min(f.place_path), f.received_on, " + String.join(", ", COLUMNS.values())
                + " from insight_matter_fact f join " + keysTable
                + " on f.place_unit_id = k.place_unit_id and f.received_on = k.received_on group by f.place_unit_id, f.received_on", p);
    }

    /** {@code sum(column) column, ...} of every column: a period's figures from its rows {@code d}. */
    static String sums() {
        return COLUMNS.keySet().stream().map(c -> "coalesce(sum(d." + c + "), 0) " + c).collect(Collectors.joining(", "));
    }
}
