package org.xinfang.casework;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/**
 * Whom a matter concerns, for the notification module (三级四线): its petitioner and the phone given on the matter, the
 * place it arose (the village and township above it are notified), and the leader holding it as a package case (the
 * unit holding it is on the event). The phone is personal data: the caller sends to it only when it was verified, and never logs it.
 */
@Service
public class MatterParties {

    public record Parties(Long matterId, String referenceNo, String title, Long petitionerId, String contactPhone,
                          Long placeUnitId, String packageLeader) {

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
                select m.id, m.reference_no, m.title, m.petitioner_id, c.phone, m.place_unit_id, m.package_leader
                from matter m left join matter_contact c on c.matter_id = m.id and c.petitioner_id = m.petitioner_id
                where m.id = :id""", new MapSqlParameterSource("id", matterId), (rs, i) -> new Parties(rs.getLong(1),
                rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5), rs.getLong(6), rs.getString(7))).stream().findFirst();
    }
}
