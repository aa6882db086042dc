package org.xinfang.coordination;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.platform.IdempotencyKeys;
import org.xinfang.platform.Refusal;
import org.xinfang.statute.OversightRules;
import org.xinfang.statute.OversightRules.AccountabilityGround;
import org.xinfang.statute.OversightRules.FeedbackOutcome;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.UnitView;

import java.time.LocalDate;
import java.util.List;

/**
 * Accountability proposals (追究责任的建议, 2022 art. 40 ¶3): the petition department proposes to the body with
 * management authority that a unit of its area, or its staff, be held accountable for shirking, perfunctoriness, delay
 * or falsification that caused serious consequences; that body's written feedback on how far it adopted the proposal
 * (art. 40 ¶4) is recorded once. The petition department is the city's or county's bureau ({@link JointCases#officeOf}).
 */
@Service
public class AccountabilityProposals {

    private final OversightScope scope;
    private final NamedParameterJdbcTemplate jdbc;

    AccountabilityProposals(OversightScope scope, NamedParameterJdbcTemplate jdbc) {
        this.scope = scope;
        this.jdbc = jdbc;
    }

    public record Proposal(Long id, int version, Long officeUnitId, UnitView unit, String persons,
                           AccountabilityGround ground, String facts, UnitView addressee, LocalDate proposedOn,
                           String proposedBy, FeedbackOutcome outcome, String measureTaken, LocalDate feedbackOn) {

        public boolean answered() {
            return feedbackOn != null;
        }

        public long daysAwaiting(LocalDate today) {
            return answered() ? 0 : OversightRules.daysAwaitingFeedback(proposedOn, today);
        }
    }

    /** A proposal of earlier days brought in by the demo city, as it stood. */
    public record ImportedProposal(Long officeUnitId, Long unitId, String persons, AccountabilityGround ground,
                                   String facts, Long addresseeId, LocalDate proposedOn, String proposedBy,
                                   FeedbackOutcome outcome, String measureTaken, LocalDate feedbackOn) {
    }

    /** The proposals an area sees: those awaiting feedback (the longest waiting first), then the answered ones. */
    public record Listing(List<Proposal> awaiting, List<Proposal> answered) {
    }

    /**
     * Proposes accountability, as the petition department: the unit concerned (of its area), the persons (free text,
     * optional), the conduct, the facts, the body proposed to and the day (not in the future). Once per request key.
     */
    @Transactional
    public Proposal propose(StaffPrincipal by, Long unitId, String persons, AccountabilityGround ground, String facts,
                            Long addresseeId, LocalDate proposedOn, String requestKey) {
        IdempotencyKeys.check(requestKey);
        UnitView office = scope.office(by, "oversight.accountability.forbidden");
        Proposal earlier = byKey(by, requestKey);
        if (earlier != null) {
            return earlier;
        }
        UnitView unit = scope.unitOfArea(office, unitId, "unitId");
        if (ground == null) {
            throw Refusal.invalid("ground", "oversight.accountability.ground");
        }
        String what = OversightScope.required("facts", facts, "oversight.accountability.facts");
        UnitView addressee = scope.activeUnit(addresseeId, "addresseeId");
        if (addressee.id().equals(unit.id())) {
            throw Refusal.invalid("addresseeId", "oversight.accountability.addressee-self", scope.name(unit.id()));
        }
        scope.dayBetween("proposedOn", proposedOn, null);
        try {
            Long id = jdbc.queryForObject("""
                    insert into accountability_proposal (office_unit_id, unit_id, persons, ground, facts, addressee_id,
                                                         proposed_on, proposed_by, request_key)
                    values (:office, :unit, :persons, :ground, :facts, :addressee, :on, :by, :key) returning id""",
                    new MapSqlParameterSource("office", office.id()).addValue("unit", unit.id())
                            .addValue("persons", persons == null || persons.isBlank() ? null : persons.strip())
                            .addValue("ground", ground.name()).addValue("facts", what).addValue("addressee", addressee.id())
                            .addValue("on", proposedOn).addValue("by", by.getUsername()).addValue("key", requestKey), Long.class);
            return find(id);
        } catch (DuplicateKeyException raced) {
            return byKey(by, requestKey);
        }
    }

    /**
     * Records the body's written feedback (art. 40 ¶4), once, as the office that proposed, at the version seen: how far
     * it adopted the proposal, the measure it took (or why it did not), the day of the feedback.
     */
    @Transactional
    public Proposal feedback(StaffPrincipal by, Long id, int version, FeedbackOutcome outcome, String measureTaken,
                             LocalDate feedbackOn) {
        Proposal p = visible(by, id);
        scope.requireOffice(by, p.officeUnitId(), "oversight.accountability.forbidden");
        if (p.answered()) {
            throw Refusal.conflict("oversight.accountability.answered", scope.name(p.addressee().id()), p.feedbackOn());
        }
        if (outcome == null) {
            throw Refusal.invalid("outcome", "oversight.accountability.outcome");
        }
        String measure = OversightScope.required("measureTaken", measureTaken, "oversight.accountability.measure");
        scope.dayBetween("feedbackOn", feedbackOn, p.proposedOn());
        if (jdbc.update("""
                update accountability_proposal set outcome = :outcome, measure_taken = :measure, feedback_on = :on,
                       feedback_by = :by, version = version + 1
                 where id = :id and version = :version and feedback_on is null""",
                new MapSqlParameterSource("outcome", outcome.name()).addValue("measure", measure).addValue("on", feedbackOn)
                        .addValue("by", by.getUsername()).addValue("id", id).addValue("version", version)) == 0) {
            throw Refusal.conflict("oversight.stale", version, p.version());
        }
        return find(id);
    }

    /** One proposal, for someone whose area holds the unit concerned (404 otherwise). */
    @Transactional(readOnly = true)
    public Proposal visible(StaffPrincipal viewer, Long id) {
        Proposal p = find(id);
        if (p == null || !viewer.covers(p.unit().path())) {
            throw Refusal.notFound("oversight.accountability.unknown", String.valueOf(id));
        }
        return p;
    }

    @Transactional(readOnly = true)
    public Listing list(StaffPrincipal viewer, int limit) {
        MapSqlParameterSource p = new MapSqlParameterSource("units", scope.unitsSeenBy(viewer)).addValue("limit", limit);
        return new Listing(rows("""
                select * from accountability_proposal where unit_id = any(:units) and feedback_on is null
                 order by proposed_on, id""", p), rows("""
                select * from accountability_proposal where unit_id = any(:units) and feedback_on is not null
                 order by feedback_on desc, id desc limit :limit""", p));
    }

    /** Records imported proposals as they stood, without the form's checks (the importer answers for them); one batch. */
    @Transactional
    public int importHistory(List<ImportedProposal> proposals) {
        jdbc.batchUpdate("""
                insert into accountability_proposal (office_unit_id, unit_id, persons, ground, facts, addressee_id,
                       proposed_on, proposed_by, outcome, measure_taken, feedback_on, feedback_by)
                values (:office, :unit, :persons, :ground, :facts, :addressee, :on, :by, :outcome, :measure, :feedback, :feedbackBy)""",
                proposals.stream().map(p -> new MapSqlParameterSource("office", p.officeUnitId()).addValue("unit", p.unitId())
                        .addValue("persons", p.persons()).addValue("ground", p.ground().name()).addValue("facts", p.facts())
                        .addValue("addressee", p.addresseeId()).addValue("on", p.proposedOn()).addValue("by", p.proposedBy())
                        .addValue("outcome", p.outcome() == null ? null : p.outcome().name())
                        .addValue("measure", p.measureTaken()).addValue("feedback", p.feedbackOn())
                        .addValue("feedbackBy", p.feedbackOn() == null ? null : p.proposedBy()))
                        .toArray(MapSqlParameterSource[]::new));
        return proposals.size();
    }

    private Proposal byKey(StaffPrincipal by, String requestKey) {
        if (requestKey == null) {
            return null;
        }
        List<Proposal> found = rows("select * from accountability_proposal where proposed_by = :by and request_key = :key",
                new MapSqlParameterSource("by", by.getUsername()).addValue("key", requestKey));
        return found.isEmpty() ? null : found.get(0);
    }

    private Proposal find(Long id) {
        List<Proposal> found = rows("select * from accountability_proposal where id = :id", new MapSqlParameterSource("id", id));
        return found.isEmpty() ? null : found.get(0);
    }

    private List<Proposal> rows(String sql, MapSqlParameterSource p) {
        return jdbc.query(sql, p, row());
    }

    private RowMapper<Proposal> row() {
        return (rs, i) -> new Proposal(rs.getLong("id"), rs.getInt("version"), rs.getLong("office_unit_id"),
                scope.unit(rs.getLong("unit_id")), rs.getString("persons"), AccountabilityGround.valueOf(rs.getString("ground")),
                rs.getString("facts"), scope.unit(rs.getLong("addressee_id")), rs.getObject("proposed_on", LocalDate.class),
                rs.getString("proposed_by"), rs.getString("outcome") == null ? null : FeedbackOutcome.valueOf(rs.getString("outcome")),
                rs.getString("measure_taken"), rs.getObject("feedback_on", LocalDate.class));
    }
}
