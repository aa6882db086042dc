package org.xinfang.prevention;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.xinfang.casework.MatterPageLinks;
import org.xinfang.statute.RiskLevel;
import org.xinfang.statute.RiskRules;
import org.xinfang.territory.StaffPrincipal;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The matter page's link to the social stability risk assessment (社会稳定风险评估) of the project or decision the matter
 * arises from, with its level today ({@link RiskRules#currentLevel}, which the matters linked to it raise). Only for a
 * viewer whose area covers the assessing government, as on the assessment's page.
 */
@Component
@Order(40)
class PreventionMatterLinks implements MatterPageLinks {

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    PreventionMatterLinks(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<Link> links(StaffPrincipal viewer, Long matterId) {
        LocalDate today = LocalDate.now(clock);
        // risk_matter's key finds the assessment, risk_matter_assessment_idx its other matters (for the level today)
        return jdbc.query("""
                select a.id, a.reference_no, a.kind, a.title, a.assessed_level, a.assessed_on,
                       array_agg(o.received_on) received, array_agg(o.collective) collective
                from risk_matter rm join risk_assessment a on a.id = rm.assessment_id
                     join risk_matter o on o.assessment_id = a.id
                where rm.matter_id = :matter and a.unit_path like :scope || '%'
                group by a.id""", new MapSqlParameterSource("matter", matterId).addValue("scope", viewer.scopePath()),
                (rs, i) -> {
                    Date[] received = (Date[]) rs.getArray("received").getArray();
                    Boolean[] collective = (Boolean[]) rs.getArray("collective").getArray();
                    List<RiskRules.LinkedMatter> linked = new ArrayList<>();
                    for (int k = 0; k < received.length; k++) {
                        linked.add(new RiskRules.LinkedMatter(received[k].toLocalDate(), collective[k]));
                    }
                    RiskRules.CurrentLevel level = RiskRules.currentLevel(RiskLevel.valueOf(rs.getString("assessed_level")),
                            rs.getObject("assessed_on", LocalDate.class), linked, today);
                    return new Link("enum.AssessmentKind." + AssessmentKind.valueOf(rs.getString("kind")).name(),
                            rs.getString("reference_no") + " " + viewer.readable(rs.getString("title")),
                            "/prevention/assessments/" + rs.getLong("id"), null, "enum.RiskLevel." + level.level().name());
                });
    }
}
