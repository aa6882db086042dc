package org.xinfang.recommendation;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.xinfang.casework.MatterPageLinks;
import org.xinfang.statute.RecommendationRules;
import org.xinfang.statute.RecommendationRules.RecommendationKind;
import org.xinfang.territory.StaffPrincipal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The matter page's links to the recommendations the matter prompted (三项建议), each with its kind, subject and where
 * its feedback stands. As on the list, only those whose issuing bureau or receiving body the viewer's area covers.
 */
@Component
@Order(30)
class RecommendationMatterLinks implements MatterPageLinks {

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    RecommendationMatterLinks(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<Link> links(StaffPrincipal viewer, Long matterId) {
        LocalDate today = LocalDate.now(clock);
        // recommendation_matter_matter_idx (V44)
        return jdbc.query("""
                select r.id, r.kind, r.subject, r.due_on, r.feedback_on
                from recommendation_matter rm join recommendation r on r.id = rm.recommendation_id
                     join unit o on o.id = r.office_unit_id join unit a on a.id = r.addressee_id
                where rm.matter_id = :matter and (o.path like :scope or a.path like :scope)
                order by r.issued_on desc, r.id desc""", new MapSqlParameterSource("matter", matterId)
                .addValue("scope", viewer.scopePath() + "%"), (rs, i) -> new Link(
                "enum.RecommendationKind." + RecommendationKind.valueOf(rs.getString("kind")).name(),
                viewer.readable(rs.getString("subject")), "/recommendations/" + rs.getLong("id"), null,
                "enum.FeedbackStatus." + RecommendationRules.status(rs.getObject("due_on", LocalDate.class),
                        rs.getObject("feedback_on", LocalDate.class), today).name()));
    }
}
