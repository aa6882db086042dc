package org.xinfang.review;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.casework.Casework;
import org.xinfang.casework.MatterCommand;
import org.xinfang.casework.MatterFacts;
import org.xinfang.casework.MatterFilter;
import org.xinfang.casework.PublicRecords;
import org.xinfang.casework.ReviewOutcome;
import org.xinfang.platform.RequiredText;
import org.xinfang.platform.IdempotencyKeys;
import org.xinfang.platform.Refusal;
import org.xinfang.review.ReviewCase.Hearing;
import org.xinfang.review.ReviewCase.Member;
import org.xinfang.review.ReviewCase.Opinion;
import org.xinfang.review.ReviewCase.Participant;
import org.xinfang.review.ReviewCase.Publication;
import org.xinfang.review.ReviewCase.View;
import org.xinfang.statute.ReviewCommitteeRules;
import org.xinfang.territory.StaffDirectory;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.StaffRole;
import org.xinfang.territory.Territory;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The review and re-review committees (复查复核委员会; 2022 arts 35–36): the reviewing body opens a case on a matter under
 * review or re-review with its members, each member gives a view, a re-review may hold a hearing (听证) whose days do not
 * count against the limit, and the committee's opinion is given to the matter through casework's commands, which write
 * the statutory letters. A re-review opinion given after a hearing can be published. Staff who may see the matter see
 * its cases; so do the members.
 */
@Service
public class ReviewCommittees {

    /** Who organises a case (opens it, names the members, holds the hearing): the roles casework lets record a hearing. */
    private static final Set<StaffRole> ORGANISERS = EnumSet.of(StaffRole.LEADER, StaffRole.REGISTRAR, StaffRole.HANDLER);
    /** Who gives the committee's opinion and publishes it: its head. */
    private static final Set<StaffRole> HEADS = EnumSet.of(StaffRole.LEADER);
    private static final int MAX_PARTICIPANTS = 30;

    private final MatterFacts facts;
    private final Casework casework;
    private final PublicRecords publicRecords;
    private final Territory territory;
    private final StaffDirectory staff;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    ReviewCommittees(MatterFacts facts, Casework casework, PublicRecords publicRecords, Territory territory,
                     StaffDirectory staff, NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.facts = facts;
        this.casework = casework;
        this.publicRecords = publicRecords;
        this.territory = territory;
        this.staff = staff;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Opens the committee's case on the matter numbered {@code referenceNo}, now under review or re-review, as an
     * organiser of the reviewing body, with its members. One case a matter and stage; a repeated submission with the
     * same request key answers with the case opened the first time.
     */
    @Transactional
    public ReviewCase open(StaffPrincipal by, String referenceNo, List<String> members, String requestKey) {
        IdempotencyKeys.check(requestKey);
        if (requestKey != null) {
            Optional<ReviewCase> earlier = byKey(by.getUsername(), requestKey);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        String ref = referenceNo == null ? "" : referenceNo.strip();
        MatterFacts.Review m = facts.byReference(ref).filter(f -> seesMatter(by, f.matterId()))
                .flatMap(f -> facts.review(f.matterId()))
                .orElseThrow(() -> Refusal.invalid("referenceNo", "review.matter.unknown", ref));
        ReviewStage stage = ReviewStage.of(m.state())
                .orElseThrow(() -> Refusal.conflict("review.matter.not-under-review", m.referenceNo(), m.state()));
        Long body = reviewingBody(m, stage);
        requireRole(by, body, reviewedUnit(m, stage), ORGANISERS, "review.organiser-only");
        List<String> named = checkMembers(members, body, reviewedUnit(m, stage));
        List<Long> id = jdbc.queryForList("""
                insert into review_case (matter_id, stage, reviewing_unit_id, opened_by, opened_on, request_key)
                values (:matter, :stage, :body, :by, :on, :key) on conflict do nothing returning id""",
                new MapSqlParameterSource("matter", m.matterId()).addValue("stage", stage.name()).addValue("body", body)
                        .addValue("by", by.getUsername()).addValue("on", LocalDate.now(clock)).addValue("key", requestKey),
                Long.class);
        if (id.isEmpty()) {
            // the same key submitted twice at once, or a colleague opened the case a moment ago
            return (requestKey == null ? Optional.<ReviewCase>empty() : byKey(by.getUsername(), requestKey))
                    .orElseThrow(() -> Refusal.conflict("review.case.open", m.referenceNo(), stage));
        }
        insertMembers(id.get(0), named);
        return find(id.get(0));
    }

    /** Names the case's members anew, as an organiser, at the version seen; a member who gave a view stays. */
    @Transactional
    public ReviewCase assign(StaffPrincipal by, Long caseId, int version, List<String> members) {
        ReviewCase c = visibleCase(by, caseId);
        requireRole(by, c, ORGANISERS, "review.organiser-only");
        requireUndecided(c);
        List<String> named = checkMembers(members, c.reviewingUnitId(), reviewedUnit(c.matter(), c.stage()));
        for (Member m : c.members()) {
            if (m.view() != null && !named.contains(m.username())) {
                throw Refusal.conflict("review.member.has-view", name(m.username()));
            }
        }
        bumpVersion(c, version);
        jdbc.update("delete from review_member where review_case_id = :id and not (username = any(:names))",
                new MapSqlParameterSource("id", caseId).addValue("names", array(named)));
        insertMembers(caseId, named);
        return find(caseId);
    }

    /**
     * A member's own view: the outcome they propose and why. Once; the same view sent again (a retried request) answers
     * with the case as it is.
     */
    @Transactional
    public ReviewCase giveView(StaffPrincipal by, Long caseId, ReviewOutcome outcome, String reasoning) {
        ReviewCase c = visibleCase(by, caseId);
        Member member = c.member(by.getUsername())
                .orElseThrow(() -> Refusal.forbidden("review.view.not-member", unitName(c.reviewingUnitId())));
        requireUndecided(c);
        if (outcome == null) {
            throw Refusal.invalid("outcome", "review.outcome.required");
        }
        String text = RequiredText.of("reasoning", reasoning, 5000);
        if (member.view() != null) {
            if (member.view().outcome() == outcome && member.view().reasoning().equals(text)) {
                return c;
            }
            throw Refusal.conflict("review.view.given", LocalDate.ofInstant(member.view().givenAt(), clock.getZone()));
        }
        int inserted = jdbc.update("""
                insert into review_view (review_case_id, username, outcome, reasoning, given_at)
                values (:case, :by, :outcome, :text, :at) on conflict do nothing""",
                new MapSqlParameterSource("case", caseId).addValue("by", by.getUsername()).addValue("outcome", outcome.name())
                        .addValue("text", text).addValue("at", Timestamp.from(clock.instant())));
        if (inserted == 0) {
            // the same member's other tab a moment ago: the same view is that one; another is refused as above
            return giveView(by, caseId, outcome, reasoning);
        }
        return find(caseId);
    }

    /**
     * Schedules the hearing of a re-review (or moves it while it has not been held), as an organiser, at the version
     * seen: when (in the office's zone), where, and who takes part.
     */
    @Transactional
    public ReviewCase scheduleHearing(StaffPrincipal by, Long caseId, int version, LocalDateTime startsAt, String place,
                                      List<Participant> participants) {
        ReviewCase c = visibleCase(by, caseId);
        requireRole(by, c, ORGANISERS, "review.organiser-only");
        if (!ReviewCommitteeRules.mayHoldHearing(c.stage() == ReviewStage.RE_REVIEW)) {
            throw Refusal.conflict("review.hearing.review-stage", c.matter().referenceNo());
        }
        requireUndecided(c);
        if (c.hearingHeld()) {
            throw Refusal.conflict("review.hearing.held", c.hearing().recordedOn());
        }
        if (startsAt == null) {
            throw Refusal.invalid("startsAt", "review.hearing.starts-at");
        }
        LocalDate requested = c.matter().reReviewRequestedOn();
        if (requested != null && startsAt.toLocalDate().isBefore(requested)) {
            throw Refusal.invalid("startsAt", "review.hearing.before-request", startsAt.toLocalDate(), requested);
        }
        String where = RequiredText.of("place", place, 300);
        List<Participant> people = participants == null ? List.of() : participants;
        if (people.isEmpty() || people.size() > MAX_PARTICIPANTS) {
            throw Refusal.invalid("participants", "review.hearing.participants", MAX_PARTICIPANTS);
        }
        for (int i = 0; i < people.size(); i++) {
            Participant p = people.get(i);
            if (p == null || p.role() == null) {
                throw Refusal.invalid("participants", "review.hearing.participant-role", i + 1);
            }
            RequiredText.of("participants", p.name(), 100);
        }
        bumpVersion(c, version);
        Timestamp at = Timestamp.from(startsAt.atZone(clock.getZone()).toInstant());
        jdbc.update("""
                insert into review_hearing (review_case_id, starts_at, place) values (:case, :at, :place)
                on conflict (review_case_id) do update set starts_at = excluded.starts_at, place = excluded.place""",
                new MapSqlParameterSource("case", caseId).addValue("at", at).addValue("place", where));
        jdbc.update("delete from review_hearing_participant where review_case_id = :case", new MapSqlParameterSource("case", caseId));
        insertParticipants(caseId, people);
        return find(caseId);
    }

    /**
     * The hearing held: its record (笔录) and the days it took, which go to the matter through casework's Hearing
     * command so that they do not count against the re-review's 30 days (2022 art. 36 ¶2).
     */
    @Transactional
    public ReviewCase recordHearing(StaffPrincipal by, Long caseId, int version, String record, Integer days) {
        ReviewCase c = visibleCase(by, caseId);
        requireRole(by, c, ORGANISERS, "review.organiser-only");
        requireUndecided(c);
        if (c.hearing() == null) {
            throw Refusal.conflict("review.hearing.none");
        }
        if (c.hearingHeld()) {
            throw Refusal.conflict("review.hearing.held", c.hearing().recordedOn());
        }
        if (c.hearing().startsAt().isAfter(clock.instant())) {
            throw Refusal.conflict("review.hearing.not-yet", LocalDateTime.ofInstant(c.hearing().startsAt(), clock.getZone())
                    .toString().replace('T', ' '));
        }
        String text = RequiredText.of("record", record, 20000);
        if (days == null) {
            throw Refusal.invalid("days", "matter.hearing.days");
        }
        bumpVersion(c, version);
        LocalDate today = LocalDate.now(clock);
        casework.act(c.matter().matterId(), new MatterCommand.Hearing(c.matter().version(), days,
                c.hearing().place() + " · " + LocalDate.ofInstant(c.hearing().startsAt(), clock.getZone())), by);
        jdbc.update("""
                update review_hearing set record = :record, days = :days, recorded_on = :on, recorded_by = :by
                where review_case_id = :case""", new MapSqlParameterSource("case", caseId).addValue("record", text)
                .addValue("days", days).addValue("on", today).addValue("by", by.getUsername()));
        return find(caseId);
    }

    /**
     * The committee's opinion, given by its head once a majority of members gave their views (and after the hearing's
     * record, when one was scheduled): to the matter as its review or re-review opinion, whose letter casework writes.
     * After re-review the matter is final (2022 art. 36 ¶3).
     */
    @Transactional
    public ReviewCase giveOpinion(StaffPrincipal by, Long caseId, int version, ReviewOutcome outcome, String text) {
        ReviewCase c = visibleCase(by, caseId);
        requireRole(by, c, HEADS, "review.head-only");
        requireUndecided(c);
        if (!ReviewCommitteeRules.hasQuorum((int) c.views(), c.members().size())) {
            throw Refusal.conflict("review.opinion.no-quorum", c.views(), c.members().size());
        }
        if (c.hearing() != null && !c.hearingHeld()) {
            throw Refusal.conflict("review.opinion.hearing-pending");
        }
        if (outcome == null) {
            throw Refusal.invalid("outcome", "review.outcome.required");
        }
        String opinion = RequiredText.of("text", text, 20000);
        bumpVersion(c, version);
        int matterVersion = c.matter().version();
        casework.act(c.matter().matterId(), c.stage() == ReviewStage.REVIEW
                ? new MatterCommand.ReviewOpinion(matterVersion, outcome, opinion)
                : new MatterCommand.ReReviewOpinion(matterVersion, outcome, opinion), by);
        jdbc.update("""
                update review_case set opinion_outcome = :outcome, opinion_text = :text, opinion_on = :on, opinion_by = :by
                where id = :id""", new MapSqlParameterSource("id", caseId).addValue("outcome", outcome.name())
                .addValue("text", opinion).addValue("on", LocalDate.now(clock)).addValue("by", by.getUsername()));
        return find(caseId);
    }

    /**
     * Publishes a re-review opinion given after a hearing (向社会公示, 2022 art. 36 ¶2), as the committee's head, at the
     * version seen: the text as the public reads it, with the petitioner's details, the villages, the members' and the
     * participants' names masked.
     */
    @Transactional
    public ReviewCase publish(StaffPrincipal by, Long caseId, int version) {
        ReviewCase c = visibleCase(by, caseId);
        requireRole(by, c, HEADS, "review.head-only");
        if (c.publication() != null) {
            throw Refusal.conflict("review.published", c.publication().publishedOn());
        }
        if (!ReviewCommitteeRules.mayPublish(c.stage() == ReviewStage.RE_REVIEW, c.opinion() != null, c.hearingHeld())) {
            throw Refusal.conflict("review.publish.not-allowed");
        }
        bumpVersion(c, version);
        List<String> names = Stream.concat(c.members().stream().map(m -> staff.displayName(m.username()).orElse(null)),
                c.hearing().participants().stream().map(Participant::name)).filter(Objects::nonNull).toList();
        jdbc.update("""
                insert into review_publication (review_case_id, reference_no, outcome, masked_text, reviewing_unit_id,
                                                hearing_on, published_on, published_by)
                values (:case, :ref, :outcome, :text, :body, :hearing, :on, :by)""",
                new MapSqlParameterSource("case", caseId).addValue("ref", c.matter().referenceNo())
                        .addValue("outcome", c.opinion().outcome().name())
                        .addValue("text", publicRecords.masked(c.matter().matterId(), c.opinion().text(), names))
                        .addValue("body", c.reviewingUnitId())
                        .addValue("hearing", LocalDate.ofInstant(c.hearing().startsAt(), clock.getZone()))
                        .addValue("on", LocalDate.now(clock)).addValue("by", by.getUsername()));
        return find(caseId);
    }

    /** The case with this id, if {@code viewer} may see its matter or is one of its members; otherwise "not found". */
    @Transactional(readOnly = true)
    public ReviewCase visibleCase(StaffPrincipal viewer, Long id) {
        ReviewCase c = find(id);
        if (c == null || !(c.isMember(viewer.getUsername()) || seesMatter(viewer, c.matter().matterId()))) {
            throw Refusal.notFound("review.case.unknown", String.valueOf(id));
        }
        return c;
    }

    /** Whether {@code viewer} may organise the case (name members, hold the hearing). */
    public boolean organises(StaffPrincipal viewer, ReviewCase c) {
        return mayAct(viewer, c.reviewingUnitId(), reviewedUnit(c.matter(), c.stage()), ORGANISERS);
    }

    /** Whether {@code viewer} heads the case (gives the committee's opinion, publishes it). */
    public boolean heads(StaffPrincipal viewer, ReviewCase c) {
        return mayAct(viewer, c.reviewingUnitId(), reviewedUnit(c.matter(), c.stage()), HEADS);
    }

    /** The cases a viewer follows: how many, how many still wait for the opinion, and the first of them. */
    public record Listing(long total, long undecided, List<ReviewCase> first) {
    }

    /**
     * The cases of the reviewing bodies in {@code viewer}'s scope and those they sit on: the counts, and the first
     * {@code limit}, those still waiting for the opinion first, then the latest opened.
     */
    @Transactional(readOnly = true)
    public Listing list(StaffPrincipal viewer, int limit) {
        MapSqlParameterSource p = new MapSqlParameterSource("units", array(territory.unitIdsUnder(viewer.scopePath())))
                .addValue("me", viewer.getUsername()).addValue("limit", limit);
        String where = " from review_case c where c.reviewing_unit_id = any(:units)"
                + " or exists (select 1 from review_member m where m.review_case_id = c.id and m.username = :me)";
        Map<String, Object> counts = jdbc.queryForMap("select count(*) total, count(*) filter (where c.opinion_on is null)"
                + " undecided" + where, p);
        List<Row> rows = jdbc.query("select c.*" + where + " order by c.opinion_on is null desc, c.opened_on desc, c.id desc"
                + " limit :limit", p, ROW);
        return new Listing(((Number) counts.get("total")).longValue(), ((Number) counts.get("undecided")).longValue(),
                cases(rows));
    }

    /** How many matters of each stage {@link #awaitingCommittee} looks through, the most urgent first. */
    private static final int AWAITING_LOOK = 200;

    /**
     * The matters under review or re-review that {@code viewer} may organise a committee on and that have none yet
     * (of the {@value #AWAITING_LOOK} most urgent of each stage, at most {@code limit} of each).
     */
    @Transactional(readOnly = true)
    public List<MatterFacts.Review> awaitingCommittee(StaffPrincipal viewer, int limit) {
        List<MatterFacts.Review> waiting = new ArrayList<>();
        for (ReviewStage stage : ReviewStage.values()) {
            MatterFilter filter = new MatterFilter(stage.during(), false, null, 3, null, null, null, null, null, null, null,
                    null, false, 0, AWAITING_LOOK);
            List<Long> ids = casework.summaries(filter, viewer).items().stream().map(org.xinfang.casework.MatterSummary::id).toList();
            Set<Long> opened = new java.util.HashSet<>(jdbc.queryForList(
                    "select matter_id from review_case where stage = :stage and matter_id = any(:ids)",
                    new MapSqlParameterSource("stage", stage.name()).addValue("ids", array(ids)), Long.class));
            ids.stream().filter(id -> !opened.contains(id)).map(facts::review).flatMap(Optional::stream)
                    .filter(m -> mayAct(viewer, reviewingBody(m, stage), reviewedUnit(m, stage), ORGANISERS))
                    .limit(limit).forEach(waiting::add);
        }
        return waiting;
    }

    /** The staff who may sit on a committee of {@code body} reviewing {@code reviewedUnitId}'s opinion, by log-in name. */
    @Transactional(readOnly = true)
    public List<StaffDirectory.Account> candidates(Long body, Long reviewedUnitId) {
        List<Long> units = territory.unitIdsUnder(territory.require(body).path()).stream()
                .filter(u -> Objects.equals(governmentId(u), body)).toList();
        return staff.accountsOf(units).stream()
                .filter(a -> ReviewCommitteeRules.mayServe(governmentId(a.unitId()), body, a.unitId(), reviewedUnitId))
                .filter(a -> !a.roles().equals(Set.of(StaffRole.ADMIN)))
                .sorted(Comparator.comparing(StaffDirectory.Account::username)).toList();
    }

    /** The unit whose opinion the case reviews: the handling unit's on review, the reviewing body's on re-review. */
    public static Long reviewedUnit(MatterFacts.Review m, ReviewStage stage) {
        return stage == ReviewStage.REVIEW ? m.leadUnitId() : m.reviewUnitId();
    }

    /** The body that gives the stage's opinion (2022 arts 35, 36 ¶1). */
    public static Long reviewingBody(MatterFacts.Review m, ReviewStage stage) {
        return stage == ReviewStage.REVIEW ? m.reviewUnitId() : m.reReviewUnitId();
    }

    // --- the demo city's history

    /** A case of earlier days brought in with imported matters (the demo city), as it stood. */
    public record ImportedCase(Long matterId, ReviewStage stage, Long reviewingUnitId, String openedBy, LocalDate openedOn,
                               List<String> members, Map<String, View> views, Hearing hearing, Opinion opinion,
                               Publication publication, String referenceNo) {
    }

    /**
     * Records imported cases as they stood, without the forms' checks (the importer answers for them): ids drawn from
     * the sequence first, then one batch of inserts a table.
     */
    @Transactional
    public int importHistory(List<ImportedCase> cases) {
        List<Long> ids = jdbc.queryForList("select nextval('review_case_id_seq') from generate_series(1, :n)",
                new MapSqlParameterSource("n", cases.size()), Long.class);
        List<MapSqlParameterSource> caseRows = new ArrayList<>();
        List<MapSqlParameterSource> memberRows = new ArrayList<>();
        List<MapSqlParameterSource> viewRows = new ArrayList<>();
        List<MapSqlParameterSource> hearingRows = new ArrayList<>();
        List<MapSqlParameterSource> participantRows = new ArrayList<>();
        List<MapSqlParameterSource> publicationRows = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            ImportedCase c = cases.get(i);
            Long id = ids.get(i);
            Opinion o = c.opinion();
            caseRows.add(new MapSqlParameterSource("id", id).addValue("matter", c.matterId()).addValue("stage", c.stage().name())
                    .addValue("body", c.reviewingUnitId()).addValue("by", c.openedBy()).addValue("on", c.openedOn())
                    .addValue("outcome", o == null ? null : o.outcome().name()).addValue("text", o == null ? null : o.text())
                    .addValue("opinionOn", o == null ? null : o.on()).addValue("opinionBy", o == null ? null : o.by()));
            c.members().forEach(m -> memberRows.add(new MapSqlParameterSource("case", id).addValue("name", m)));
            c.views().forEach((m, v) -> viewRows.add(new MapSqlParameterSource("case", id).addValue("name", m)
                    .addValue("outcome", v.outcome().name()).addValue("text", v.reasoning())
                    .addValue("at", Timestamp.from(v.givenAt()))));
            Hearing h = c.hearing();
            if (h != null) {
                hearingRows.add(new MapSqlParameterSource("case", id).addValue("at", Timestamp.from(h.startsAt()))
                        .addValue("place", h.place()).addValue("record", h.record()).addValue("days", h.days())
                        .addValue("on", h.recordedOn()).addValue("by", h.recordedBy()));
                for (int j = 0; j < h.participants().size(); j++) {
                    participantRows.add(new MapSqlParameterSource("case", id).addValue("seq", j)
                            .addValue("role", h.participants().get(j).role().name()).addValue("name", h.participants().get(j).name()));
                }
            }
            Publication p = c.publication();
            if (p != null) {
                publicationRows.add(new MapSqlParameterSource("case", id).addValue("ref", c.referenceNo())
                        .addValue("outcome", o.outcome().name()).addValue("text", p.maskedText()).addValue("body", c.reviewingUnitId())
                        .addValue("hearing", LocalDate.ofInstant(h.startsAt(), clock.getZone())).addValue("on", p.publishedOn())
                        .addValue("by", p.publishedBy()));
            }
        }
        batch("""
                insert into review_case (id, matter_id, stage, reviewing_unit_id, opened_by, opened_on, opinion_outcome,
                                         opinion_text, opinion_on, opinion_by)
                values (:id, :matter, :stage, :body, :by, :on, :outcome, :text, :opinionOn, :opinionBy)""", caseRows);
        batch("insert into review_member (review_case_id, username) values (:case, :name)", memberRows);
        batch("""
                insert into review_view (review_case_id, username, outcome, reasoning, given_at)
                values (:case, :name, :outcome, :text, :at)""", viewRows);
        batch("""
                insert into review_hearing (review_case_id, starts_at, place, record, days, recorded_on, recorded_by)
                values (:case, :at, :place, :record, :days, :on, :by)""", hearingRows);
        batch("""
                insert into review_hearing_participant (review_case_id, seq, role, name)
                values (:case, :seq, :role, :name)""", participantRows);
        batch("""
                insert into review_publication (review_case_id, reference_no, outcome, masked_text, reviewing_unit_id,
                                                hearing_on, published_on, published_by)
                values (:case, :ref, :outcome, :text, :body, :hearing, :on, :by)""", publicationRows);
        return cases.size();
    }

    private void batch(String sql, List<MapSqlParameterSource> rows) {
        jdbc.batchUpdate(sql, rows.toArray(new MapSqlParameterSource[0]));
    }

    // --- checks

    private List<String> checkMembers(List<String> members, Long body, Long reviewedUnitId) {
        List<String> given = members == null ? List.of() : members.stream().filter(Objects::nonNull).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        Set<String> named = new LinkedHashSet<>(given);
        if (named.size() != given.size()) {
            throw Refusal.invalid("members", "review.member.twice");
        }
        if (named.size() < ReviewCommitteeRules.MIN_MEMBERS || named.size() > ReviewCommitteeRules.MAX_MEMBERS) {
            throw Refusal.invalid("members", "review.members.count", ReviewCommitteeRules.MIN_MEMBERS,
                    ReviewCommitteeRules.MAX_MEMBERS, named.size());
        }
        for (String username : named) {
            StaffDirectory.Account a = staff.account(username)
                    .orElseThrow(() -> Refusal.invalid("members", "review.member.unknown", username));
            if (a.unitId().equals(reviewedUnitId)) {
                throw Refusal.invalid("members", "review.member.reviewed-unit", a.displayName(), unitName(reviewedUnitId));
            }
            if (!ReviewCommitteeRules.mayServe(governmentId(a.unitId()), body, a.unitId(), reviewedUnitId)) {
                throw Refusal.invalid("members", "review.member.not-of-body", a.displayName(), unitName(body));
            }
        }
        return List.copyOf(named);
    }

    private void requireRole(StaffPrincipal by, ReviewCase c, Set<StaffRole> roles, String refusalKey) {
        requireRole(by, c.reviewingUnitId(), reviewedUnit(c.matter(), c.stage()), roles, refusalKey);
    }

    private void requireRole(StaffPrincipal by, Long body, Long reviewedUnitId, Set<StaffRole> roles, String refusalKey) {
        if (!mayAct(by, body, reviewedUnitId, roles)) {
            throw Refusal.forbidden(refusalKey, unitName(body));
        }
    }

    private boolean mayAct(StaffPrincipal by, Long body, Long reviewedUnitId, Set<StaffRole> roles) {
        return body != null && by.roles().stream().anyMatch(roles::contains)
                && ReviewCommitteeRules.mayServe(governmentId(by.unit().id()), body, by.unit().id(), reviewedUnitId);
    }

    private static void requireUndecided(ReviewCase c) {
        if (c.opinion() != null) {
            throw Refusal.conflict("review.case.decided", c.opinion().on());
        }
    }

    private void bumpVersion(ReviewCase c, int version) {
        if (jdbc.update("update review_case set version = version + 1 where id = :id and version = :version",
                new MapSqlParameterSource("id", c.id()).addValue("version", version)) == 0) {
            throw Refusal.conflict("review.stale", version, c.version());
        }
    }

    private Long governmentId(Long unitId) {
        return territory.unit(unitId).map(u -> territory.governmentOf(u).id()).orElse(null);
    }

    private String unitName(Long unitId) {
        return unitId == null ? "" : territory.unit(unitId).map(u -> u.displayName(Locale.SIMPLIFIED_CHINESE))
                .orElse(String.valueOf(unitId));
    }

    private String name(String username) {
        return staff.nameOrLogin(username);
    }

    private boolean seesMatter(StaffPrincipal viewer, Long matterId) {
        return casework.count(MatterFilter.everything(0, 1), viewer, List.of(matterId)) > 0;
    }

    // --- reading

    private Optional<ReviewCase> byKey(String by, String key) {
        return jdbc.queryForList("select id from review_case where opened_by = :by and request_key = :key",
                new MapSqlParameterSource("by", by).addValue("key", key), Long.class).stream().findFirst().map(this::find);
    }

    private void insertMembers(Long caseId, List<String> usernames) {
        jdbc.batchUpdate("insert into review_member (review_case_id, username) values (:case, :name) on conflict do nothing",
                usernames.stream().map(u -> new MapSqlParameterSource("case", caseId).addValue("name", u))
                        .toArray(MapSqlParameterSource[]::new));
    }

    private void insertParticipants(Long caseId, List<Participant> people) {
        List<MapSqlParameterSource> rows = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            rows.add(new MapSqlParameterSource("case", caseId).addValue("seq", i).addValue("role", people.get(i).role().name())
                    .addValue("name", people.get(i).name().strip()));
        }
        batch("insert into review_hearing_participant (review_case_id, seq, role, name) values (:case, :seq, :role, :name)", rows);
    }

    private static SqlParameterValue array(Collection<?> values) {
        boolean longs = values.stream().allMatch(v -> v instanceof Long);
        return new SqlParameterValue(Types.ARRAY, longs ? values.toArray(new Long[0]) : values.toArray(new String[0]));
    }

    private ReviewCase find(Long id) {
        List<ReviewCase> found = cases(jdbc.query("select * from review_case where id = :id", new MapSqlParameterSource("id", id), ROW));
        return found.isEmpty() ? null : found.get(0);
    }

    private record Row(Long id, int version, Long matterId, ReviewStage stage, Long reviewingUnitId, String openedBy,
                       LocalDate openedOn, Opinion opinion) {
    }

    private static final RowMapper<Row> ROW = (rs, i) -> new Row(rs.getLong("id"), rs.getInt("version"),
            rs.getLong("matter_id"), ReviewStage.valueOf(rs.getString("stage")), rs.getLong("reviewing_unit_id"),
            rs.getString("opened_by"), rs.getObject("opened_on", LocalDate.class),
            rs.getString("opinion_outcome") == null ? null : new Opinion(ReviewOutcome.valueOf(rs.getString("opinion_outcome")),
                    rs.getString("opinion_text"), rs.getObject("opinion_on", LocalDate.class), rs.getString("opinion_by")));

    private List<ReviewCase> cases(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        SqlParameterValue ids = array(rows.stream().map(Row::id).toList());
        MapSqlParameterSource p = new MapSqlParameterSource("ids", ids);
        Map<Long, MatterFacts.Review> matters = new HashMap<>();
        rows.stream().map(Row::matterId).distinct().forEach(m -> facts.review(m).ifPresent(r -> matters.put(m, r)));
        Map<Long, Map<String, View>> views = new HashMap<>();
        jdbc.query("select * from review_view where review_case_id = any(:ids)", p, rs -> {
            views.computeIfAbsent(rs.getLong("review_case_id"), k -> new HashMap<>()).put(rs.getString("username"),
                    new View(ReviewOutcome.valueOf(rs.getString("outcome")), rs.getString("reasoning"),
                            rs.getTimestamp("given_at").toInstant()));
        });
        Map<Long, List<Member>> members = new HashMap<>();
        jdbc.query("select * from review_member where review_case_id = any(:ids) order by username", p, rs -> {
            long c = rs.getLong("review_case_id");
            String u = rs.getString("username");
            members.computeIfAbsent(c, k -> new ArrayList<>()).add(new Member(u, views.getOrDefault(c, Map.of()).get(u)));
        });
        Map<Long, List<Participant>> participants = new HashMap<>();
        jdbc.query("select * from review_hearing_participant where review_case_id = any(:ids) order by seq", p, rs -> {
            participants.computeIfAbsent(rs.getLong("review_case_id"), k -> new ArrayList<>())
                    .add(new Participant(HearingRole.valueOf(rs.getString("role")), rs.getString("name")));
        });
        Map<Long, Hearing> hearings = new HashMap<>();
        jdbc.query("select * from review_hearing where review_case_id = any(:ids)", p, rs -> {
            long c = rs.getLong("review_case_id");
            hearings.put(c, new Hearing(rs.getTimestamp("starts_at").toInstant(), rs.getString("place"),
                    participants.getOrDefault(c, List.of()), rs.getString("record"), (Integer) rs.getObject("days"),
                    rs.getObject("recorded_on", LocalDate.class), rs.getString("recorded_by")));
        });
        Map<Long, Publication> publications = new HashMap<>();
        jdbc.query("select * from review_publication where review_case_id = any(:ids)", p, rs -> {
            publications.put(rs.getLong("review_case_id"), new Publication(rs.getString("masked_text"),
                    rs.getObject("published_on", LocalDate.class), rs.getString("published_by")));
        });
        return rows.stream().map(r -> new ReviewCase(r.id(), r.version(), matters.get(r.matterId()), r.stage(),
                r.reviewingUnitId(), r.openedBy(), r.openedOn(), members.getOrDefault(r.id(), List.of()),
                hearings.get(r.id()), r.opinion(), publications.get(r.id()))).toList();
    }
}
