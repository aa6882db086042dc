package org.xinfang.insight;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;


/**
 * The counts behind insight's own indicators, for one selection, in one query: the period's rows of
 * {@link PlaceDays} in its subtree added up (indexed by path and day), and, from the facts, the matters whose
 * acceptance, handling or rating deadline is still to come as of today (partial indexes hold only those), which are
 * not yet due. Each count is named by its column.
 */
@Component
class FactFigures {

    /** The steps not yet due as of {@code :today}, each as a condition on the facts {@code f}. */
    private static final String ACCEPTANCE_PENDING = "f.decided_on is null and f.state <> 'MERGED' and f.acceptance_due_on >= :today";
    private static final String HANDLING_PENDING = "f.replied_on is null and f.state = 'IN_HANDLING' and f.handling_due_on >= :today";
    private static final String RATING_PENDING = "f.satisfaction is null and f.replied_on is not null and f.rating_due_on >= :today";

    private static final String QUERY = """
            with p as (select count(*) filter (where %1$s) acceptance_pending, count(*) filter (where %2$s) handling_pending,
                              count(*) filter (where %3$s) rating_pending
                       from insight_matter_fact f
                       where f.received_on between :from and :to and f.place_path like :path
                         and ((%1$s) or (%2$s) or (%3$s)))
            select %4$s,
                   coalesce(sum(d.decided), 0) + coalesce(sum(d.undecided), 0) - min(p.acceptance_pending) acceptance_due,
                   coalesce(sum(d.replied_due), 0) + coalesce(sum(d.handling_open), 0) - min(p.handling_pending) completion_due,
                   coalesce(sum(d.rated), 0) + coalesce(sum(d.unrated_replied), 0) - min(p.rating_pending) rating_eligible
            from p left join insight_place_day d on d.received_on between :from and :to and d.place_path like :path
            """.formatted(ACCEPTANCE_PENDING, HANDLING_PENDING, RATING_PENDING, PlaceDays.sums());

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
