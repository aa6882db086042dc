package org.xinfang.coordination;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.casework.AdoptionOutcome;
import org.xinfang.casework.Casework;
import org.xinfang.casework.MatterEventType;
import org.xinfang.casework.MatterFacts;
import org.xinfang.casework.MatterFacts.Facts;
import org.xinfang.casework.MatterFilter;
import org.xinfang.casework.MatterTransitioned;
import org.xinfang.casework.SupervisionNoticesIssued;
import org.xinfang.casework.SupervisionNoticesIssued.Issued;
import org.xinfang.platform.Refusal;
import org.xinfang.statute.Statute;
import org.xinfang.statute.SupervisionRules;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.StaffRole;
import org.xinfang.territory.Territory;
import org.xinfang.territory.UnitView;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The follow-up of supervision notices (督办单, 2022 art. 40): each notice a matter's timeline holds becomes a case
 * here. The supervised unit answers within 30 days; the supervising body records its improvement suggestion (art. 40
 * ¶1); the unit gives written feedback on whether it adopted it (art. 40 ¶4); a notice left unanswered past its day
 * goes up to the next-higher level's petition bureau, and up again each further 30 days it is ignored.
 */
@Service
public class SupervisionNotices {

    private static final Set<StaffRole> SUPERVISING = Set.of(StaffRole.SUPERVISOR, StaffRole.LEADER);

    private final SupervisionNoticesIssued issued;
    private final MatterFacts facts;
    private final Casework casework;
    private final Territory territory;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SupervisionNotices(SupervisionNoticesIssued issued, MatterFacts facts, Casework casework, Territory territory,
                       NamedParameterJdbcTemplate jdbc, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.issued = issued;
        this.facts = facts;
        this.casework = casework;
        this.territory = territory;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A notice and where its follow-up stands. */
    public record Notice(Long id, int version, Facts matter, Long issuedByUnitId, Long unitId, LocalDate issuedOn,
                         String reason, LocalDate answerDueOn, String answer, LocalDate answeredOn, String answeredBy,
                         String suggestion, LocalDate suggestedOn, String suggestedBy, AdoptionOutcome adoption,
                         String adoptionFeedback, LocalDate adoptionOn, String adoptionBy, int escalationLevel,
                         Long escalatedToUnitId, LocalDate escalatedOn) {

        public boolean answered() {
            return answeredOn != null;
        }

        /** Past its answer day without an answer. */
        public boolean ignored(LocalDate today) {
            return !answered() && answerDueOn.isBefore(today);
        }

        /** A suggestion was made and the unit has not yet said in writing whether it adopted it. */
        public boolean awaitsFeedback() {
            return suggestedOn != null && adoptionOn == null;
        }

        /** Nothing more to do: answered, and any suggestion's adoption fed back. */
        public boolean done() {
            return answered() && (suggestedOn == null || adoptionOn != null);
        }

        /** The body following it up now: the one it was escalated to, else the one that issued it. */
        public Long supervisingUnitId() {
            return escalatedToUnitId != null ? escalatedToUnitId : issuedByUnitId;
        }
    }

    /** The notices a person deals with: to their unit, issued or escalated to their unit, under their scope. */
    public record Desk(List<Notice> toAnswer, List<Notice> following, List<Notice> awaitingFeedback, long total) {
    }

    /** Each notice issued on a matter becomes a case to follow up (once, however often the event comes). */
    @ApplicationModuleListener
    void on(MatterTransitioned step) {
        if (step.type() == MatterEventType.SUPERVISION_NOTICE_ISSUED) {
            issued.of(step.matterId(), step.seq()).ifPresent(n -> insert(List.of(n)));
        }
    }

    /** Brings in the notices of imported history, with their answers as the importer has them. */
    @Transactional
    public int importHistory(List<Issued> notices) {
        return insert(notices);
    }

    /** Answers of imported history: the unit's answer on the day it gave it. */
    public record ImportedAnswer(Long matterId, int seq, LocalDate answeredOn, String answer, String suggestion,
                                 AdoptionOutcome adoption, String feedback, LocalDate feedbackOn) {
    }

    @Transactional
    public void importAnswers(List<ImportedAnswer> answers) {
        jdbc.batchUpdate("""
                update supervision_notice set answer = :answer, answered_on = :on, answered_by = 'demo.generator',
                       suggestion = :suggestion, suggested_on = case when :suggestion::text is null then null else :on end,
                       suggested_by = case when :suggestion::text is null then null else 'demo.generator' end,
                       adoption = :adoption, adoption_feedback = :feedback, adoption_on = :feedbackOn,
                       adoption_by = case when :feedbackOn::date is null then null else 'demo.generator' end
                 where matter_id = :matter and matter_seq = :seq""", answers.stream().map(a ->
                new MapSqlParameterSource("answer", a.answer()).addValue("on", a.answeredOn())
                        .addValue("suggestion", a.suggestion()).addValue("adoption", a.adoption() == null ? null : a.adoption().name())
                        .addValue("feedback", a.feedback()).addValue("feedbackOn", a.feedbackOn())
                        .addValue("matter", a.matterId()).addValue("seq", a.seq())).toArray(MapSqlParameterSource[]::new));
    }

    private int insert(List<Issued> notices) {
        ZoneId zone = clock.getZone();
        int[] done = jdbc.batchUpdate("""
                insert into supervision_notice (matter_id, matter_seq, issued_by_unit_id, unit_id, unit_path, issued_on, reason,
                                                answer_due_on)
                values (:matter, :seq, :by, :unit, :path, :on, :reason, :due)
                on conflict (matter_id, matter_seq) do nothing""", notices.stream().filter(n -> n.toUnitId() != null).map(n -> {
            LocalDate on = n.at().atZone(zone).toLocalDate();
            return new MapSqlParameterSource("matter", n.matterId()).addValue("seq", n.seq()).addValue("by", n.byUnitId())
                    .addValue("unit", n.toUnitId()).addValue("on", on).addValue("reason", n.reason())
                    // the supervised body's path, for the indicators by subtree
                    .addValue("path", territory.unit(n.toUnitId()).map(UnitView::path).orElse(null))
                    .addValue("due", Statute.supervisionAnswerDue(on));
        }).toArray(MapSqlParameterSource[]::new));
        return java.util.Arrays.stream(done).map(n -> Math.max(n, 0)).sum();
    }

    /** The supervised unit's answer: what it did, by a member of its staff, once, at the version seen. */
    @Transactional
    public Notice answer(StaffPrincipal by, Long id, int version, String answer) {
        Notice n = visible(by, id);
        if (!n.unitId().equals(by.unit().id())) {
            throw Refusal.forbidden("notice.answer.not-your-unit", unitName(n.unitId()));
        }
        if (n.answered()) {
            throw Refusal.conflict("notice.answered", n.matter().referenceNo(), n.answeredOn());
        }
        return change(n, version, "answer = :text, answered_on = :on, answered_by = :by", answer, by);
    }

    /** The supervising body's improvement suggestion (改进工作的建议, art. 40 ¶1), once, at the version seen. */
    @Transactional
    public Notice suggest(StaffPrincipal by, Long id, int version, String suggestion) {
        Notice n = visible(by, id);
        requireSupervising(by, n);
        if (n.suggestedOn() != null) {
            throw Refusal.conflict("notice.suggested", n.matter().referenceNo(), n.suggestedOn());
        }
        return change(n, version, "suggestion = :text, suggested_on = :on, suggested_by = :by", suggestion, by);
    }

    /** The unit's written feedback on whether it adopted the suggestion (art. 40 ¶4), once, at the version seen. */
    @Transactional
    public Notice feedback(StaffPrincipal by, Long id, int version, AdoptionOutcome adoption, String feedback) {
        Notice n = visible(by, id);
        if (!n.unitId().equals(by.unit().id())) {
            throw Refusal.forbidden("notice.answer.not-your-unit", unitName(n.unitId()));
        }
        if (n.suggestedOn() == null) {
            throw Refusal.conflict("notice.feedback.no-suggestion", n.matter().referenceNo());
        }
        if (n.adoptionOn() != null) {
            throw Refusal.conflict("notice.feedback.given", n.matter().referenceNo(), n.adoptionOn());
        }
        if (adoption == null) {
            throw Refusal.invalid("adoption", "notice.feedback.adoption");
        }
        return change(n, version, "adoption = '" + adoption.name()
                + "', adoption_feedback = :text, adoption_on = :on, adoption_by = :by", feedback, by);
    }

    /**
     * Sends each notice ignored past its answer day up one level: to the petition bureau of the government above the
     * body following it up, then again each {@link SupervisionRules#ESCALATION_DAYS} it is still ignored there; a
     * notice at the top of the territory stays where it is. The number sent up.
     */
    @Transactional
    public int escalateIgnored(LocalDate today) {
        List<Notice> ignored = notices(" where answered_on is null and answer_due_on < :today", Map.of("today", today));
        int sent = 0;
        for (Notice n : ignored) {
            if (!SupervisionRules.isDueForEscalation(n.answerDueOn(), n.escalatedOn(), today)) {
                continue;
            }
            Optional<UnitView> above = Optional.ofNullable(n.supervisingUnitId()).flatMap(territory::unit)
                    .map(territory::governmentOf).flatMap(territory::higherBody)
                    .map(g -> territory.department(territory.governmentOf(g), "PETITION").orElse(territory.governmentOf(g)));
            if (above.isEmpty()) {
                continue;
            }
            int raised = jdbc.update("""
                    update supervision_notice set escalation_level = escalation_level + 1, escalated_to_unit_id = :to,
                           escalated_on = :today, version = version + 1
                     where id = :id and version = :version""", new MapSqlParameterSource("to", above.get().id())
                    .addValue("today", today).addValue("id", n.id()).addValue("version", n.version()));
            if (raised > 0) {
                events.publishEvent(new SupervisionNoticeEscalated(n.id(), n.matter().matterId(),
                        n.escalationLevel() + 1, above.get().id(), n.unitId(), n.answerDueOn()));
                sent++;
            }
        }
        return sent;
    }

    /** One notice, for someone who may see its matter or whose unit it was sent or escalated to (404 otherwise). */
    @Transactional(readOnly = true)
    public Notice visible(StaffPrincipal viewer, Long id) {
        List<Notice> found = notices(" where id = :id", Map.of("id", id));
        if (found.isEmpty()) {
            throw Refusal.notFound("notice.unknown", String.valueOf(id));
        }
        Notice n = found.get(0);
        Long unit = viewer.unit().id();
        boolean concerned = unit.equals(n.unitId()) || unit.equals(n.supervisingUnitId()) || unit.equals(n.issuedByUnitId());
        if (!concerned && casework.count(MatterFilter.everything(0, 1), viewer, List.of(n.matter().matterId())) == 0) {
            throw Refusal.notFound("notice.unknown", String.valueOf(id));
        }
        return n;
    }

    /** The person's notices: to answer (their unit's), to follow up (their unit's issued or escalated), awaiting feedback. */
    @Transactional(readOnly = true)
    public Desk desk(StaffPrincipal viewer, int limit) {
        MapSqlParameterSource p = new MapSqlParameterSource("unit", viewer.unit().id()).addValue("limit", limit);
        List<Notice> toAnswer = notices(" where unit_id = :unit and (answered_on is null or (suggested_on is not null"
                + " and adoption_on is null)) order by answer_due_on, id limit :limit", p.getValues());
        List<Notice> following = notices(" where coalesce(escalated_to_unit_id, issued_by_unit_id) = :unit"
                + " and answered_on is null order by answer_due_on, id limit :limit", p.getValues());
        List<Notice> awaiting = notices(" where coalesce(escalated_to_unit_id, issued_by_unit_id) = :unit"
                + " and suggested_on is not null and adoption_on is null order by suggested_on, id limit :limit", p.getValues());
        Long total = jdbc.queryForObject("""
                select count(*) from supervision_notice
                 where unit_id = :unit or coalesce(escalated_to_unit_id, issued_by_unit_id) = :unit""", p, Long.class);
        return new Desk(toAnswer, following, awaiting, total == null ? 0 : total);
    }

    /** The notices of one matter, the latest first. */
    @Transactional(readOnly = true)
    public List<Notice> ofMatter(Long matterId) {
        return notices(" where matter_id = :m order by issued_on desc, id desc", Map.of("m", matterId));
    }

    private void requireSupervising(StaffPrincipal by, Notice n) {
        if (!by.hasAny(SUPERVISING) || !by.unit().id().equals(n.supervisingUnitId())) {
            throw Refusal.forbidden("notice.supervising-only", unitName(n.supervisingUnitId()));
        }
    }

    private Notice change(Notice n, int version, String set, String text, StaffPrincipal by) {
        if (text == null || text.isBlank()) {
            throw Refusal.invalid("text", "notice.text.blank");
        }
        int changed = jdbc.update("update supervision_notice set " + set + ", version = version + 1 where id = :id and version = :version",
                new MapSqlParameterSource("text", text.strip()).addValue("on", LocalDate.now(clock))
                        .addValue("by", by.getUsername()).addValue("id", n.id()).addValue("version", version));
        if (changed == 0) {
            throw Refusal.conflict("notice.stale", version, n.version());
        }
        return notices(" where id = :id", Map.of("id", n.id())).get(0);
    }

    private String unitName(Long unitId) {
        return unitId == null ? "" : territory.unit(unitId).map(u -> u.displayName(java.util.Locale.SIMPLIFIED_CHINESE))
                .orElse(String.valueOf(unitId));
    }

    private record Row(Long id, int version, Long matterId, Long issuedBy, Long unitId, LocalDate issuedOn, String reason,
                       LocalDate dueOn, String answer, LocalDate answeredOn, String answeredBy, String suggestion,
                       LocalDate suggestedOn, String suggestedBy, String adoption, String feedback, LocalDate feedbackOn,
                       String feedbackBy, int level, Long escalatedTo, LocalDate escalatedOn) {
    }

    private static final RowMapper<Row> ROW = (rs, i) -> new Row(rs.getLong("id"), rs.getInt("version"),
            rs.getLong("matter_id"), (Long) rs.getObject("issued_by_unit_id"), rs.getLong("unit_id"),
            rs.getObject("issued_on", LocalDate.class), rs.getString("reason"), rs.getObject("answer_due_on", LocalDate.class),
            rs.getString("answer"), rs.getObject("answered_on", LocalDate.class), rs.getString("answered_by"),
            rs.getString("suggestion"), rs.getObject("suggested_on", LocalDate.class), rs.getString("suggested_by"),
            rs.getString("adoption"), rs.getString("adoption_feedback"), rs.getObject("adoption_on", LocalDate.class),
            rs.getString("adoption_by"), rs.getInt("escalation_level"), (Long) rs.getObject("escalated_to_unit_id"),
            rs.getObject("escalated_on", LocalDate.class));

    private List<Notice> notices(String where, Map<String, ?> params) {
        List<Row> rows = jdbc.query("select * from supervision_notice" + where, params, ROW);
        Map<Long, Facts> matters = new HashMap<>();
        facts.of(rows.stream().map(Row::matterId).distinct().toList()).forEach(f -> matters.put(f.matterId(), f));
        List<Notice> notices = new ArrayList<>();
        for (Row r : rows) {
            notices.add(new Notice(r.id(), r.version(), matters.get(r.matterId()), r.issuedBy(), r.unitId(), r.issuedOn(),
                    r.reason(), r.dueOn(), r.answer(), r.answeredOn(), r.answeredBy(), r.suggestion(), r.suggestedOn(),
                    r.suggestedBy(), r.adoption() == null ? null : AdoptionOutcome.valueOf(r.adoption()), r.feedback(),
                    r.feedbackOn(), r.feedbackBy(), r.level(), r.escalatedTo(), r.escalatedOn()));
        }
        return notices;
    }
}
