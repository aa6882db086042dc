package org.xinfang.relief;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.xinfang.casework.MatterPageLinks;
import org.xinfang.territory.StaffPrincipal;

import java.util.List;

/**
 * The matter page's links to the relief applications (救助申请) made on the matter, each with its amount and stage,
 * opening the budget's page at the application. Only those of a budget the viewer may see, as on the budget's page: of
 * a unit in the viewer's area, or of a unit above it.
 */
@Component
@Order(25)
class ReliefMatterLinks implements MatterPageLinks {

    private final NamedParameterJdbcTemplate jdbc;

    ReliefMatterLinks(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Link> links(StaffPrincipal viewer, Long matterId) {
        // relief_application_matter_idx (V46)
        return jdbc.query("""
                select a.id, a.budget_id, a.amount, a.stage
                from relief_application a join relief_budget b on b.id = a.budget_id
                where a.matter_id = :matter and """ + ReliefFund.VISIBLE_BUDGET + " order by a.id",
                new MapSqlParameterSource("matter", matterId).addValue("scope", viewer.scopePath()),
                (rs, i) -> new Link("relief.link", rs.getBigDecimal("amount").toPlainString(),
                        "/relief/" + rs.getLong("budget_id") + "#application-" + rs.getLong("id"), null,
                        "enum.ReliefStage." + ReliefStage.valueOf(rs.getString("stage")).name()));
    }
}
