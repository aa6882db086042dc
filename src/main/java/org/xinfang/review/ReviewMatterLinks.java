package org.xinfang.review;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.xinfang.casework.MatterPageLinks;
import org.xinfang.casework.ReviewOutcome;
import org.xinfang.territory.StaffPrincipal;

import java.util.List;

/**
 * The matter page's links to the matter's review and re-review committee cases (复查、复核), each with its opinion or
 * "before the committee", and to the support given after finality (art. 37 ¶3) when some was recorded. Whoever sees
 * the matter sees them ({@link ReviewCommittees#visibleCase}).
 */
@Component
@Order(20)
class ReviewMatterLinks implements MatterPageLinks {

    private final NamedParameterJdbcTemplate jdbc;

    ReviewMatterLinks(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Link> links(StaffPrincipal viewer, Long matterId) {
        // review_case's unique (matter_id, stage) and review_support_matter, in one statement
        return jdbc.query("""
                select id, stage, opinion_outcome, null::bigint n, case stage when 'REVIEW' then 0 else 1 end o
                from review_case where matter_id = :matter
                union all
                select null, null, null, count(*), 2 from review_support where matter_id = :matter having count(*) > 0
                order by o""", new MapSqlParameterSource("matter", matterId), (rs, i) -> {
            String stage = rs.getString("stage");
            if (stage == null) {
                return new Link("review.support.title", null, "/review/support/" + matterId, rs.getInt("n"), null);
            }
            String outcome = rs.getString("opinion_outcome");
            return new Link("enum.ReviewStage." + ReviewStage.valueOf(stage).name(), null, "/review/cases/" + rs.getLong("id"),
                    null, outcome == null ? "review.links.before-committee" : "enum.ReviewOutcome." + ReviewOutcome.valueOf(outcome).name());
        });
    }
}
