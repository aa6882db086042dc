package org.xinfang.mediation;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.xinfang.casework.MatterPageLinks;
import org.xinfang.mediation.Mediations.AgreementStage;
import org.xinfang.territory.StaffPrincipal;

import java.util.List;

/**
 * The matter page's link to the matter's mediation record: how many sessions, and how far the best of them went (an
 * agreement confirmed, in force, awaiting signatures, or else the last session's outcome). Whoever sees the matter sees
 * its sessions.
 */
@Component
@Order(10)
class MediationMatterLinks implements MatterPageLinks {

    private final NamedParameterJdbcTemplate jdbc;

    MediationMatterLinks(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Link> links(StaffPrincipal viewer, Long matterId) {
        // mediation_session_matter_idx, then the agreement by its unique session
        return jdbc.query("""
                select count(*) n, bool_or(a.confirmed_on is not null) confirmed, bool_or(a.effective_on is not null) effective,
                       bool_or(a.id is not null) made, (array_agg(s.outcome order by s.held_on desc, s.id desc))[1] last
                from mediation_session s left join mediation_agreement a on a.session_id = s.id
                where s.matter_id = :matter""", new MapSqlParameterSource("matter", matterId), (rs, i) -> {
            int n = rs.getInt("n");
            if (n == 0) {
                return null;
            }
            String status = rs.getBoolean("confirmed") ? stage(AgreementStage.CONFIRMED)
                    : rs.getBoolean("effective") ? stage(AgreementStage.EFFECTIVE)
                    : rs.getBoolean("made") ? stage(AgreementStage.UNSIGNED)
                    : "enum.SessionOutcome." + SessionOutcome.valueOf(rs.getString("last")).name();
            return new Link("nav.mediation", null, "/mediation/matters/" + matterId, n, status);
        }).stream().filter(java.util.Objects::nonNull).toList();
    }

    private static String stage(AgreementStage stage) {
        return "enum.AgreementStage." + stage.name();
    }
}
