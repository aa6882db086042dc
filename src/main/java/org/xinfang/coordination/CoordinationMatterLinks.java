package org.xinfang.coordination;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.xinfang.casework.MatterPageLinks;
import org.xinfang.territory.StaffPrincipal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The matter page's links to what coordination holds of the matter: its backlog case (积案台账; settled or still being
 * resolved), its joint case (联合办理) and each supervision notice (督办单, by the day issued; answered, awaiting an
 * answer, or overdue).
 * Each page opens to whoever sees the matter ({@link BacklogRegister#visibleCase}, {@link JointCases#visibleCase},
 * {@link SupervisionNotices#visible}).
 */
@Component
@Order(50)
class CoordinationMatterLinks implements MatterPageLinks {

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    CoordinationMatterLinks(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<Link> links(StaffPrincipal viewer, Long matterId) {
        // each table's unique key on the matter (supervision_notice's (matter_id, matter_seq)), in one statement
        return jdbc.query("""
                select 'backlog' what, id, case when settled_on is null then 'backlog.open' else 'backlog.settled-list' end status,
                       null::date issued
                from backlog_case where matter_id = :matter
                union all
                select 'joint', id, null, null from joint_case where matter_id = :matter
                union all
                select 'notice', id, case when answered_on is not null then 'coordination.links.answered'
                                          when answer_due_on < :today then 'notice.ignored'
                                          else 'coordination.links.awaiting' end, issued_on
                from supervision_notice where matter_id = :matter
                order by what, issued, id""", new MapSqlParameterSource("matter", matterId)
                .addValue("today", LocalDate.now(clock)), (rs, i) -> {
            long id = rs.getLong("id");
            String status = rs.getString("status");
            return switch (rs.getString("what")) {
                case "backlog" -> new Link("nav.backlog", null, "/backlog/" + id, null, status);
                case "joint" -> new Link("nav.joint-cases", null, "/joint-cases/" + id, null, null);
                default -> new Link("notice.title", rs.getObject("issued", LocalDate.class).toString(),
                        "/supervision/notices/" + id, null, status);
            };
        });
    }
}
