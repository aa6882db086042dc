package org.xinfang.insight;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.xinfang.intake.Channel;
import org.xinfang.statute.HandlingType;

import java.sql.ResultSetMetaData;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The counts behind insight's own indicators, for one selection, in one aggregate over the facts of the matters
 * received in its days that arose in its subtree, or that a body in it holds (by the selection's basis; both indexed
 * by path and day). Each count is named by its column.
 */
@Component
class FactFigures {

    /** The satisfaction ratings that count as satisfied (满意 and 基本满意). */
    private static final String SATISFIED = "('SATISFIED', 'BASICALLY_SATISFIED')";

    /** A demand marked unreasonable (不合理诉求) and not withdrawn: the appraisal may leave it out of satisfaction. */
    private static final String REASONABLE = "not exists (select 1 from insight_unreasonable_demand u"
            + " where u.matter_id = f.matter_id and u.active)";

    private static final java.util.EnumMap<Selection.Basis, String> QUERIES = new java.util.EnumMap<>(Selection.Basis.class);

    static {
        StringBuilder q = new StringBuilder("select count(*) items, coalesce(sum(f.persons), 0) persons");
        for (Channel c : Channel.values()) {
            // the names are the enums' constants, never input
            q.append(", count(*) filter (where f.channel = '").append(c).append("') items_").append(c)
                    .append(", coalesce(sum(f.persons) filter (where f.channel = '").append(c).append("'), 0) persons_").append(c);
        }
        for (HandlingType t : HandlingType.values()) {
            q.append(", count(*) filter (where f.handling_type = '").append(t).append("') type_").append(t);
        }
        q.append("""
                , count(*) filter (where f.repeat_of_id is not null) repeat_items
                , count(*) filter (where f.repeat_of_id is not null and f.channel = 'VISIT') repeat_visits
                , coalesce(sum(f.persons) filter (where f.repeat_of_id is not null and f.channel = 'VISIT'), 0) repeat_visit_persons
                , count(*) filter (where f.collective) collective_visits
                , coalesce(sum(f.persons) filter (where f.collective), 0) collective_persons
                , count(*) filter (where f.leap_level and f.channel = 'VISIT') leap_visits
                , coalesce(sum(f.persons) filter (where f.leap_level and f.channel = 'VISIT'), 0) leap_persons
                , count(*) filter (where f.decided_on <= f.acceptance_due_on) accepted_on_time
                , count(*) filter (where f.state <> 'MERGED'
                                     and (f.decided_on is not null or f.acceptance_due_on < :today)) acceptance_due
                , count(*) filter (where f.replied_on <= f.handling_due_on) completed_on_time
                , count(*) filter (where f.handling_due_on is not null and (f.replied_on is not null
                                     or (f.handling_due_on < :today and f.state = 'IN_HANDLING'))) completion_due
                , count(*) filter (where f.satisfaction in %1$s) satisfied
                , count(*) filter (where f.satisfaction is not null) rated
                , count(*) filter (where f.satisfaction is not null
                                     or (f.replied_on is not null and f.rating_due_on < :today)) rating_eligible
                , count(*) filter (where f.satisfaction in %1$s and %2$s) satisfied_reasonable
                , count(*) filter (where f.satisfaction is not null and %2$s) rated_reasonable
                , count(*) filter (where f.state = 'IN_HANDLING' and f.handling_due_on < :today) overdue_now
                , coalesce(sum(f.persons) filter (where f.first_anywhere and f.replied_on is not null), 0) initial_persons
                , coalesce(sum(f.persons) filter (where f.first_anywhere and f.replied_on is not null
                                     and r.repeat_of_id is null), 0) initial_resolved_persons
                from insight_matter_fact f
                left join (select distinct repeat_of_id from insight_matter_fact where repeat_of_id is not null) r
                       on r.repeat_of_id = f.matter_id
                where f.received_on between :from and :to and f.%3$s like :path
                """);
        QUERIES.put(Selection.Basis.PLACE, q.toString().formatted(SATISFIED, REASONABLE, "place_path"));
        QUERIES.put(Selection.Basis.HOLDER, q.toString().formatted(SATISFIED, REASONABLE, "responsible_path"));
    }

    private final NamedParameterJdbcTemplate jdbc;

    FactFigures(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The counts of {@code selection}, computed once for it. */
    Map<String, Long> of(Selection selection) {
        return selection.shared(FactFigures.class, () -> jdbc.query(QUERIES.get(selection.basis()), new MapSqlParameterSource("from", selection.from())
                .addValue("to", selection.to()).addValue("today", selection.today())
                .addValue("path", selection.path() + "%"), rs -> {
            Map<String, Long> counts = new HashMap<>();
            rs.next();
            ResultSetMetaData columns = rs.getMetaData();
            for (int i = 1; i <= columns.getColumnCount(); i++) {
                counts.put(columns.getColumnLabel(i).toLowerCase(Locale.ROOT), rs.getLong(i));
            }
            return counts;
        }));
    }

    /** One count of {@code selection} by its column's name. */
    long count(Selection selection, String column) {
        Long n = of(selection).get(column.toLowerCase(Locale.ROOT));
        if (n == null) {
            throw new IllegalArgumentException("no count " + column);
        }
        return n;
    }
}
