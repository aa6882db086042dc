package org.xinfang.mediation;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.casework.Casework;
import org.xinfang.casework.MatterFacts;
import org.xinfang.casework.MatterFacts.Facts;
import org.xinfang.casework.MatterFilter;
import org.xinfang.casework.MatterState;
import org.xinfang.mediation.MediationSession.Agreement;
import org.xinfang.mediation.MediationSession.Confirmation;
import org.xinfang.mediation.MediationSession.NewSession;
import org.xinfang.mediation.MediationSession.Signature;
import org.xinfang.platform.IdempotencyKeys;
import org.xinfang.platform.Refusal;
import org.xinfang.statute.MediationRules;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.StaffRole;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Mediation sessions on matters and the agreements made from them (调解; 2022 arts 33, 37 ¶1): the staff who may see a
 * matter record its sessions (kind, parties, mediating body and mediator, day, place, outcome), make the agreement of a
 * session that agreed, record each party's signature (the agreement is in force once all have signed) and the court's
 * judicial confirmation of a mediation agreement. Analysts read; they record nothing.
 */
@Service
public class Mediations {

    /** The roles that record mediation: those who receive and handle matters and their supervisors and leaders. */
    private static final Set<StaffRole> RECORDING_ROLES = EnumSet.of(StaffRole.REGISTRAR, StaffRole.HANDLER,
            StaffRole.SUPERVISOR, StaffRole.LEADER);
    /** A matter gone out of the petition procedure (not accepted, guided into another one, merged) is not mediated here. */
    private static final Set<MatterState> OUT_OF_PROCEDURE = EnumSet.of(MatterState.NOT_ACCEPTED, MatterState.GUIDED_OUT,
            MatterState.MERGED);
    static final int NAME_MAX = 200;
    static final int TERMS_MAX = 8000;
    static final int NOTES_MAX = 4000;
    static final int RULING_MAX = 60;

    private final MatterFacts facts;
    private final Casework casework;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    Mediations(MatterFacts facts, Casework casework, NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.facts = facts;
        this.casework = casework;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records a session on the matter numbered {@code referenceNo}: held on a day not to come and not before the matter
     * was received, between at least two distinct parties. A repeated submission with the same request key answers
     * with the session recorded the first time.
     */
    @Transactional
    public MediationSession record(StaffPrincipal by, String referenceNo, NewSession s, String requestKey) {
        IdempotencyKeys.check(requestKey);
        requireRecorder(by);
        if (requestKey != null) {
            Optional<Long> earlier = byKey("mediation_session", by.getUsername(), requestKey);
            if (earlier.isPresent()) {
                return find(earlier.get());
            }
        }
        String ref = referenceNo == null ? "" : referenceNo.strip();
        Facts m = facts.byReference(ref).filter(f -> seesMatter(by, f.matterId()))
                .orElseThrow(() -> Refusal.invalid("referenceNo", "mediation.matter.unknown", ref));
        if (OUT_OF_PROCEDURE.contains(m.state())) {
            throw Refusal.conflict("mediation.matter.out", m.referenceNo(), m.state());
        }
        if (!MediationRules.mayBeMediated(m.handlingType())) {
            throw Refusal.conflict("mediation.matter.type", m.referenceNo(), m.handlingType());
        }
        if (s.kind() == null) {
            throw Refusal.invalid("kind", "mediation.kind.required");
        }
        List<String> parties = parties(s.parties());
        String organization = text("organization", s.organization(), NAME_MAX);
        String mediator = text("mediator", s.mediator(), NAME_MAX);
        String place = text("place", s.place(), NAME_MAX);
        LocalDate today = LocalDate.now(clock);
        if (s.heldOn() == null || s.heldOn().isAfter(today) || s.heldOn().isBefore(m.receivedOn())) {
            throw Refusal.invalid("heldOn", "mediation.held-on", s.heldOn() == null ? "" : s.heldOn(), m.receivedOn(), today);
        }
        if (s.outcome() == null) {
            throw Refusal.invalid("outcome", "mediation.outcome.required");
        }
        String notes = optional("notes", s.notes(), NOTES_MAX);
        // the same key submitted twice at once: the other one recorded it (no exception, which would abort the transaction)
        List<Long> id = jdbc.queryForList("""
                insert into mediation_session (matter_id, kind, parties, organization, mediator, held_on, place, outcome,
                                               notes, recorded_by, recorded_at, request_key, holder_path)
                values (:matter, :kind, :parties, :organization, :mediator, :held, :place, :outcome, :notes, :by, :at, :key,
                        :holder)
                on conflict (recorded_by, request_key) do nothing returning id""",
                new MapSqlParameterSource("matter", m.matterId()).addValue("holder", m.holderPath())
                        .addValue("kind", s.kind().name())
                        .addValue("parties", textArray(parties)).addValue("organization", organization)
                        .addValue("mediator", mediator).addValue("held", s.heldOn()).addValue("place", place)
                        .addValue("outcome", s.outcome().name()).addValue("notes", notes).addValue("by", by.getUsername())
                        .addValue("at", Timestamp.from(clock.instant())).addValue("key", requestKey), Long.class);
        return find(id.isEmpty() ? byKey("mediation_session", by.getUsername(), requestKey).orElseThrow() : id.get(0));
    }

    /**
     * Makes the agreement of a session that agreed, at the session's version: its kind, its terms and the day it was
     * drawn up (not before the session, not to come). One agreement a session; once per request key.
     */
    @Transactional
    public MediationSession makeAgreement(StaffPrincipal by, Long sessionId, int version, AgreementKind kind, String terms,
                                          LocalDate madeOn, String requestKey) {
        IdempotencyKeys.check(requestKey);
        requireRecorder(by);
        MediationSession s = visibleSession(by, sessionId);
        if (requestKey != null) {
            Optional<Long> earlier = byKey("mediation_agreement", by.getUsername(), requestKey);
            if (earlier.isPresent()) {
                return find(earlier.get());
            }
        }
        if (s.outcome() != SessionOutcome.AGREED) {
            throw Refusal.conflict("mediation.agreement.not-agreed", s.outcome());
        }
        if (s.hasAgreement()) {
            throw Refusal.conflict("mediation.agreement.exists", s.agreement().kind(), s.agreement().madeOn());
        }
        if (kind == null) {
            throw Refusal.invalid("kind", "mediation.agreement.kind.required");
        }
        String written = text("terms", terms, TERMS_MAX);
        LocalDate today = LocalDate.now(clock);
        if (madeOn == null || madeOn.isBefore(s.heldOn()) || madeOn.isAfter(today)) {
            throw Refusal.invalid("madeOn", "mediation.agreement.made-on", madeOn == null ? "" : madeOn, s.heldOn(), today);
        }
        if (jdbc.update("update mediation_session set version = version + 1 where id = :id and version = :version",
                new MapSqlParameterSource("id", sessionId).addValue("version", version)) == 0) {
            throw Refusal.conflict("mediation.stale", version, s.version());
        }
        try {
            jdbc.update("""
                    insert into mediation_agreement (session_id, kind, terms, made_on, recorded_by, recorded_at, request_key)
                    values (:session, :kind, :terms, :made, :by, :at, :key)""",
                    new MapSqlParameterSource("session", sessionId).addValue("kind", kind.name()).addValue("terms", written)
                            .addValue("made", madeOn).addValue("by", by.getUsername())
                            .addValue("at", Timestamp.from(clock.instant())).addValue("key", requestKey));
        } catch (DuplicateKeyException raced) {
            throw Refusal.conflict("mediation.stale", version, version + 1);
        }
        return find(sessionId);
    }

    /**
     * Records that {@code party}, one of the session's parties who has not signed yet, signed the agreement on
     * {@code signedOn} (not before it was drawn up, not to come), at the agreement's version. The last signature puts
     * the agreement in force on the latest day signed (People's Mediation Law art. 29 ¶2).
     */
    @Transactional
    public MediationSession sign(StaffPrincipal by, Long agreementId, int version, String party, LocalDate signedOn) {
        requireRecorder(by);
        MediationSession s = sessionOfAgreement(by, agreementId);
        Agreement a = s.agreement();
        String who = party == null ? "" : party.strip();
        if (!s.parties().contains(who)) {
            throw Refusal.invalid("party", "mediation.signature.party-unknown", who, String.join("、", s.parties()));
        }
        if (a.signedBy(who)) {
            throw Refusal.conflict("mediation.signature.twice", who,
                    a.signatures().stream().filter(x -> x.party().equals(who)).findFirst().orElseThrow().signedOn());
        }
        LocalDate today = LocalDate.now(clock);
        if (signedOn == null || signedOn.isBefore(a.madeOn()) || signedOn.isAfter(today)) {
            throw Refusal.invalid("signedOn", "mediation.signature.day", signedOn == null ? "" : signedOn, a.madeOn(), today);
        }
        bumpAgreement(a, version);
        jdbc.update("""
                insert into mediation_signature (agreement_id, party, signed_on, recorded_by, recorded_at)
                values (:agreement, :party, :on, :by, :at)""", new MapSqlParameterSource("agreement", agreementId)
                .addValue("party", who).addValue("on", signedOn).addValue("by", by.getUsername())
                .addValue("at", Timestamp.from(clock.instant())));
        Map<String, LocalDate> signed = new HashMap<>();
        a.signatures().forEach(x -> signed.put(x.party(), x.signedOn()));
        signed.put(who, signedOn);
        MediationRules.effectiveOn(s.parties(), signed).ifPresent(day -> {
            jdbc.update("update mediation_agreement set effective_on = :day where id = :id",
                    new MapSqlParameterSource("day", day).addValue("id", agreementId));
            settle(List.of(s.matter().matterId()));
        });
        return find(s.id());
    }

    /**
     * Records the court's judicial confirmation of a mediation agreement in force, at the agreement's version: the day
     * the parties applied together (within 30 days of it taking effect), the court, the day of its ruling (not before
     * the application, not to come) and the ruling's number (People's Mediation Law art. 33 ¶1).
     */
    @Transactional
    public MediationSession confirm(StaffPrincipal by, Long agreementId, int version, LocalDate appliedOn, String court,
                                    LocalDate confirmedOn, String rulingNo) {
        requireRecorder(by);
        MediationSession s = sessionOfAgreement(by, agreementId);
        Agreement a = s.agreement();
        if (a.confirmed()) {
            throw Refusal.conflict("mediation.confirm.twice", a.confirmation().court(), a.confirmation().rulingNo());
        }
        if (a.kind() != AgreementKind.MEDIATION) {
            throw Refusal.conflict("mediation.confirm.settlement");
        }
        if (!MediationRules.mayBeConfirmed(true, s.kind() == MediationKind.JUDICIAL)) {
            throw Refusal.conflict("mediation.confirm.judicial");
        }
        if (!a.effective()) {
            throw Refusal.conflict("mediation.confirm.not-effective", String.join("、",
                    s.parties().stream().filter(p -> !a.signedBy(p)).toList()));
        }
        if (appliedOn == null) {
            throw Refusal.invalid("appliedOn", "mediation.confirm.applied-on.required");
        }
        LocalDate today = LocalDate.now(clock);
        if (appliedOn.isAfter(today)) {
            throw Refusal.invalid("appliedOn", "mediation.confirm.applied-on.future", appliedOn, today);
        }
        if (!MediationRules.isApplicationInTime(a.effectiveOn(), appliedOn)) {
            throw Refusal.invalid("appliedOn", "mediation.confirm.window", appliedOn, a.effectiveOn(),
                    a.effectiveOn().plusDays(MediationRules.CONFIRMATION_WINDOW_DAYS), MediationRules.CONFIRMATION_WINDOW_DAYS);
        }
        String theCourt = text("court", court, NAME_MAX);
        if (confirmedOn == null || confirmedOn.isBefore(appliedOn) || confirmedOn.isAfter(today)) {
            throw Refusal.invalid("confirmedOn", "mediation.confirm.day", confirmedOn == null ? "" : confirmedOn, appliedOn, today);
        }
        String ruling = text("rulingNo", rulingNo, RULING_MAX);
        bumpAgreement(a, version);
        jdbc.update("""
                update mediation_agreement set applied_on = :applied, court = :court, confirmed_on = :confirmed,
                       ruling_no = :ruling where id = :id""", new MapSqlParameterSource("applied", appliedOn)
                .addValue("court", theCourt).addValue("confirmed", confirmedOn).addValue("ruling", ruling)
                .addValue("id", agreementId));
        return find(s.id());
    }

    /** One session, for someone who may see its matter (404 otherwise). */
    @Transactional(readOnly = true)
    public MediationSession visibleSession(StaffPrincipal viewer, Long sessionId) {
        MediationSession s = sessionId == null ? null : find(sessionId);
        if (s == null || !seesMatter(viewer, s.matter().matterId())) {
            throw Refusal.notFound("mediation.unknown", String.valueOf(sessionId));
        }
        return s;
    }

    /** The sessions of a matter the viewer may see, the latest first (404 for a matter they may not see). */
    @Transactional(readOnly = true)
    public List<MediationSession> ofMatter(StaffPrincipal viewer, Long matterId) {
        if (matterId == null || !seesMatter(viewer, matterId)) {
            throw Refusal.notFound("mediation.matter.not-found", String.valueOf(matterId));
        }
        return sessions(jdbc.query("select * from mediation_session where matter_id = :m order by held_on desc, id desc",
                new MapSqlParameterSource("m", matterId), ROW));
    }

    /** Whether {@code by}'s role records mediation (the pages show the forms to them only). */
    public boolean records(StaffPrincipal by) {
        return by.hasAny(RECORDING_ROLES);
    }

    /** Where an agreement stands, for the list's filter. */
    public enum AgreementStage {
        /** No agreement made. */
        NONE,
        /** Made, some party yet to sign. */
        UNSIGNED,
        /** In force, every party signed. */
        EFFECTIVE,
        /** In force and judicially confirmed. */
        CONFIRMED
    }

    /** The list's filter: each criterion optional. {@code year} is that of the day the session was held. */
    public record Filter(MediationKind kind, SessionOutcome outcome, AgreementStage stage, Integer year) {
    }

    /** The sessions a viewer sees under a filter: how many, and the first of them (latest held first). */
    public record Listing(long total, List<MediationSession> first) {
    }

    /** The sessions of the matters under the viewer's scope that the filter keeps, the latest held first. */
    @Transactional(readOnly = true)
    public Listing list(StaffPrincipal viewer, Filter filter, int limit) {
        StringBuilder where = new StringBuilder("where true");
        MapSqlParameterSource p = new MapSqlParameterSource();
        if (filter.kind() != null) {
            where.append(" and s.kind = :kind");
            p.addValue("kind", filter.kind().name());
        }
        if (filter.outcome() != null) {
            where.append(" and s.outcome = :outcome");
            p.addValue("outcome", filter.outcome().name());
        }
        if (filter.year() != null) {
            where.append(" and s.held_on >= :from and s.held_on < :to");
            p.addValue("from", LocalDate.of(filter.year(), 1, 1)).addValue("to", LocalDate.of(filter.year() + 1, 1, 1));
        }
        if (filter.stage() != null) {
            where.append(switch (filter.stage()) {
                case NONE -> " and a.id is null";
                case UNSIGNED -> " and a.id is not null and a.effective_on is null";
                case EFFECTIVE -> " and a.effective_on is not null and a.confirmed_on is null";
                case CONFIRMED -> " and a.confirmed_on is not null";
            });
        }
        List<Object[]> rows = new ArrayList<>();
        jdbc.query("select s.id, s.matter_id from mediation_session s left join mediation_agreement a on a.session_id = s.id "
                + where + " order by s.held_on desc, s.id desc", p, rs -> {
            rows.add(new Object[]{rs.getLong(1), rs.getLong(2)});
        });
        Set<Long> inScope = new HashSet<>();
        facts.under(viewer.scopePath(), rows.stream().map(r -> (Long) r[1]).distinct().toList())
                .forEach(f -> inScope.add(f.matterId()));
        List<Long> kept = rows.stream().filter(r -> inScope.contains((Long) r[1])).map(r -> (Long) r[0]).toList();
        List<Long> first = kept.subList(0, Math.min(limit, kept.size()));
        Map<Long, MediationSession> byId = new HashMap<>();
        sessions(jdbc.query("select * from mediation_session where id = any(:ids)",
                new MapSqlParameterSource("ids", ids(first)), ROW)).forEach(s -> byId.put(s.id(), s));
        return new Listing(kept.size(), first.stream().map(byId::get).toList());
    }

    /** A session of earlier days brought in with imported matters (the demo city), with its agreement as it stood. */
    public record ImportedSession(Long matterId, MediationKind kind, List<String> parties, String organization,
                                  String mediator, LocalDate heldOn, String place, SessionOutcome outcome, String notes,
                                  String recordedBy, Instant recordedAt, ImportedAgreement agreement) {
    }

    public record ImportedAgreement(AgreementKind kind, String terms, LocalDate madeOn, List<Signature> signatures,
                                    Confirmation confirmation) {
    }

    /**
     * Records imported sessions as they stood, without the forms' checks (the importer answers for them): ids drawn from
     * the sequences first, then one batch of inserts a table, as thousands come at once. An agreement is in force from
     * the day its last party signed, as {@link MediationRules#effectiveOn} has it.
     */
    @Transactional
    public int importHistory(List<ImportedSession> sessions) {
        List<Long> sessionIds = nextIds("mediation_session_id_seq", sessions.size());
        List<ImportedSession> agreed = sessions.stream().filter(s -> s.agreement() != null).toList();
        List<Long> agreementIds = nextIds("mediation_agreement_id_seq", agreed.size());
        List<MapSqlParameterSource> sessionRows = new ArrayList<>();
        List<MapSqlParameterSource> agreementRows = new ArrayList<>();
        List<MapSqlParameterSource> signatureRows = new ArrayList<>();
        int nextAgreement = 0;
        // the holders' paths, for the indicators by subtree: one read for the batch
        Map<Long, String> holders = new HashMap<>();
        facts.of(sessions.stream().map(ImportedSession::matterId).distinct().toList())
                .forEach(f -> holders.put(f.matterId(), f.holderPath()));
        for (int i = 0; i < sessions.size(); i++) {
            ImportedSession s = sessions.get(i);
            sessionRows.add(new MapSqlParameterSource("id", sessionIds.get(i)).addValue("matter", s.matterId())
                    .addValue("holder", holders.get(s.matterId()))
                    .addValue("kind", s.kind().name()).addValue("parties", textArray(s.parties()))
                    .addValue("organization", s.organization()).addValue("mediator", s.mediator())
                    .addValue("held", s.heldOn()).addValue("place", s.place()).addValue("outcome", s.outcome().name())
                    .addValue("notes", s.notes()).addValue("by", s.recordedBy()).addValue("at", Timestamp.from(s.recordedAt())));
            ImportedAgreement a = s.agreement();
            if (a == null) {
                continue;
            }
            Long agreementId = agreementIds.get(nextAgreement++);
            Map<String, LocalDate> signed = new HashMap<>();
            a.signatures().forEach(x -> signed.put(x.party(), x.signedOn()));
            Confirmation c = a.confirmation();
            agreementRows.add(new MapSqlParameterSource("id", agreementId).addValue("session", sessionIds.get(i))
                    .addValue("kind", a.kind().name()).addValue("terms", a.terms()).addValue("made", a.madeOn())
                    .addValue("effective", MediationRules.effectiveOn(s.parties(), signed).orElse(null))
                    .addValue("applied", c == null ? null : c.appliedOn()).addValue("court", c == null ? null : c.court())
                    .addValue("confirmed", c == null ? null : c.confirmedOn()).addValue("ruling", c == null ? null : c.rulingNo())
                    .addValue("by", s.recordedBy()).addValue("at", Timestamp.from(s.recordedAt())));
            a.signatures().forEach(x -> signatureRows.add(new MapSqlParameterSource("agreement", agreementId)
                    .addValue("party", x.party()).addValue("on", x.signedOn()).addValue("by", x.recordedBy())
                    .addValue("at", Timestamp.from(s.recordedAt()))));
        }
        batch("""
                insert into mediation_session (id, matter_id, kind, parties, organization, mediator, held_on, place, outcome,
                                               notes, recorded_by, recorded_at, holder_path)
                values (:id, :matter, :kind, :parties, :organization, :mediator, :held, :place, :outcome, :notes, :by, :at,
                        :holder)""",
                sessionRows);
        batch("""
                insert into mediation_agreement (id, session_id, kind, terms, made_on, effective_on, applied_on, court,
                                                 confirmed_on, ruling_no, recorded_by, recorded_at)
                values (:id, :session, :kind, :terms, :made, :effective, :applied, :court, :confirmed, :ruling, :by, :at)""",
                agreementRows);
        batch("""
                insert into mediation_signature (agreement_id, party, signed_on, recorded_by, recorded_at)
                values (:agreement, :party, :on, :by, :at)""", signatureRows);
        settle(sessions.stream().map(ImportedSession::matterId).distinct().toList());
        return sessions.size();
    }

    /**
     * Keeps, for each of the matters, the first of its agreements in force ({@code mediation_settlement}): what the
     * indicator of matters settled through mediation counts. The matters' sessions are locked first, so that two
     * agreements of one matter taking effect at once are both seen by whichever writes last.
     */
    void settle(List<Long> matterIds) {
        if (matterIds.isEmpty()) {
            return;
        }
        MapSqlParameterSource ids = new MapSqlParameterSource("ids", new SqlParameterValue(Types.ARRAY, matterIds.toArray(new Long[0])));
        jdbc.query("select id from mediation_session where matter_id = any(:ids) order by id for update", ids, rs -> {
        });
        jdbc.update("""
                insert into mediation_settlement (matter_id, agreement_id, effective_on, holder_path)
                select distinct on (s.matter_id) s.matter_id, a.id, a.effective_on, s.holder_path
                  from mediation_agreement a join mediation_session s on s.id = a.session_id
                 where s.matter_id = any(:ids) and a.effective_on is not null
                 order by s.matter_id, a.effective_on, a.id
                on conflict (matter_id) do update set agreement_id = excluded.agreement_id,
                       effective_on = excluded.effective_on, holder_path = excluded.holder_path""", ids);
    }

    // --- the matters settled through mediation, for the indicators

    /** A matter settled through mediation: by the first agreement of it in force, with that session's kind. */
    record Settled(Long matterId, LocalDate effectiveOn, MediationKind kind, AgreementKind agreementKind, boolean confirmed) {
    }

    /** The matters settled through mediation whose first agreement took effect in {@code year}, under the viewer's scope. */
    List<Settled> settledIn(StaffPrincipal viewer, int year) {
        Map<Long, Settled> first = new LinkedHashMap<>();
        jdbc.query("""
                select s.matter_id, a.effective_on, s.kind, a.kind as agreement_kind, a.confirmed_on is not null as confirmed
                  from mediation_agreement a join mediation_session s on s.id = a.session_id
                 where a.effective_on is not null order by a.effective_on, a.id""", new MapSqlParameterSource(), rs -> {
            first.putIfAbsent(rs.getLong(1), new Settled(rs.getLong(1), rs.getObject(2, LocalDate.class),
                    MediationKind.valueOf(rs.getString(3)), AgreementKind.valueOf(rs.getString(4)), rs.getBoolean(5)));
        });
        List<Settled> inYear = first.values().stream().filter(x -> MediationRules.settlesTheMatter(x.effectiveOn())
                && x.effectiveOn().getYear() == year).toList();
        Set<Long> inScope = new HashSet<>();
        facts.under(viewer.scopePath(), inYear.stream().map(Settled::matterId).toList()).forEach(f -> inScope.add(f.matterId()));
        return inYear.stream().filter(x -> inScope.contains(x.matterId())).toList();
    }

    /** The facts of the matters {@code ids} (their holders, for the indicators by county). */
    List<Facts> facts(Collection<Long> ids) {
        return facts.of(ids);
    }

    // --- helpers

    private void requireRecorder(StaffPrincipal by) {
        if (!records(by)) {
            throw Refusal.forbidden("mediation.forbidden");
        }
    }

    private MediationSession sessionOfAgreement(StaffPrincipal by, Long agreementId) {
        Long sessionId = jdbc.queryForList("select session_id from mediation_agreement where id = :id",
                new MapSqlParameterSource("id", agreementId), Long.class).stream().findFirst()
                .orElseThrow(() -> Refusal.notFound("mediation.agreement.unknown", String.valueOf(agreementId)));
        return visibleSession(by, sessionId);
    }

    private void bumpAgreement(Agreement a, int version) {
        if (jdbc.update("update mediation_agreement set version = version + 1 where id = :id and version = :version",
                new MapSqlParameterSource("id", a.id()).addValue("version", version)) == 0) {
            throw Refusal.conflict("mediation.stale", version, a.version());
        }
    }

    /** The parties as typed: each named, at most 200 characters, none twice; two to twenty of them. */
    private static List<String> parties(List<String> typed) {
        List<String> parties = new ArrayList<>();
        for (String p : typed == null ? List.<String>of() : typed) {
            if (p == null || p.isBlank()) {
                continue; // an empty line of the form
            }
            String name = p.strip();
            if (name.length() > NAME_MAX) {
                throw Refusal.invalid("parties", "mediation.party.too-long", NAME_MAX);
            }
            if (parties.contains(name)) {
                throw Refusal.invalid("parties", "mediation.party.twice", name);
            }
            parties.add(name);
        }
        if (parties.size() < MediationRules.MIN_PARTIES) {
            throw Refusal.invalid("parties", "mediation.parties.too-few", MediationRules.MIN_PARTIES);
        }
        if (parties.size() > MediationRules.MAX_PARTIES) {
            throw Refusal.invalid("parties", "mediation.parties.too-many", MediationRules.MAX_PARTIES);
        }
        return parties;
    }

    /** A text the request must carry: refused naming the field when blank or too long ("mediation.<field>.*"). */
    static String text(String field, String typed, int max) {
        if (typed == null || typed.isBlank()) {
            throw Refusal.invalid(field, "mediation." + field + ".required");
        }
        if (typed.strip().length() > max) {
            throw Refusal.invalid(field, "mediation.text.too-long", field, max);
        }
        return typed.strip();
    }

    private static String optional(String field, String typed, int max) {
        return typed == null || typed.isBlank() ? null : text(field, typed, max);
    }

    private boolean seesMatter(StaffPrincipal viewer, Long matterId) {
        return casework.count(MatterFilter.everything(0, 1), viewer, List.of(matterId)) > 0;
    }

    private Optional<Long> byKey(String table, String by, String key) {
        return jdbc.queryForList((table.equals("mediation_agreement") ? "select session_id" : "select id") + " from " + table
                + " where recorded_by = :by and request_key = :key", new MapSqlParameterSource("by", by)
                .addValue("key", key), Long.class).stream().findFirst();
    }

    private MediationSession find(Long id) {
        List<MediationSession> found = sessions(jdbc.query("select * from mediation_session where id = :id",
                new MapSqlParameterSource("id", id), ROW));
        return found.isEmpty() ? null : found.get(0);
    }

    private record Row(Long id, int version, Long matterId, MediationKind kind, List<String> parties, String organization,
                       String mediator, LocalDate heldOn, String place, SessionOutcome outcome, String notes,
                       String recordedBy, Instant recordedAt) {
    }

    private static final RowMapper<Row> ROW = (rs, i) -> new Row(rs.getLong("id"), rs.getInt("version"),
            rs.getLong("matter_id"), MediationKind.valueOf(rs.getString("kind")), strings(rs, "parties"),
            rs.getString("organization"), rs.getString("mediator"), rs.getObject("held_on", LocalDate.class),
            rs.getString("place"), SessionOutcome.valueOf(rs.getString("outcome")), rs.getString("notes"),
            rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());

    private static List<String> strings(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return Arrays.asList((String[]) array.getArray());
    }

    private List<MediationSession> sessions(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Facts> matters = new HashMap<>();
        facts.of(rows.stream().map(Row::matterId).distinct().toList()).forEach(f -> matters.put(f.matterId(), f));
        Map<Long, Object[]> agreementRows = new HashMap<>();
        jdbc.query("select * from mediation_agreement where session_id = any(:ids)",
                new MapSqlParameterSource("ids", ids(rows.stream().map(Row::id).toList())), rs -> {
                    Confirmation c = rs.getObject("confirmed_on") == null ? null : new Confirmation(
                            rs.getObject("applied_on", LocalDate.class), rs.getString("court"),
                            rs.getObject("confirmed_on", LocalDate.class), rs.getString("ruling_no"));
                    agreementRows.put(rs.getLong("session_id"), new Object[]{rs.getLong("id"), rs.getInt("version"),
                            AgreementKind.valueOf(rs.getString("kind")), rs.getString("terms"),
                            rs.getObject("made_on", LocalDate.class), rs.getObject("effective_on", LocalDate.class), c,
                            rs.getString("recorded_by")});
                });
        Map<Long, List<Signature>> signatures = new HashMap<>();
        if (!agreementRows.isEmpty()) {
            jdbc.query("select * from mediation_signature where agreement_id = any(:ids) order by signed_on, id",
                    new MapSqlParameterSource("ids", ids(agreementRows.values().stream().map(r -> (Long) r[0]).toList())),
                    rs -> {
                        signatures.computeIfAbsent(rs.getLong("agreement_id"), k -> new ArrayList<>()).add(new Signature(
                                rs.getString("party"), rs.getObject("signed_on", LocalDate.class), rs.getString("recorded_by")));
                    });
        }
        return rows.stream().map(r -> {
            Object[] a = agreementRows.get(r.id());
            Agreement agreement = a == null ? null : new Agreement((Long) a[0], (Integer) a[1], r.id(), (AgreementKind) a[2],
                    (String) a[3], (LocalDate) a[4], (LocalDate) a[5], signatures.getOrDefault((Long) a[0], List.of()),
                    (Confirmation) a[6], (String) a[7]);
            return new MediationSession(r.id(), r.version(), matters.get(r.matterId()), r.kind(), r.parties(),
                    r.organization(), r.mediator(), r.heldOn(), r.place(), r.outcome(), r.notes(), r.recordedBy(),
                    r.recordedAt(), agreement);
        }).toList();
    }

    private List<Long> nextIds(String sequence, int n) {
        return n == 0 ? List.of() : jdbc.queryForList("select nextval('" + sequence + "') from generate_series(1, :n)",
                new MapSqlParameterSource("n", n), Long.class);
    }

    private void batch(String sql, List<MapSqlParameterSource> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows.toArray(new MapSqlParameterSource[0]));
        }
    }

    private static SqlParameterValue ids(Collection<Long> ids) {
        return new SqlParameterValue(Types.ARRAY, ids.toArray(new Long[0]));
    }

    private static SqlParameterValue textArray(List<String> values) {
        return new SqlParameterValue(Types.ARRAY, values.toArray(new String[0]));
    }
}
