package org.xinfang.casework;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.statute.UrgentReportRecipient;
import org.xinfang.territory.StaffPrincipal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The desk of major or urgent matters (2022 art. 25): the reports a unit received and has not acknowledged yet, for
 * its staff. A report leaves the desk when someone of the unit acknowledges it ({@link MatterCommand.UrgentAcknowledgement}).
 */
@Service
public class UrgentDesk {

    private final NamedParameterJdbcTemplate jdbc;

    UrgentDesk(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One report awaiting acknowledgement: the matter, as what the unit received it, who reported it and when. */
    public record Item(Long matterId, int version, String referenceNo, String title, UrgentReportRecipient receivedAs,
                       String reportedBy, Instant reportedAt) {
    }

    /** The reports {@code viewer}'s unit has not acknowledged, oldest first. */
    @Transactional(readOnly = true)
    public List<Item> awaiting(StaffPrincipal viewer) {
        return jdbc.query("""
                select m.id, m.version, m.reference_no, m.title, r.recipient_kind, r.reported_by, r.reported_at
                from matter_urgent_report r join matter m on m.id = r.matter_id
                where r.recipient_unit_id = :unit and r.acknowledged_at is null
                order by r.reported_at, m.id limit 500""", new MapSqlParameterSource("unit", viewer.unit().id()),
                (rs, i) -> new Item(rs.getLong(1), rs.getInt(2), rs.getString(3), viewer.readable(rs.getString(4)),
                        UrgentReportRecipient.valueOf(rs.getString(5)), rs.getString(6),
                        rs.getObject(7, java.time.OffsetDateTime.class).toInstant()));
    }
}
