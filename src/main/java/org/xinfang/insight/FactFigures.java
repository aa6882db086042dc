package org.xinfang.insight;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.xinfang.intake.Channel;
import org.xinfang.statute.HandlingType;


/**
 * The counts behind insight's own indicators, for one selection, in one aggregate over the facts of the matters
 * received in its days that arose in its subtree (indexed by path and day). Each count is named by its column.
 */
@Component
class FactFigures {

    /** The satisfaction ratings that count as satisfied (满意 and 基本满意). */
    private static final String SATISFIED = "('SATISFIED', 'BASICALLY_SATISFIED')";

    private static final String QUERY;

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
                , count(*) filter (where f.satisfaction in %s) satisfied
                , count(*) filter (where f.satisfaction is not null) rated
                , count(*) filter (where f.satisfaction is not null
                                     or (f.replied_on is not null and f.rating_due_on < :today)) rating_eligible
                , coalesce(sum(f.persons) filter (where f.first_anywhere and f.replied_on is not null), 0) initial_persons
                , coalesce(sum(f.persons) filter (where f.first_anywhere and f.replied_on is not null
                                     and r.repeat_of_id is null), 0) initial_resolved_persons
                from insight_matter_fact f
                left join (select distinct repeat_of_id from insight_matter_fact where repeat_of_id is not null) r
                       on r.repeat_of_id = f.matter_id
                where f.received_on between :from and :to and f.place_path like :path
                """.formatted(SATISFIED));
        QUERY = q.toString();
    }

    private final NamedParameterJdbcTemplate jdbc;

    FactFigures(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The counts of {@code selection}, computed once for it. */
    private Counts of(Selection selection) {
        return selection.shared(FactFigures.class, () -> Counts.query(jdbc, QUERY, selection.parameters()));
    }

    /** One count of {@code selection} by its column's name. */
    long count(Selection selection, String column) {
        return of(selection).count(column);
    }
}
