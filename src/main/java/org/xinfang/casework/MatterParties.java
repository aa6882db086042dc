package org.xinfang.casework;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/**
 * Whom a matter concerns, for the notification module (三级四线): its petitioner and the phone given on the matter, the
 * place it arose (the village and township above it are notified), and the leader holding it as a package case (the
 * unit holding it is on the event), and the unit an accusation is about, which is told nothing of it (2022 art. 30 ¶3).
 * The phone is personal data: the caller sends to it only when it was verified, and never logs it.
 */
@Service
public class MatterParties {

    public record Parties(Long matterId, String referenceNo, String title, Long petitionerId, String contactPhone,
                          Long placeUnitId, String packageLeader, String accusedUnitPath) {

        /** Whether a member of staff of the unit at {@code unitPath} is on the side the accusation is about. */
        public boolean accusedSide(String unitPath) {
            return accusedUnitPath != null && unitPath != null && unitPath.startsWith(accusedUnitPath);
        }

        @Override
        public String toString() {
            return "Parties[" + matterId + "]";
        }
    }

    private final NamedParameterJdbcTemplate jdbc;

    MatterParties(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<Parties> of(Long matterId) {
        return jdbc.query("""
                select m.id, m.reference_no, m.title, m.petitioner_id, c.phone, m.place_unit_id, m.package_leader,
                       m.accused_unit_path
                from matter m left join matter_contact c on c.matter_id = m.id and c.petitioner_id = m.petitioner_id
                where m.id = :id""", new MapSqlParameterSource("id", matterId), (rs, i) -> new Parties(rs.getLong(1),
                rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5), rs.getLong(6), rs.getString(7),
                rs.getString(8))).stream().findFirst();
    }

    /**
     * The latest {@code limit} steps of these types, the latest first, as the events that told them (the holder is
     * the matter's now): for generated data that did not go through the events, such as the demo city's inboxes.
     */
    @Transactional(readOnly = true)
    public java.util.List<MatterTransitioned> latestSteps(java.util.Collection<MatterEventType> types, int limit) {
        return jdbc.query("""
                select e.matter_id, e.seq, e.type, e.from_state, e.to_state, m.responsible_unit_id, m.responsible_path,
                       m.due_step, m.due_on, e.occurred_at, e.actor_unit_id, e.actor
                from matter_event e join matter m on m.id = e.matter_id
                where e.type = any(:types) order by e.occurred_at desc, e.id desc limit :limit""",
                new MapSqlParameterSource("types", types.stream().map(Enum::name).toArray(String[]::new))
                        .addValue("limit", limit),
                (rs, i) -> new MatterTransitioned(rs.getLong(1), rs.getInt(2), MatterEventType.valueOf(rs.getString(3)),
                        rs.getString(4) == null ? null : MatterState.valueOf(rs.getString(4)), MatterState.valueOf(rs.getString(5)),
                        rs.getLong(6), rs.getString(7), rs.getString(8) == null ? null : DueStep.valueOf(rs.getString(8)),
                        rs.getObject(9, java.time.LocalDate.class), rs.getTimestamp(10).toInstant(),
                        (Long) rs.getObject(11), Actor.PETITIONER.username().equals(rs.getString(12))));
    }
}
