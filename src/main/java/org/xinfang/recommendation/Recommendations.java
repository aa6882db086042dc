package org.xinfang.recommendation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.casework.Casework;
import org.xinfang.casework.MatterFacts;
import org.xinfang.casework.MatterFacts.Facts;
import org.xinfang.casework.MatterFilter;
import org.xinfang.platform.IdempotencyKeys;
import org.xinfang.platform.Refusal;
import org.xinfang.statute.OversightRules.FeedbackOutcome;
import org.xinfang.statute.RecommendationRules;
import org.xinfang.statute.RecommendationRules.FeedbackStatus;
import org.xinfang.statute.RecommendationRules.RecommendationKind;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.StaffRole;
import org.xinfang.territory.Territory;
import org.xinfang.territory.UnitView;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The three recommendations (三项建议, 2022 art. 40): the city's or county's petition bureau recommends to a body
 * that it improve its work, a policy, or hold someone accountable; the body's written feedback on whether it adopted
 * the recommendation (art. 40 ¶4) is recorded once, and is due by a day the bureau's practice sets.
 */
@Service
public class Recommendations {

    /** Who may issue recommendations and record the feedback: the bureau's supervisors and leaders. */
    public static final Set<StaffRole> ISSUERS = Set.of(StaffRole.SUPERVISOR, StaffRole.LEADER);

    private final NamedParameterJdbcTemplate jdbc;
    private final MatterFacts facts;
    private final Casework casework;
    private final Territory territory;
    private final Clock clock;
    private final int feedbackDays;

    Recommendations(NamedParameterJdbcTemplate jdbc, MatterFacts facts, Casework casework, Territory territory, Clock clock,
                    @Value("${xinfang.recommendation.feedback-days:" + RecommendationRules.DEFAULT_FEEDBACK_DAYS + "}") int feedbackDays) {
        this.jdbc = jdbc;
        this.facts = facts;
        this.casework = casework;
        this.territory = territory;
        this.clock = clock;
        this.feedbackDays = feedbackDays;
    }

    public record Prompting(Long matterId, String referenceNo) {
    }

    /**
     * One recommendation; {@code number} is its document number (文号) as the letter bears it, 信建改〔2026〕12号: the
     * kind's mark, the year of issue and the recommendation.
     */
    public record Recommendation(Long id, String number, int version, UnitView office, RecommendationKind kind, UnitView addressee,
                                 String subject, String content, LocalDate issuedOn, LocalDate dueOn, String issuedBy,
                                 FeedbackOutcome outcome, String feedbackText, LocalDate feedbackOn,
                                 List<Prompting> matters, FeedbackStatus status) {
    }

    /** What a list asks for; null means any. */
    public record Filter(RecommendationKind kind, FeedbackStatus status, Long addresseeId) {
    }

    /**
     * Issues a recommendation as the bureau: its kind, the body recommended to (an active unit other than the bureau),
     * subject, content and the matters that prompted it (by reference number, each visible to the issuer). The
     * feedback is due {@code xinfang.recommendation.feedback-days} after today. Once per request key.
     */
    @Transactional
    public Recommendation issue(StaffPrincipal by, RecommendationKind kind, Long addresseeId, String subject, String content,
                                List<String> referenceNos, String requestKey) {
        IdempotencyKeys.check(requestKey);
        UnitView office = office(by);
        Recommendation earlier = byKey(by, requestKey);
        if (earlier != null) {
            return earlier;
        }
        if (kind == null) {
            throw Refusal.invalid("kind", "recommendation.kind");
        }
        UnitView addressee = (addresseeId == null ? java.util.Optional.<UnitView>empty() : territory.unit(addresseeId))
                .filter(territory::isActive)
                .orElseThrow(() -> Refusal.invalid("addresseeId", "recommendation.addressee.unknown", addresseeId == null ? "" : addresseeId));
        if (addressee.id().equals(office.id())) {
            throw Refusal.invalid("addresseeId", "recommendation.addressee.self");
        }
        String what = required("subject", subject, "recommendation.subject");
        String text = required("content", content, "recommendation.content");
        List<Facts> prompting = matters(by, referenceNos);
        if (prompting.isEmpty()) {
            throw Refusal.invalid("referenceNos", "recommendation.matters");
        }
        LocalDate today = LocalDate.now(clock);
        Long id;
        try {
            id = jdbc.queryForObject("""
                    insert into recommendation (office_unit_id, office_path, kind, addressee_id, subject, content, issued_on,
                                                due_on, issued_by, request_key)
                    values (:office, :officePath, :kind, :addressee, :subject, :content, :today, :due, :by, :key) returning id""",
                    new MapSqlParameterSource("office", office.id()).addValue("officePath", office.path())
                            .addValue("kind", kind.name())
                            .addValue("addressee", addressee.id()).addValue("subject", what).addValue("content", text)
                            .addValue("today", today).addValue("due", today.plusDays(feedbackDays))
                            .addValue("by", by.getUsername()).addValue("key", requestKey), Long.class);
        } catch (DuplicateKeyException raced) {
            return byKey(by, requestKey);
        }
        for (Facts f : prompting) {
            jdbc.update("insert into recommendation_matter (recommendation_id, matter_id, reference_no) values (:id, :m, :ref)",
                    new MapSqlParameterSource("id", id).addValue("m", f.matterId()).addValue("ref", f.referenceNo()));
        }
        return find(id);
    }

    /**
     * Records the body's written feedback (art. 40 ¶4), once, at the version seen: adopted, partly or not, its text
     * and day (not before the recommendation, not in the future). The bureau records it, or the body's own staff.
     */
    @Transactional
    public Recommendation feedback(StaffPrincipal by, Long id, int version, FeedbackOutcome outcome, String text, LocalDate on) {
        Recommendation r = visible(by, id);
        if (!mayAnswer(by, r)) {
            throw Refusal.forbidden("recommendation.feedback.forbidden", r.addressee().name());
        }
        if (r.feedbackOn() != null) {
            throw Refusal.conflict("recommendation.feedback.given", r.addressee().name(), r.feedbackOn());
        }
        if (outcome == null) {
            throw Refusal.invalid("outcome", "recommendation.outcome");
        }
        String written = required("text", text, "recommendation.feedback.text");
        LocalDate today = LocalDate.now(clock);
        if (on == null || on.isAfter(today) || on.isBefore(r.issuedOn())) {
            throw Refusal.invalid("feedbackOn", "recommendation.feedback.day", on == null ? "" : on, r.issuedOn(), today);
        }
        if (jdbc.update("""
                update recommendation set outcome = :outcome, feedback_text = :text, feedback_on = :on, feedback_by = :by,
                       version = version + 1
                 where id = :id and version = :version and feedback_on is null""",
                new MapSqlParameterSource("outcome", outcome.name()).addValue("text", written).addValue("on", on)
                        .addValue("by", by.getUsername()).addValue("id", id).addValue("version", version)) == 0) {
            throw Refusal.conflict("recommendation.stale", version, find(id).version());
        }
        return find(id);
    }

    /** A recommendation of earlier days brought in by the demo city, as it stood, with the matter that prompted it. */
    public record ImportedRecommendation(Long officeUnitId, RecommendationKind kind, Long addresseeId, String subject,
                                         String content, LocalDate issuedOn, String issuedBy, Prompting matter,
                                         FeedbackOutcome outcome, String feedbackText, LocalDate feedbackOn) {
    }

    /** Imports earlier recommendations in two batches (the rows, then their matters, joined by a request key). */
    @Transactional
    public int importHistory(List<ImportedRecommendation> imported) {
        List<MapSqlParameterSource> rows = new ArrayList<>();
        List<MapSqlParameterSource> links = new ArrayList<>();
        for (int i = 0; i < imported.size(); i++) {
            ImportedRecommendation r = imported.get(i);
            String key = "import-" + i;
            rows.add(new MapSqlParameterSource("office", r.officeUnitId())
                    .addValue("officePath", territory.unit(r.officeUnitId()).map(UnitView::path).orElse(null))
                    .addValue("kind", r.kind().name())
                    .addValue("addressee", r.addresseeId()).addValue("subject", r.subject()).addValue("content", r.content())
                    .addValue("on", r.issuedOn()).addValue("due", r.issuedOn().plusDays(feedbackDays))
                    .addValue("by", r.issuedBy()).addValue("key", key)
                    .addValue("outcome", r.outcome() == null ? null : r.outcome().name()).addValue("text", r.feedbackText())
                    .addValue("feedbackOn", r.feedbackOn()));
            links.add(new MapSqlParameterSource("by", r.issuedBy()).addValue("key", key)
                    .addValue("m", r.matter().matterId()).addValue("ref", r.matter().referenceNo()));
        }
        jdbc.batchUpdate("""
                insert into recommendation (office_unit_id, office_path, kind, addressee_id, subject, content, issued_on, due_on,
                                            issued_by, request_key, outcome, feedback_text, feedback_on, feedback_by)
                values (:office, :officePath, :kind, :addressee, :subject, :content, :on, :due, :by, :key, :outcome, :text, :feedbackOn,
                        case when cast(:feedbackOn as date) is null then null else :by end)""", rows.toArray(MapSqlParameterSource[]::new));
        jdbc.batchUpdate("""
                insert into recommendation_matter (recommendation_id, matter_id, reference_no)
                select id, :m, :ref from recommendation where issued_by = :by and request_key = :key""",
                links.toArray(MapSqlParameterSource[]::new));
        return imported.size();
    }

    /** The configured days for the written feedback (the forms and the demo use it). */
    public int feedbackDays() {
        return feedbackDays;
    }

    /** Who may record the feedback: the bureau that issued it (its supervisors, leaders) or the receiving body's staff. */
    public boolean mayAnswer(StaffPrincipal by, Recommendation r) {
        return (by.hasAny(ISSUERS) && by.unit().id().equals(r.office().id())) || by.covers(r.addressee().path());
    }

    /** One recommendation, if the viewer's area covers the bureau that issued it or the body it went to. */
    @Transactional(readOnly = true)
    public Recommendation visible(StaffPrincipal viewer, Long id) {
        Recommendation r = find(id);
        if (r == null || !(viewer.covers(r.office().path()) || viewer.covers(r.addressee().path()))) {
            throw Refusal.notFound("recommendation.unknown", String.valueOf(id));
        }
        return r;
    }

    /** The recommendations the viewer sees, filtered, the most urgent first (overdue, then by due date), at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<Recommendation> list(StaffPrincipal viewer, Filter filter, int limit) {
        LocalDate today = LocalDate.now(clock);
        MapSqlParameterSource p = new MapSqlParameterSource("scope", viewer.scopePath() + "%")
                .addValue("kind", filter.kind() == null ? null : filter.kind().name())
                .addValue("addressee", filter.addresseeId()).addValue("status", filter.status() == null ? null : filter.status().name())
                .addValue("today", today).addValue("soon", today.plusDays(RecommendationRules.reminderWindow())).addValue("limit", limit);
        return jdbc.query("""
                select r.* from recommendation r join unit o on o.id = r.office_unit_id join unit a on a.id = r.addressee_id
                 where (o.path like :scope or a.path like :scope)
                   and (cast(:kind as varchar) is null or r.kind = :kind)
                   and (cast(:addressee as bigint) is null or r.addressee_id = :addressee)
                   and (cast(:status as varchar) is null
                        or (:status = 'ANSWERED' and r.feedback_on is not null)
                        or (:status = 'OVERDUE' and r.feedback_on is null and r.due_on < :today)
                        or (:status = 'DUE_SOON' and r.feedback_on is null and r.due_on >= :today and r.due_on <= :soon)
                        or (:status = 'AWAITING' and r.feedback_on is null and r.due_on > :soon))
                 order by r.feedback_on is not null, r.due_on, r.id desc limit :limit""", p, row());
    }

    /** Per kind: issued, answered and adopted (fully or partly), for the indicators (art. 41 ¶1(3)). */
    public record KindCount(RecommendationKind kind, long issued, long answered, long adopted) {
    }

    @Transactional(readOnly = true)
    public List<KindCount> indicators(StaffPrincipal viewer, int year) {
        return jdbc.query("""
                select r.kind, count(*) issued, count(r.feedback_on) answered,
                       count(*) filter (where r.outcome in ('ADOPTED', 'PARTLY_ADOPTED')) adopted
                  from recommendation r join unit o on o.id = r.office_unit_id
                 where o.path like :scope and extract(year from r.issued_on) = :year group by r.kind order by r.kind""",
                new MapSqlParameterSource("scope", viewer.scopePath() + "%").addValue("year", year),
                (rs, i) -> new KindCount(RecommendationKind.valueOf(rs.getString("kind")), rs.getLong("issued"),
                        rs.getLong("answered"), rs.getLong("adopted")));
    }

    /** The document number: 信建 (信访部门建议), the kind's mark (改, 策, 责), the year of issue and the id. */
    static String number(RecommendationKind kind, LocalDate issuedOn, long id) {
        String mark = switch (kind) {
            case IMPROVE_WORK -> "改";
            case IMPROVE_POLICY -> "策";
            case ACCOUNTABILITY -> "责";
        };
        return "信建" + mark + "〔" + issuedOn.getYear() + "〕" + id + "号";
    }

    private UnitView office(StaffPrincipal by) {
        if (!by.hasAny(ISSUERS) || !"PETITION".equals(by.unit().function())) {
            throw Refusal.forbidden("recommendation.issue.forbidden");
        }
        return by.unit();
    }

    private List<Facts> matters(StaffPrincipal viewer, List<String> referenceNos) {
        Set<String> distinct = new LinkedHashSet<>();
        (referenceNos == null ? List.<String>of() : referenceNos).stream().filter(r -> r != null && !r.isBlank())
                .map(String::strip).forEach(distinct::add);
        List<Facts> found = new ArrayList<>();
        for (String ref : distinct) {
            found.add(facts.byReference(ref).filter(f -> casework.count(MatterFilter.everything(0, 1), viewer,
                    List.of(f.matterId())) > 0).orElseThrow(() -> Refusal.invalid("referenceNos", "recommendation.matter.unknown", ref)));
        }
        return found;
    }

    private static String required(String field, String text, String key) {
        if (text == null || text.isBlank()) {
            throw Refusal.invalid(field, key);
        }
        return text.strip();
    }

    private Recommendation byKey(StaffPrincipal by, String key) {
        if (key == null) {
            return null;
        }
        List<Recommendation> found = jdbc.query("select * from recommendation where issued_by = :by and request_key = :key",
                new MapSqlParameterSource("by", by.getUsername()).addValue("key", key), row());
        return found.isEmpty() ? null : found.get(0);
    }

    private Recommendation find(Long id) {
        List<Recommendation> found = jdbc.query("select * from recommendation where id = :id", new MapSqlParameterSource("id", id), row());
        return found.isEmpty() ? null : found.get(0);
    }

    private RowMapper<Recommendation> row() {
        LocalDate today = LocalDate.now(clock);
        return (rs, i) -> {
            long id = rs.getLong("id");
            LocalDate due = rs.getObject("due_on", LocalDate.class);
            LocalDate feedbackOn = rs.getObject("feedback_on", LocalDate.class);
            String outcome = rs.getString("outcome");
            RecommendationKind kind = RecommendationKind.valueOf(rs.getString("kind"));
            LocalDate issuedOn = rs.getObject("issued_on", LocalDate.class);
            return new Recommendation(id, number(kind, issuedOn, id), rs.getInt("version"),
                    territory.require(rs.getLong("office_unit_id")), kind, territory.require(rs.getLong("addressee_id")),
                    rs.getString("subject"), rs.getString("content"), issuedOn, due,
                    rs.getString("issued_by"), outcome == null ? null : FeedbackOutcome.valueOf(outcome),
                    rs.getString("feedback_text"), feedbackOn,
                    jdbc.query("select matter_id, reference_no from recommendation_matter where recommendation_id = :id order by reference_no",
                            new MapSqlParameterSource("id", id), (m, j) -> new Prompting(m.getLong(1), m.getString(2))),
                    RecommendationRules.status(due, feedbackOn, today));
        };
    }
}
