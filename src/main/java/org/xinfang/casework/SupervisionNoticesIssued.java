package org.xinfang.casework;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The supervision notices (督办单) issued on matters, as their timelines hold them, for coordination's follow-up of
 * each notice (the answer, the suggestion, the feedback on its adoption, the escalation): who issued it, to the unit
 * holding the matter, when and why. Issuing is the matter's own step ({@link MatterCommand.Supervision}).
 */
@Service
public class SupervisionNoticesIssued {

    /** A notice: the matter, its place on the timeline, when, by which unit, to the unit holding the matter, why. */
    public record Issued(Long matterId, int seq, Instant at, Long byUnitId, Long toUnitId, String reason) {
    }

    private static final String ISSUED = """
            select e.matter_id, e.seq, e.occurred_at, e.actor_unit_id, m.responsible_unit_id, e.reason
              from matter_event e join matter m on m.id = e.matter_id
             where e.type = 'SUPERVISION_NOTICE_ISSUED'""";

    private static final RowMapper<Issued> ROW = (rs, i) -> new Issued(rs.getLong(1), rs.getInt(2),
            rs.getTimestamp(3).toInstant(), (Long) rs.getObject(4), (Long) rs.getObject(5), rs.getString(6));

    private final NamedParameterJdbcTemplate jdbc;

    SupervisionNoticesIssued(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every notice issued, the oldest first (imported history). */
    @Transactional(readOnly = true)
    public List<Issued> all() {
        return jdbc.query(ISSUED + " order by e.occurred_at, e.id", ROW);
    }

    /** The notice at {@code seq} on the matter's timeline. */
    @Transactional(readOnly = true)
    public Optional<Issued> of(Long matterId, int seq) {
        return jdbc.query(ISSUED + " and e.matter_id = :m and e.seq = :seq", new MapSqlParameterSource("m", matterId)
                .addValue("seq", seq), ROW).stream().findFirst();
    }
}
