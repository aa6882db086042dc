package org.xinfang.insight;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.casework.MatterFacts;
import org.xinfang.platform.Refusal;
import org.xinfang.territory.StaffPrincipal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Demands the bureau marks as unreasonable (不合理诉求, the Beijing hotline practice, AppraisalRules): a matter found by
 * its reference number, marked with a reason, withdrawn with a reason; each mark and withdrawal recorded with who and
 * when, never erased. With the scheme's switch on, a marked matter leaves the satisfaction of the appraisal score.
 * What is shown of a matter: its reference number, category, holding unit and day received, nothing personal.
 */
@Service
public class UnreasonableDemands {

    private static final int REASON_MAX = 500;

    private final NamedParameterJdbcTemplate jdbc;
    private final MatterFacts matters;
    private final AppraisalSchemes schemes;
    private final Clock clock;

    UnreasonableDemands(NamedParameterJdbcTemplate jdbc, MatterFacts matters, AppraisalSchemes schemes, Clock clock) {
        this.jdbc = jdbc;
        this.matters = matters;
        this.schemes = schemes;
        this.clock = clock;
    }

    /** A marked (or once marked) matter: what the page shows of it, and whether the mark stands. */
    public record Demand(Long matterId, String referenceNo, String categoryCode, Long unitId, LocalDate receivedOn,
                         boolean active) {
    }

    /** One mark or withdrawal: the audit. */
    public record Event(String referenceNo, MarkAction action, String reason, String actor, Instant at) {
    }

    /**
     * Marks the matter numbered {@code referenceNo} as unreasonable. Refused: a viewer who is not the city bureau's
     * supervisor or administrator, no reason, an unknown number, a matter marked already.
     */
    @Transactional
    public Demand mark(StaffPrincipal viewer, String referenceNo, String reason) {
        permitted(viewer);
        String why = reason(reason);
        MatterFacts.Facts matter = matter(referenceNo);
        int changed = jdbc.update("""
                insert into insight_unreasonable_demand as d (matter_id, reference_no, category_code, unit_id,
                       received_on, active, version) values (:id, :ref, :category, :unit, :received, true, 1)
                on conflict (matter_id) do update set active = true, version = d.version + 1 where not d.active""",
                new MapSqlParameterSource("id", matter.matterId()).addValue("ref", matter.referenceNo())
                        .addValue("category", matter.categoryCode()).addValue("unit", holder(matter.holderPath()))
                        .addValue("received", matter.receivedOn()));
        if (changed == 0) {
            throw Refusal.conflict("insight.unreasonable.already", matter.referenceNo());
        }
        record(viewer, matter.matterId(), MarkAction.MARKED, why);
        return demand(matter.matterId());
    }

    /** Withdraws the mark of the matter numbered {@code referenceNo}. Refused as a mark is, and a matter not marked. */
    @Transactional
    public Demand withdraw(StaffPrincipal viewer, String referenceNo, String reason) {
        permitted(viewer);
        String why = reason(reason);
        MatterFacts.Facts matter = matter(referenceNo);
        int changed = jdbc.update("update insight_unreasonable_demand set active = false, version = version + 1"
                + " where matter_id = :id and active", new MapSqlParameterSource("id", matter.matterId()));
        if (changed == 0) {
            throw Refusal.conflict("insight.unreasonable.not-marked", matter.referenceNo());
        }
        record(viewer, matter.matterId(), MarkAction.WITHDRAWN, why);
        return demand(matter.matterId());
    }

    /** Every matter ever marked, the latest received first. */
    @Transactional(readOnly = true)
    public List<Demand> demands() {
        return jdbc.query(DEMANDS + " order by d.received_on desc, d.reference_no", ROW);
    }

    /** The marks and withdrawals, the latest first. */
    @Transactional(readOnly = true)
    public List<Event> history() {
        return jdbc.query("""
                select d.reference_no, e.action, e.reason, e.actor_name, e.at from insight_unreasonable_event e
                join insight_unreasonable_demand d on d.matter_id = e.matter_id order by e.at desc, e.id desc""",
                (rs, i) -> new Event(rs.getString(1), MarkAction.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant()));
    }

    private static final String DEMANDS = """
            select d.matter_id, d.reference_no, d.category_code, d.unit_id, d.received_on, d.active
            from insight_unreasonable_demand d""";

    private static final org.springframework.jdbc.core.RowMapper<Demand> ROW = (rs, i) -> new Demand(rs.getLong(1),
            rs.getString(2), rs.getString(3), (Long) rs.getObject(4), rs.getObject(5, LocalDate.class), rs.getBoolean(6));

    private Demand demand(Long matterId) {
        return jdbc.query(DEMANDS + " where d.matter_id = :id", new MapSqlParameterSource("id", matterId), ROW).get(0);
    }

    private void permitted(StaffPrincipal viewer) {
        if (!schemes.mayConfigure(viewer)) {
            throw Refusal.forbidden("insight.unreasonable.forbidden");
        }
    }

    private MatterFacts.Facts matter(String referenceNo) {
        if (referenceNo == null || referenceNo.isBlank()) {
            throw Refusal.invalid("referenceNo", "insight.unreasonable.reference.required");
        }
        return matters.byReference(referenceNo).orElseThrow(() -> Refusal.invalid("referenceNo",
                "insight.unreasonable.reference.unknown", referenceNo.strip()));
    }

    /** The holding body: the last id of its path ("/1/4/17/" → 17); none for a matter held by no one. */
    private static Long holder(String path) {
        if (path == null || path.isBlank()) {
            return null;
        }
        String[] ids = path.split("/");
        return Long.valueOf(ids[ids.length - 1]);
    }

    private static String reason(String typed) {
        if (typed == null || typed.isBlank()) {
            throw Refusal.invalid("reason", "insight.unreasonable.reason.required");
        }
        if (typed.strip().length() > REASON_MAX) {
            throw Refusal.invalid("reason", "insight.unreasonable.reason.too-long", REASON_MAX);
        }
        return typed.strip();
    }

    private void record(StaffPrincipal viewer, Long matterId, MarkAction action, String reason) {
        jdbc.update("""
                insert into insight_unreasonable_event (matter_id, action, reason, actor_id, actor_name, at)
                values (:id, :action, :reason, :actor, :name, :at)""", new MapSqlParameterSource("id", matterId)
                .addValue("action", action.name()).addValue("reason", reason).addValue("actor", viewer.staffId())
                .addValue("name", viewer.displayName()).addValue("at", Timestamp.from(clock.instant())));
    }
}
