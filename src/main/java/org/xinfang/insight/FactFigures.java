package org.xinfang.insight;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The counts behind insight's own indicators, for one selection, in one query. What does not depend on today comes
 * from the period's whole months and cut days of {@link PlaceDays} in the subtree (by place, the indicators' table), or from the facts of the
 * matters a body in it holds (by holder, the ranking of departments: a small share of the facts). From the facts come
 * the matters whose acceptance, handling or rating deadline is still to come as of today (partial indexes hold only
 * those), which are not yet due, and the demands marked unreasonable, which the appraisal may leave out of
 * satisfaction. Each count is named by its column.
 */
@Component
class FactFigures {

    /** The steps not yet due as of {@code :today}, each as a condition on the facts {@code f}. */
    private static final String ACCEPTANCE_PENDING = "f.decided_on is null and f.state <> 'MERGED' and f.acceptance_due_on >= :today";
    private static final String HANDLING_PENDING = "f.replied_on is null and f.state = 'IN_HANDLING' and f.handling_due_on >= :today";
    private static final String RATING_PENDING = "f.satisfaction is null and f.replied_on is not null and f.rating_due_on >= :today";

    /** {@code %1$s}: the facts' path column of the basis; {@code %2$s}: the one-row sums of what does not depend on today. */
    private static final String QUERY = """
            with p as (select count(*) filter (where %3$s) acceptance_pending, count(*) filter (where %4$s) handling_pending,
                              count(*) filter (where %5$s) rating_pending
                       from insight_matter_fact f
                       where f.received_on between :from and :to and f.%1$s like :path and ((%3$s) or (%4$s) or (%5$s))),
                 -- a demand marked unreasonable (不合理诉求) and not withdrawn
                 m as (select count(*) filter (where f.satisfaction in %6$s) marked_satisfied,
                              count(*) filter (where f.satisfaction is not null) marked_rated
                       from insight_unreasonable_demand u join insight_matter_fact f on f.matter_id = u.matter_id
                       where u.active and f.received_on between :from and :to and f.%1$s like :path),
                 d as (%2$s)
            select d.*,
                   d.decided + d.undecided - p.acceptance_pending acceptance_due,
                   d.replied_due + d.handling_open - p.handling_pending completion_due,
                   d.rated + d.unrated_replied - p.rating_pending rating_eligible,
                   d.handling_open - p.handling_pending overdue_now,
                   d.satisfied - m.marked_satisfied satisfied_reasonable,
                   d.rated - m.marked_rated rated_reasonable
            from d, p, m
            """;

    private static final Map<Selection.Basis, String> QUERIES = new EnumMap<>(Selection.Basis.class);

    static {
        String facts = PlaceDays.COLUMNS.entrySet().stream().map(e -> "coalesce(" + e.getValue() + ", 0) " + e.getKey())
                .collect(Collectors.joining(", "));
        QUERIES.put(Selection.Basis.PLACE, query("place_path", "select " + PlaceDays.sums() + " from "
                + PlaceDays.rows(String.join(", ", PlaceDays.COLUMNS.keySet())) + " d"));
        QUERIES.put(Selection.Basis.HOLDER, query("responsible_path", "select " + facts + " from insight_matter_fact f"
                + " where f.received_on between :from and :to and f.responsible_path like :path"));
    }

    private static String query(String pathColumn, String sums) {
        return QUERY.formatted(pathColumn, sums, ACCEPTANCE_PENDING, HANDLING_PENDING, RATING_PENDING, PlaceDays.SATISFIED);
    }

    private final NamedParameterJdbcTemplate jdbc;

    FactFigures(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The counts of {@code selection}, computed once for it. */
    private Counts of(Selection selection) {
        return selection.shared(FactFigures.class, () -> Counts.query(jdbc, QUERIES.get(selection.basis()),
                PlaceDays.cover(selection.from(), selection.to(), selection.parameters())));
    }

    /** One count of {@code selection} by its column's name. */
    long count(Selection selection, String column) {
        return of(selection).count(column);
    }
}
