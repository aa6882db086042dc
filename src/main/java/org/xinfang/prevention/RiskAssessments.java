package org.xinfang.prevention;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.casework.Casework;
import org.xinfang.casework.MatterFacts;
import org.xinfang.casework.MatterFilter;
import org.xinfang.platform.RequiredText;
import org.xinfang.platform.IdempotencyKeys;
import org.xinfang.platform.Refusal;
import org.xinfang.statute.AssessmentConclusion;
import org.xinfang.statute.RiskLevel;
import org.xinfang.statute.RiskRules;
import org.xinfang.territory.AdministrativeLevel;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.StaffRole;
import org.xinfang.territory.Territory;
import org.xinfang.territory.UnitView;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The social stability risk assessments (社会稳定风险评估) of major projects and decisions: each with its risk points
 * (风险点), an overall level, the measures and a conclusion, as the petition bureau took part in it; then tracked, the
 * matters arising from it linked to it, which raise its level by {@link RiskRules#currentLevel}.
 */
@Service
public class RiskAssessments {

    static final int MAX_POINTS = 30;
    private static final Set<AdministrativeLevel> GOVERNMENTS = Set.of(AdministrativeLevel.CITY,
            AdministrativeLevel.COUNTY, AdministrativeLevel.TOWNSHIP);
    private static final Set<StaffRole> LINKERS = Set.of(StaffRole.REGISTRAR, StaffRole.HANDLER,
            StaffRole.SUPERVISOR, StaffRole.LEADER);

    private final NamedParameterJdbcTemplate jdbc;
    private final Territory territory;
    private final MatterFacts facts;
    private final Casework casework;
    private final Clock clock;

    RiskAssessments(NamedParameterJdbcTemplate jdbc, Territory territory, MatterFacts facts, Casework casework,
                    Clock clock) {
        this.jdbc = jdbc;
        this.territory = territory;
        this.facts = facts;
        this.casework = casework;
        this.clock = clock;
    }

    public record Point(String description, RiskLevel level) {
    }

    /** A matter arising from the project or decision, as it was when linked. */
    public record LinkedMatter(Long matterId, String referenceNo, LocalDate receivedOn, boolean collective,
                               String linkedBy, Instant linkedAt) {
    }

    /** What the assessment found; the government whose project or decision it is by its code. */
    public record NewAssessment(AssessmentKind kind, String title, String sponsor, String unitCode,
                                LocalDate assessedOn, List<Point> points, RiskLevel level, String measures,
                                AssessmentConclusion conclusion) {
    }

    /** An assessment on the register with its matters and its level today. */
    public record Assessment(Long id, int version, String referenceNo, AssessmentKind kind, String title,
                             String sponsor, UnitView unit, LocalDate assessedOn, RiskLevel assessedLevel,
                             List<Point> points, String measures, AssessmentConclusion conclusion, String recordedBy,
                             Instant recordedAt, List<LinkedMatter> matters, RiskRules.CurrentLevel current,
                             List<UnlinkedMatter> unlinked) {
    }

    /** A matter once linked to the assessment and unlinked since, with who did it, when and why. */
    public record UnlinkedMatter(String referenceNo, String reason, String unlinkedBy, Instant unlinkedAt) {
    }

    /** An assessment of earlier years brought in by the demo city, with the matters that arose from it. */
    public record ImportedAssessment(AssessmentKind kind, String title, String sponsor, Long unitId,
                                     LocalDate assessedOn, List<Point> points, RiskLevel level, String measures,
                                     AssessmentConclusion conclusion, String recordedBy, List<Long> matterIds) {
    }

    /** Records an assessment, as a supervisor or leader of the government's area; once per request key. */
    @Transactional
    public Assessment record(StaffPrincipal by, NewAssessment a, String requestKey) {
        IdempotencyKeys.check(requestKey);
        Long earlier = idByKey(by.getUsername(), requestKey);
        if (earlier != null) {
            return find(earlier);
        }
        if (!by.hasAny(Staffing.OVERSEERS)) {
            throw Refusal.forbidden("prevention.assessment.forbidden");
        }
        if (a.kind() == null) {
            throw Refusal.invalid("kind", "prevention.assessment.kind");
        }
        String title = RequiredText.of("title", a.title(), 200);
        String sponsor = RequiredText.of("sponsor", a.sponsor(), 200);
        UnitView unit = territory.unitByCode(a.unitCode() == null ? null : a.unitCode().strip())
                .filter(u -> !u.isDepartment() && GOVERNMENTS.contains(u.level()) && by.covers(u.path()))
                .orElseThrow(() -> Refusal.invalid("unitCode", "prevention.assessment.unit", String.valueOf(a.unitCode())));
        if (a.assessedOn() == null || a.assessedOn().isAfter(LocalDate.now(clock))) {
            throw Refusal.invalid("assessedOn", "prevention.assessment.day", String.valueOf(a.assessedOn()));
        }
        Judgement j = judgement(a.points(), a.level(), a.measures(), a.conclusion());
        Long id = jdbc.queryForObject("select nextval('risk_assessment_id_seq')", Map.of(), Long.class);
        // a concurrent retry with the same key inserts nothing and answers with the first (a failed insert would
        // abort the transaction)
        int inserted = jdbc.update("""
                insert into risk_assessment (id, reference_no, kind, title, sponsor, unit_id, unit_path, assessed_on,
                                             assessed_level, measures, conclusion, recorded_by, recorded_at, request_key)
                values (:id, :no, :kind, :title, :sponsor, :unit, :path, :on, :level, :measures, :conclusion, :by, :at,
                        :key) on conflict (recorded_by, request_key) do nothing""",
                new MapSqlParameterSource("id", id).addValue("no", referenceNo(unit, a.assessedOn(), id))
                .addValue("kind", a.kind().name()).addValue("title", title).addValue("sponsor", sponsor)
                .addValue("unit", unit.id()).addValue("path", unit.path()).addValue("on", a.assessedOn())
                .addValue("level", j.level().name()).addValue("measures", j.measures())
                .addValue("conclusion", j.conclusion().name()).addValue("by", by.getUsername())
                .addValue("at", Timestamp.from(clock.instant())).addValue("key", requestKey));
        if (inserted == 0) {
            return find(idByKey(by.getUsername(), requestKey));
        }
        points(id, j.points());
        return find(id);
    }

    /** Revises the findings (points, level, measures, conclusion), as a supervisor or leader, at the version seen. */
    @Transactional
    public Assessment revise(StaffPrincipal by, Long id, int version, List<Point> points, RiskLevel level,
                             String measures, AssessmentConclusion conclusion) {
        Assessment a = visible(by, id);
        if (!by.hasAny(Staffing.OVERSEERS)) {
            throw Refusal.forbidden("prevention.assessment.forbidden");
        }
        Judgement j = judgement(points, level, measures, conclusion);
        int changed = jdbc.update("""
                update risk_assessment set assessed_level = :level, measures = :measures, conclusion = :conclusion,
                       version = version + 1 where id = :id and version = :version""",
                new MapSqlParameterSource("level", j.level().name()).addValue("measures", j.measures())
                        .addValue("conclusion", j.conclusion().name()).addValue("id", id).addValue("version", version));
        if (changed == 0) {
            throw Refusal.conflict("prevention.stale", version, find(id).version());
        }
        // the row's version now guards the points too: whoever lost the race above wrote none of them
        jdbc.update("delete from risk_point where assessment_id = :id", Map.of("id", a.id()));
        points(id, j.points());
        return find(id);
    }

    /**
     * Links the matter numbered {@code referenceNo} to the project or decision it arose from. Linking it again here
     * answers with the assessment as it is; a matter arises from one project or decision only.
     */
    @Transactional
    public Assessment link(StaffPrincipal by, Long id, String referenceNo) {
        Assessment a = visible(by, id);
        if (!by.hasAny(LINKERS)) {
            throw Refusal.forbidden("prevention.link.forbidden");
        }
        MatterFacts.Facts m = facts.byReference(referenceNo == null ? "" : referenceNo)
                .filter(f -> casework.count(MatterFilter.everything(0, 1), by, List.of(f.matterId())) > 0)
                .orElseThrow(() -> Refusal.invalid("referenceNo", "prevention.matter.unknown", String.valueOf(referenceNo)));
        // a matter linked concurrently elsewhere inserts nothing here: the check below names where it went
        jdbc.update("""
                insert into risk_matter (matter_id, assessment_id, reference_no, received_on, collective, linked_by,
                                         linked_at) values (:matter, :id, :no, :received, :collective, :by, :at)
                on conflict (matter_id) do nothing""",
                new MapSqlParameterSource("matter", m.matterId()).addValue("id", id).addValue("no", m.referenceNo())
                        .addValue("received", m.receivedOn())
                        .addValue("collective", facts.collectiveVisits(List.of(m.matterId())).contains(m.matterId()))
                        .addValue("by", by.getUsername()).addValue("at", Timestamp.from(clock.instant())));
        String elsewhere = linkedTo(m.matterId());
        if (!elsewhere.equals(a.referenceNo())) {
            throw Refusal.conflict("prevention.matter.linked-elsewhere", m.referenceNo(), elsewhere);
        }
        return find(id);
    }

    /**
     * Unlinks the matter numbered {@code referenceNo}, linked to this assessment by mistake, stating why: the link is
     * kept on the assessment's record of unlinked matters, and the level today no longer counts the matter. A matter
     * not linked here (or unlinked already, by a concurrent request) is refused naming it.
     */
    @Transactional
    public Assessment unlink(StaffPrincipal by, Long id, String referenceNo, String reason) {
        Assessment a = visible(by, id);
        if (!by.hasAny(LINKERS)) {
            throw Refusal.forbidden("prevention.link.forbidden");
        }
        String why = RequiredText.of("reason", reason, 500);
        String no = referenceNo == null ? "" : referenceNo.strip();
        int moved = jdbc.update("""
                with gone as (delete from risk_matter where assessment_id = :id and reference_no = :no returning *)
                insert into risk_matter_unlinked (assessment_id, matter_id, reference_no, linked_by, linked_at, reason,
                                                  unlinked_by, unlinked_at)
                select assessment_id, matter_id, reference_no, linked_by, linked_at, :reason, :by, :at from gone""",
                new MapSqlParameterSource("id", id).addValue("no", no).addValue("reason", why)
                        .addValue("by", by.getUsername()).addValue("at", Timestamp.from(clock.instant())));
        if (moved == 0) {
            throw Refusal.invalid("referenceNo", "prevention.matter.not-linked", no, a.referenceNo());
        }
        return find(id);
    }

    /** One assessment, for someone whose area covers its government (404 otherwise). */
    @Transactional(readOnly = true)
    public Assessment visible(StaffPrincipal viewer, Long id) {
        Assessment a = id == null ? null : find(id);
        if (a == null || !viewer.covers(a.unit().path())) {
            throw Refusal.notFound("prevention.assessment.unknown", String.valueOf(id));
        }
        return a;
    }

    /** The assessments of the viewer's area, the highest level today first, then the latest. */
    @Transactional(readOnly = true)
    public List<Assessment> list(StaffPrincipal viewer) {
        List<Long> ids = jdbc.queryForList("select id from risk_assessment where unit_path like :scope || '%'",
                Map.of("scope", viewer.scopePath()), Long.class);
        return assemble(ids).stream().sorted(Comparator.comparing((Assessment a) -> a.current().level()).reversed()
                .thenComparing(Assessment::assessedOn, Comparator.reverseOrder())).toList();
    }

    /** Records imported assessments as they stood, with their matters, without the forms' checks; one batch. */
    @Transactional
    public int importHistory(List<ImportedAssessment> assessments) {
        for (ImportedAssessment a : assessments) {
            UnitView unit = territory.require(a.unitId());
            Long id = jdbc.queryForObject("select nextval('risk_assessment_id_seq')", Map.of(), Long.class);
            Instant at = a.assessedOn().atTime(17, 0).atZone(clock.getZone()).toInstant();
            jdbc.update("""
                    insert into risk_assessment (id, reference_no, kind, title, sponsor, unit_id, unit_path, assessed_on,
                                                 assessed_level, measures, conclusion, recorded_by, recorded_at)
                    values (:id, :no, :kind, :title, :sponsor, :unit, :path, :on, :level, :measures, :conclusion, :by, :at)""",
                    new MapSqlParameterSource("id", id).addValue("no", referenceNo(unit, a.assessedOn(), id))
                            .addValue("kind", a.kind().name()).addValue("title", a.title()).addValue("sponsor", a.sponsor())
                            .addValue("unit", unit.id()).addValue("path", unit.path()).addValue("on", a.assessedOn())
                            .addValue("level", a.level().name()).addValue("measures", a.measures())
                            .addValue("conclusion", a.conclusion().name()).addValue("by", a.recordedBy())
                            .addValue("at", Timestamp.from(at)));
            points(id, a.points());
            Set<Long> collective = facts.collectiveVisits(a.matterIds());
            jdbc.batchUpdate("""
                    insert into risk_matter (matter_id, assessment_id, reference_no, received_on, collective, linked_by,
                                             linked_at) values (:matter, :id, :no, :received, :collective, :by, :at)""",
                    facts.of(a.matterIds()).stream().map(m -> new MapSqlParameterSource("matter", m.matterId())
                            .addValue("id", id).addValue("no", m.referenceNo()).addValue("received", m.receivedOn())
                            .addValue("collective", collective.contains(m.matterId())).addValue("by", a.recordedBy())
                            .addValue("at", Timestamp.from(m.receivedOn().atTime(17, 0).atZone(clock.getZone()).toInstant())))
                            .toArray(MapSqlParameterSource[]::new));
        }
        return assessments.size();
    }

    /** SR431222-2026-0007: the government's code, the year assessed and the register's number. */
    private static String referenceNo(UnitView unit, LocalDate assessedOn, Long id) {
        return "SR" + unit.code() + "-" + assessedOn.getYear() + "-" + String.format("%04d", id);
    }

    private record Judgement(List<Point> points, RiskLevel level, String measures, AssessmentConclusion conclusion) {
    }

    /** The findings checked: the points, a level no lower than the highest point, the measures, a conclusion the level allows. */
    private static Judgement judgement(List<Point> typed, RiskLevel level, String measures,
                                       AssessmentConclusion conclusion) {
        List<Point> points = typed == null ? List.of() : typed;
        if (points.isEmpty() || points.size() > MAX_POINTS) {
            throw Refusal.invalid("points", "prevention.assessment.points", MAX_POINTS);
        }
        List<Point> clean = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            if (p == null || p.description() == null || p.description().isBlank() || p.description().strip().length() > 1000
                    || p.level() == null) {
                throw Refusal.invalid("points", "prevention.assessment.point", i + 1);
            }
            clean.add(new Point(p.description().strip(), p.level()));
        }
        if (level == null) {
            throw Refusal.invalid("level", "prevention.risk.required");
        }
        RiskLevel highest = clean.stream().map(Point::level).max(Comparator.naturalOrder()).orElseThrow();
        if (!RiskRules.isLevelAtLeastHighestPoint(level, clean.stream().map(Point::level).toList())) {
            throw Refusal.invalid("level", "prevention.assessment.level-below-point", level, highest);
        }
        String m = RequiredText.of("measures", measures, 4000);
        if (conclusion == null) {
            throw Refusal.invalid("conclusion", "prevention.assessment.conclusion.required");
        }
        if (!RiskRules.allowsConclusion(level, conclusion)) {
            throw Refusal.invalid("conclusion", "prevention.assessment.conclusion.not-at-level", conclusion, level);
        }
        return new Judgement(List.copyOf(clean), level, m, conclusion);
    }

    private void points(Long id, List<Point> points) {
        List<MapSqlParameterSource> rows = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            rows.add(new MapSqlParameterSource("id", id).addValue("position", i + 1)
                    .addValue("description", points.get(i).description()).addValue("level", points.get(i).level().name()));
        }
        jdbc.batchUpdate("insert into risk_point (assessment_id, position, description, level) values (:id, :position,"
                + " :description, :level)", rows.toArray(MapSqlParameterSource[]::new));
    }

    private String linkedTo(Long matterId) {
        return jdbc.query("select a.reference_no from risk_matter m join risk_assessment a on a.id = m.assessment_id"
                        + " where m.matter_id = :matter", Map.of("matter", matterId), (rs, i) -> rs.getString(1))
                .stream().findFirst().orElse(null);
    }

    private Long idByKey(String by, String key) {
        if (key == null) {
            return null;
        }
        return jdbc.queryForList("select id from risk_assessment where recorded_by = :by and request_key = :key",
                new MapSqlParameterSource("by", by).addValue("key", key), Long.class).stream().findFirst().orElse(null);
    }

    private Assessment find(Long id) {
        List<Assessment> found = assemble(List.of(id));
        return found.isEmpty() ? null : found.get(0);
    }

    private record Row(Long id, int version, String referenceNo, AssessmentKind kind, String title, String sponsor,
                       Long unitId, LocalDate assessedOn, RiskLevel level, String measures,
                       AssessmentConclusion conclusion, String recordedBy, Instant recordedAt) {
    }

    private static final RowMapper<Row> ROW = (rs, i) -> new Row(rs.getLong("id"), rs.getInt("version"),
            rs.getString("reference_no"), AssessmentKind.valueOf(rs.getString("kind")), rs.getString("title"),
            rs.getString("sponsor"), rs.getLong("unit_id"), rs.getObject("assessed_on", LocalDate.class),
            RiskLevel.valueOf(rs.getString("assessed_level")), rs.getString("measures"),
            AssessmentConclusion.valueOf(rs.getString("conclusion")), rs.getString("recorded_by"),
            rs.getTimestamp("recorded_at").toInstant());

    /** The assessments with those ids, each with its points, its matters (the latest first) and its level today. */
    private List<Assessment> assemble(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource p = new MapSqlParameterSource("ids", ids);
        List<Row> rows = jdbc.query("select * from risk_assessment where id in (:ids)", p, ROW);
        Map<Long, List<Point>> points = new HashMap<>();
        jdbc.query("select * from risk_point where assessment_id in (:ids) order by assessment_id, position", p, rs -> {
            points.computeIfAbsent(rs.getLong("assessment_id"), k -> new ArrayList<>())
                    .add(new Point(rs.getString("description"), RiskLevel.valueOf(rs.getString("level"))));
        });
        Map<Long, List<LinkedMatter>> matters = new HashMap<>();
        jdbc.query("select * from risk_matter where assessment_id in (:ids) order by received_on desc, matter_id desc", p, rs -> {
            matters.computeIfAbsent(rs.getLong("assessment_id"), k -> new ArrayList<>()).add(new LinkedMatter(
                    rs.getLong("matter_id"), rs.getString("reference_no"), rs.getObject("received_on", LocalDate.class),
                    rs.getBoolean("collective"), rs.getString("linked_by"), rs.getTimestamp("linked_at").toInstant()));
        });
        Map<Long, List<UnlinkedMatter>> unlinked = new HashMap<>();
        jdbc.query("select * from risk_matter_unlinked where assessment_id in (:ids) order by unlinked_at desc, id desc", p, rs -> {
            unlinked.computeIfAbsent(rs.getLong("assessment_id"), k -> new ArrayList<>()).add(new UnlinkedMatter(
                    rs.getString("reference_no"), rs.getString("reason"), rs.getString("unlinked_by"),
                    rs.getTimestamp("unlinked_at").toInstant()));
        });
        LocalDate today = LocalDate.now(clock);
        return rows.stream().map(r -> {
            List<LinkedMatter> linked = matters.getOrDefault(r.id(), List.of());
            return new Assessment(r.id(), r.version(), r.referenceNo(), r.kind(), r.title(), r.sponsor(),
                    territory.require(r.unitId()), r.assessedOn(), r.level(), points.getOrDefault(r.id(), List.of()),
                    r.measures(), r.conclusion(), r.recordedBy(), r.recordedAt(), linked,
                    RiskRules.currentLevel(r.level(), r.assessedOn(), linked.stream()
                            .map(m -> new RiskRules.LinkedMatter(m.receivedOn(), m.collective())).toList(), today),
                    unlinked.getOrDefault(r.id(), List.of()));
        }).toList();
    }
}
