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
 * Insight's figures by place and day ({@code insight_place_day}, V54) and by place and month ({@code
 * insight_place_month}, V55): for each place and day (month) of receipt, the sums of its matters' facts that do not
 * depend on today, each column named by what it counts; and the items by category of each area and month ({@code
 * insight_area_month_category}). The facts' writer recomputes the days it touched, their months and their areas' months
 * in the same transaction ({@link #recompute}); {@link FactFigures} and {@link DashboardFigures} add a period's whole
 * months and cut days up ({@link #rows}).
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

    /**
     * The area of a place (its path {@code f.place_path}) in {@code insight_area_month_category}: the first two levels of
     * the path, a county, or the root itself for a place directly under it. {@link #area} is the same in Java.
     */
    static final String AREA = "substring(f.place_path from '^/[0-9]+/(?:[0-9]+/)?')";

    /** The place (and its path) and day of receipt of a matter's facts. */
    record Key(long placeUnitId, String placePath, LocalDate receivedOn) {
    }

    /** The keys of the facts of the matters {@code matterIds} as they stand. */
    List<Key> keysOf(Collection<Long> matterIds) {
        if (matterIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query("select place_unit_id, place_path, received_on from insight_matter_fact where matter_id = any(:ids)",
                new MapSqlParameterSource("ids", new SqlParameterValue(Types.ARRAY, matterIds.toArray(new Long[0]))),
                (rs, i) -> new Key(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class)));
    }

    /**
     * Sums the facts of each of {@code keys} again, dropping a day that has none left; then the months of those days from
     * their days, and the categories of their areas' months from the facts.
     */
    void recompute(Collection<Key> keys) {
        if (keys.isEmpty()) {
            return;
        }
        List<Key> distinct = keys.stream().distinct().toList();
        MapSqlParameterSource p = new MapSqlParameterSource()
                .addValue("places", array(distinct.stream().map(Key::placeUnitId).toArray(Long[]::new)))
                .addValue("days", array(distinct.stream().map(k -> k.receivedOn().toString()).toArray(String[]::new)));
        String keysTable = "unnest(:places::bigint[], :days::date[]) k(place_unit_id, received_on)";
        String columns = String.join(", ", COLUMNS.keySet());
        jdbc.update("delete from insight_place_day d using " + keysTable
                + " where d.place_unit_id = k.place_unit_id and d.received_on = k.received_on", p);
        jdbc.update("insert into insight_place_day (place_unit_id, place_path, received_on, " + columns
                + ") select f.place_unit_id, min(f.place_path), f.received_on, " + String.join(", ", COLUMNS.values())
                + " from insight_matter_fact f join " + keysTable
                + " on f.place_unit_id = k.place_unit_id and f.received_on = k.received_on group by f.place_unit_id, f.received_on", p);

        String months = "(select distinct k.place_unit_id, date_trunc('month', k.received_on)::date month_start from "
                + keysTable + ") k";
        jdbc.update("delete from insight_place_month m using " + months
                + " where m.place_unit_id = k.place_unit_id and m.month_start = k.month_start", p);
        jdbc.update("insert into insight_place_month (place_unit_id, place_path, month_start, " + columns
                + ") select d.place_unit_id, min(d.place_path), k.month_start, "
                + COLUMNS.keySet().stream().map(c -> "sum(d." + c + ")").collect(Collectors.joining(", "))
                + " from insight_place_day d join " + months + " on d.place_unit_id = k.place_unit_id"
                + " and d.received_on between k.month_start and (k.month_start + interval '1 month' - interval '1 day')::date"
                + " group by d.place_unit_id, k.month_start", p);

        record AreaMonth(String area, String month) {
        }
        List<AreaMonth> areaMonths = distinct.stream()
                .map(k -> new AreaMonth(area(k.placePath()), k.receivedOn().withDayOfMonth(1).toString())).distinct().toList();
        MapSqlParameterSource a = new MapSqlParameterSource()
                .addValue("areas", array(areaMonths.stream().map(AreaMonth::area).toArray(String[]::new)))
                .addValue("months", array(areaMonths.stream().map(AreaMonth::month).toArray(String[]::new)));
        String areaTable = "unnest(:areas::text[], :months::date[]) k(area_path, month_start)";
        jdbc.update("delete from insight_area_month_category c using " + areaTable
                + " where c.area_path = k.area_path and c.month_start = k.month_start", a);
        jdbc.update("insert into insight_area_month_category (area_path, month_start, category_code, items)"
                + " select k.area_path, k.month_start, f.category_code, count(*) from insight_matter_fact f join " + areaTable
                + " on " + AREA + " = k.area_path and f.received_on between k.month_start"
                + " and (k.month_start + interval '1 month' - interval '1 day')::date group by 1, 2, 3", a);
    }

    /** {@link #AREA} of a place's path. */
    static String area(String placePath) {
        int first = placePath.indexOf('/', 1);
        int second = first < 0 ? -1 : placePath.indexOf('/', first + 1);
        return second < 0 ? placePath : placePath.substring(0, second + 1);
    }

    /** Whether the figures of a unit (its path) come whole from its areas' categories: a unit on the areas' levels. */
    static boolean coversAreas(String unitPath) {
        return unitPath.chars().filter(c -> c == '/').count() <= 3;
    }

    /**
     * Adds to {@code p} (which has {@code :from} and {@code :to}) how {@link #rows} splits the days {@code from} to
     * {@code to}: the whole months {@code :monthFrom} to {@code :monthTo} (the first days of), and the cut days before
     * and after them ({@code :from} to {@code :headTo}, {@code :tailFrom} to {@code :to}).
     */
    static MapSqlParameterSource cover(LocalDate from, LocalDate to, MapSqlParameterSource p) {
        LocalDate monthFrom = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate monthTo = to.plusDays(1).withDayOfMonth(1).minusMonths(1);
        if (monthTo.isBefore(monthFrom)) {
            // no whole month: every day on its own
            return p.addValue("monthFrom", to.plusDays(1)).addValue("monthTo", from).addValue("headTo", to)
                    .addValue("tailFrom", to.plusDays(1));
        }
        return p.addValue("monthFrom", monthFrom).addValue("monthTo", monthTo).addValue("headTo", monthFrom.minusDays(1))
                .addValue("tailFrom", monthTo.plusMonths(1));
    }

    /**
     * The rows of the subtree {@code :path} that add up to the days {@link #cover}ed: the places' whole months and the
     * cut days, with {@code day} (a month's first day, or the day) and {@code columns} (bare column names).
     */
    static String rows(String columns) {
        return "(select m.month_start as day, " + columns + " from insight_place_month m"
                + " where m.month_start between :monthFrom and :monthTo and m.place_path like :path"
                + " union all select m.received_on, " + columns + " from insight_place_day m where m.place_path like :path"
                + " and (m.received_on between :from and :headTo or m.received_on between :tailFrom and :to))";
    }

    /**
     * The items by category of the subtree {@code :path} in the days {@link #cover}ed, as rows {@code (category_code,
     * items)}: for a unit on the areas' levels, its areas' whole months and the facts of the cut days; below, its facts.
     */
    static String categories(String unitPath) {
        if (!coversAreas(unitPath)) {
            return "(select f.category_code, 1 items from insight_matter_fact f where f.place_path like :path"
                    + " and f.received_on between :from and :to)";
        }
        return "(select c.category_code, c.items from insight_area_month_category c where c.area_path like :path"
                + " and c.month_start between :monthFrom and :monthTo"
                + " union all select f.category_code, 1 from insight_matter_fact f where f.place_path like :path"
                + " and (f.received_on between :from and :headTo or f.received_on between :tailFrom and :to))";
    }

    private static SqlParameterValue array(Object[] values) {
        return new SqlParameterValue(Types.ARRAY, values);
    }

    /** {@code sum(column) column, ...} of every column: a period's figures from its rows {@code d}. */
    static String sums() {
        return COLUMNS.keySet().stream().map(c -> "coalesce(sum(d." + c + "), 0) " + c).collect(Collectors.joining(", "));
    }
}
