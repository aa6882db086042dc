package org.xinfang.coordination;

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
import org.xinfang.coordination.JointCase.BundledParty;
import org.xinfang.coordination.JointCase.Duty;
import org.xinfang.coordination.JointCase.NewDuty;
import org.xinfang.coordination.JointCase.Report;
import org.xinfang.platform.IdempotencyKeys;
import org.xinfang.platform.Refusal;
import org.xinfang.statute.JointHandlingRules;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.StaffRole;
import org.xinfang.territory.Territory;
import org.xinfang.territory.UnitView;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Joint handling of complex matters (联合办理, the seed's "five departments together"; 2022 art. 13 ¶1, art. 24 ¶1): the
 * joint conference office of a city or county opens a joint case on a matter with its responsibility apportionment
 * form; each unit on the form reports on its own duty; the office names the responsible parties of bundled help and
 * notes their progress. Staff who may see the matter see the case; so do the staff of a unit on its form.
 */
@Service
public class JointCases {

    private static final Set<StaffRole> OFFICE_ROLES = Set.of(StaffRole.SUPERVISOR, StaffRole.LEADER);

    private final MatterFacts facts;
    private final Casework casework;
    private final Territory territory;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    JointCases(MatterFacts facts, Casework casework, Territory territory, NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.facts = facts;
        this.casework = casework;
        this.territory = territory;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Opens a joint case on the matter numbered {@code referenceNo}, as a supervisor or leader of a city's or county's
     * joint conference office (its petition bureau), with the office's summary and the form's lines: at least two
     * units, each within the office's area, with a duty and a deadline to come within the handling limit. One case a
     * matter; a repeated submission with the same request key answers with the case opened the first time.
     */
    @Transactional
    public JointCase open(StaffPrincipal by, String referenceNo, String summary, List<NewDuty> duties, String requestKey) {
        IdempotencyKeys.check(requestKey);
        UnitView office = officeOf(by);
        if (requestKey != null) {
            List<Long> earlier = jdbc.queryForList("select id from joint_case where opened_by = :by and request_key = :key",
                    new MapSqlParameterSource("by", by.getUsername()).addValue("key", requestKey), Long.class);
            if (!earlier.isEmpty()) {
                return find(earlier.get(0));
            }
        }
        Facts m = facts.byReference(referenceNo == null ? "" : referenceNo).filter(f -> seesMatter(by, f.matterId()))
                .orElseThrow(() -> Refusal.invalid("referenceNo", "joint.matter.unknown", referenceNo == null ? "" : referenceNo));
        if (Concluded.is(m.state())) {
            throw Refusal.invalid("referenceNo", "joint.matter.concluded", m.referenceNo());
        }
        if (summary == null || summary.isBlank()) {
            throw Refusal.invalid("summary", "joint.summary.blank");
        }
        List<NewDuty> lines = duties == null ? List.of() : duties;
        if (lines.stream().map(NewDuty::unitId).distinct().count() < 2) {
            throw Refusal.invalid("duties", "joint.duties.too-few");
        }
        Set<String> seen = new HashSet<>();
        for (NewDuty d : lines) {
            check(office, d);
            if (!seen.add(d.role() + "/" + d.unitId())) {
                throw Refusal.invalid("duties", "joint.duty.twice", unitName(d.unitId()));
            }
        }
        Long id;
        try {
            id = jdbc.queryForObject("""
                    insert into joint_case (matter_id, office_unit_id, summary, opened_by, opened_on, request_key)
                    values (:matter, :office, :summary, :by, :on, :key) returning id""",
                    new MapSqlParameterSource("matter", m.matterId()).addValue("office", office.id())
                            .addValue("summary", summary.strip()).addValue("by", by.getUsername())
                            .addValue("on", LocalDate.now(clock)).addValue("key", requestKey), Long.class);
        } catch (DuplicateKeyException taken) {
            throw Refusal.conflict("joint.matter.open", m.referenceNo());
        }
        insertDuties(id, lines);
        return find(id);
    }

    /** Adds a line to the form of an open case, as its office, at the version seen. */
    @Transactional
    public JointCase addDuty(StaffPrincipal by, Long caseId, int version, NewDuty duty) {
        JointCase c = visibleCase(by, caseId);
        UnitView office = requireOffice(by, c);
        check(office, duty);
        if (c.duties().stream().anyMatch(d -> d.role() == duty.role() && d.unitId().equals(duty.unitId()))) {
            throw Refusal.invalid("unitId", "joint.duty.twice", unitName(duty.unitId()));
        }
        bumpVersion(c, version);
        insertDuties(caseId, List.of(duty));
        return find(caseId);
    }

    /**
     * A unit's report on its own duty, as a member of its staff: the day (not in the future, not before the case was
     * opened) and what was done; {@code completes} marks the duty done. Once per request key.
     */
    @Transactional
    public Report report(StaffPrincipal by, Long dutyId, LocalDate reportedOn, String note, boolean completes,
                         String requestKey) {
        IdempotencyKeys.check(requestKey);
        Long caseId = jdbc.query("select joint_case_id from joint_duty where id = :id", new MapSqlParameterSource("id", dutyId),
                (rs, i) -> rs.getLong(1)).stream().findFirst()
                .orElseThrow(() -> Refusal.notFound("joint.duty.unknown", String.valueOf(dutyId)));
        JointCase c = visibleCase(by, caseId);
        if (requestKey != null) {
            Report earlier = reportByKey(by.getUsername(), requestKey);
            if (earlier != null) {
                return earlier;
            }
        }
        Duty d = c.duties().stream().filter(x -> x.id().equals(dutyId)).findFirst().orElseThrow();
        if (!d.unitId().equals(by.unit().id())) {
            throw Refusal.forbidden("joint.report.not-your-duty", unitName(d.unitId()));
        }
        if (d.done()) {
            throw Refusal.conflict("joint.duty.done", unitName(d.unitId()), d.doneOn());
        }
        LocalDate today = LocalDate.now(clock);
        if (reportedOn == null || reportedOn.isAfter(today) || reportedOn.isBefore(c.openedOn())) {
            throw Refusal.invalid("reportedOn", "joint.report.day", reportedOn == null ? "" : reportedOn, c.openedOn());
        }
        if (note == null || note.isBlank()) {
            throw Refusal.invalid("note", "joint.report.blank");
        }
        if (completes && jdbc.update("update joint_duty set done_on = :on where id = :id and done_on is null",
                new MapSqlParameterSource("on", reportedOn).addValue("id", dutyId)) == 0) {
            // a colleague reported it done a moment ago
            throw Refusal.conflict("joint.duty.done", unitName(d.unitId()), reportedOn);
        }
        // the same key submitted twice at once: the other one recorded it (no exception, which would abort the transaction)
        List<Long> id = jdbc.queryForList("""
                insert into joint_report (joint_duty_id, reported_on, note, completes, recorded_by, recorded_at, request_key)
                values (:duty, :on, :note, :completes, :by, :at, :key)
                on conflict (recorded_by, request_key) do nothing returning id""",
                new MapSqlParameterSource("duty", dutyId).addValue("on", reportedOn).addValue("note", note.strip())
                        .addValue("completes", completes).addValue("by", by.getUsername())
                        .addValue("at", Timestamp.from(clock.instant())).addValue("key", requestKey), Long.class);
        if (id.isEmpty()) {
            return reportByKey(by.getUsername(), requestKey);
        }
        return reports(List.of(dutyId)).get(dutyId).stream().filter(r -> r.id().equals(id.get(0))).findFirst().orElseThrow();
    }

    /**
     * Names a responsible party of bundled help (捆绑帮扶) with their duty, as the case's office, at the case's
     * version: one of each of the nine kinds. Naming a kind already named replaces its name and duty at that party's
     * version ({@code partyVersion}).
     */
    @Transactional
    public JointCase nameParty(StaffPrincipal by, Long caseId, int version, BundledPartyKind kind, String name,
                               String duty, Integer partyVersion) {
        JointCase c = visibleCase(by, caseId);
        requireOffice(by, c);
        if (kind == null) {
            throw Refusal.invalid("kind", "joint.party.kind");
        }
        if (name == null || name.isBlank() || duty == null || duty.isBlank()) {
            throw Refusal.invalid(name == null || name.isBlank() ? "name" : "duty", "joint.party.blank");
        }
        var existing = c.parties().stream().filter(p -> p.kind() == kind).findFirst();
        if (existing.isPresent()) {
            int seen = partyVersion == null ? -1 : partyVersion;
            if (jdbc.update("""
                    update bundled_party set name = :name, duty = :duty, version = version + 1
                     where id = :id and version = :version""", new MapSqlParameterSource("name", name.strip())
                    .addValue("duty", duty.strip()).addValue("id", existing.get().id()).addValue("version", seen)) == 0) {
                throw Refusal.conflict("joint.stale", seen, existing.get().version());
            }
            return find(caseId);
        }
        if (!c.hasRoomForParty()) {
            throw Refusal.invalid("kind", "joint.party.too-many", JointHandlingRules.MAX_BUNDLED_PARTIES);
        }
        bumpVersion(c, version);
        try {
            jdbc.update("insert into bundled_party (joint_case_id, kind, name, duty) values (:case, :kind, :name, :duty)",
                    new MapSqlParameterSource("case", caseId).addValue("kind", kind.name()).addValue("name", name.strip())
                            .addValue("duty", duty.strip()));
        } catch (DuplicateKeyException raced) {
            throw Refusal.conflict("joint.stale", version, version + 1);
        }
        return find(caseId);
    }

    /** Notes a responsible party's progress, as the case's office, at the party's version (the day is today). */
    @Transactional
    public JointCase noteProgress(StaffPrincipal by, Long partyId, int version, String progress) {
        Long caseId = jdbc.query("select joint_case_id from bundled_party where id = :id",
                new MapSqlParameterSource("id", partyId), (rs, i) -> rs.getLong(1)).stream().findFirst()
                .orElseThrow(() -> Refusal.notFound("joint.party.unknown", String.valueOf(partyId)));
        JointCase c = visibleCase(by, caseId);
        requireOffice(by, c);
        if (progress == null || progress.isBlank()) {
            throw Refusal.invalid("progress", "joint.party.progress-blank");
        }
        BundledParty p = c.parties().stream().filter(x -> x.id().equals(partyId)).findFirst().orElseThrow();
        if (jdbc.update("""
                update bundled_party set progress = :progress, progress_on = :on, version = version + 1
                 where id = :id and version = :version""", new MapSqlParameterSource("progress", progress.strip())
                .addValue("on", LocalDate.now(clock)).addValue("id", partyId).addValue("version", version)) == 0) {
            throw Refusal.conflict("joint.stale", version, p.version());
        }
        return find(caseId);
    }

    /** One case, for someone who may see its matter or whose unit holds a duty on it (404 otherwise). */
    @Transactional(readOnly = true)
    public JointCase visibleCase(StaffPrincipal viewer, Long caseId) {
        JointCase c = find(caseId);
        if (c == null || !(holdsDuty(viewer, c) || seesMatter(viewer, c.matter().matterId()))) {
            throw Refusal.notFound("joint.unknown", String.valueOf(caseId));
        }
        return c;
    }

    /** The open joint case of a matter, if any, for someone who may see it. */
    @Transactional(readOnly = true)
    public java.util.Optional<JointCase> ofMatter(StaffPrincipal viewer, Long matterId) {
        return jdbc.queryForList("select id from joint_case where matter_id = :m", new MapSqlParameterSource("m", matterId),
                Long.class).stream().findFirst().map(id -> visibleCase(viewer, id));
    }

    /** Whether {@code by} acts for the office that opened the case (and may change its form and parties). */
    public boolean manages(StaffPrincipal by, JointCase c) {
        return by.hasAny(OFFICE_ROLES) && c.officeUnitId().equals(by.unit().id());
    }

    /** The cases a viewer follows: how many, how many have a unit late today, and the first of them. */
    public record Listing(long total, long late, List<JointCase> first) {
    }

    /**
     * The cases {@code viewer} follows (those of matters under their scope and those with a duty for their unit):
     * the counts, and the first {@code limit} of them, those with a unit late today first, then the latest opened.
     */
    @Transactional(readOnly = true)
    public Listing list(StaffPrincipal viewer, int limit) {
        Map<Long, Long> matterOf = new HashMap<>();
        jdbc.query("select id, matter_id from joint_case", rs -> {
            matterOf.put(rs.getLong(1), rs.getLong(2));
        });
        Set<Long> followed = new HashSet<>(jdbc.queryForList(
                "select distinct joint_case_id from joint_duty where unit_id = :u",
                new MapSqlParameterSource("u", viewer.unit().id()), Long.class));
        Set<Long> inScope = new HashSet<>();
        facts.under(viewer.scopePath(), matterOf.values()).forEach(f -> inScope.add(f.matterId()));
        matterOf.forEach((caseId, matterId) -> {
            if (inScope.contains(matterId)) {
                followed.add(caseId);
            }
        });
        MapSqlParameterSource p = new MapSqlParameterSource("ids", ids(followed)).addValue("today", LocalDate.now(clock))
                .addValue("limit", limit);
        String lateNow = """
                exists (select 1 from joint_duty d where d.joint_case_id = c.id and d.done_on is null and d.due_on < :today)""";
        Long late = jdbc.queryForObject("select count(*) from joint_case c where c.id = any(:ids) and " + lateNow, p, Long.class);
        List<Row> first = jdbc.query("select c.* from joint_case c where c.id = any(:ids) order by " + lateNow
                + " desc, c.opened_on desc, c.id desc limit :limit", p, ROW);
        return new Listing(followed.size(), late == null ? 0 : late, cases(first));
    }

    /** The office {@code by} acts for: their unit, when it is a city's or county's petition bureau (and they may act). */
    public UnitView officeOf(StaffPrincipal by) {
        return officeOf(by, "joint.open.forbidden");
    }

    /** The office {@code by} acts for, or refused with {@code refusalKey}, which says what only the office may do. */
    public UnitView officeOf(StaffPrincipal by, String refusalKey) {
        UnitView unit = by.unit();
        if (!by.hasAny(OFFICE_ROLES) || !"PETITION".equals(unit.function())
                || !JointHandlingRules.hasJointConferenceOffice(unit.level())) {
            throw Refusal.forbidden(refusalKey);
        }
        return unit;
    }

    /** The unit usually holding {@code role} in the office's government (the matter's own department has none). */
    public java.util.Optional<UnitView> usualUnit(UnitView office, JointRole role) {
        return role.usualFunction() == null ? java.util.Optional.empty()
                : territory.department(territory.governmentOf(office), role.usualFunction());
    }

    /** The units the office may give a duty: the departments and governments of its area down to its townships. */
    public List<UnitView> assignable(UnitView office) {
        String area = territory.governmentOf(office).path();
        return territory.unitIdsUnder(area).stream().map(territory::require)
                .filter(u -> u.level() != org.xinfang.territory.AdministrativeLevel.VILLAGE)
                .filter(territory::isActive)
                .sorted(Comparator.comparing(UnitView::path)).toList();
    }

    /** A case of earlier days brought in with imported matters (the demo city): its form, reports and parties. */
    public record ImportedCase(Long matterId, Long officeUnitId, String summary, String openedBy, LocalDate openedOn,
                               List<ImportedDuty> duties, List<BundledParty> parties) {
    }

    public record ImportedDuty(JointRole role, Long unitId, String duty, LocalDate dueOn, LocalDate doneOn,
                               List<Report> reports) {
    }

    /**
     * Records imported cases as they stood, without the forms' checks (the importer answers for them): ids drawn from
     * the sequences first, then one batch of inserts a table, as thousands of cases come at once.
     */
    @Transactional
    public int importHistory(List<ImportedCase> cases) {
        List<Long> caseIds = nextIds("joint_case_id_seq", cases.size());
        List<MapSqlParameterSource> caseRows = new ArrayList<>();
        List<MapSqlParameterSource> dutyRows = new ArrayList<>();
        List<MapSqlParameterSource> reportRows = new ArrayList<>();
        List<MapSqlParameterSource> partyRows = new ArrayList<>();
        List<Long> dutyIds = nextIds("joint_duty_id_seq", cases.stream().mapToInt(c -> c.duties().size()).sum());
        int nextDuty = 0;
        for (int i = 0; i < cases.size(); i++) {
            ImportedCase c = cases.get(i);
            Long id = caseIds.get(i);
            caseRows.add(new MapSqlParameterSource("id", id).addValue("matter", c.matterId()).addValue("office", c.officeUnitId())
                    .addValue("summary", c.summary()).addValue("by", c.openedBy()).addValue("on", c.openedOn()));
            for (ImportedDuty d : c.duties()) {
                Long dutyId = dutyIds.get(nextDuty++);
                dutyRows.add(new MapSqlParameterSource("id", dutyId).addValue("case", id).addValue("role", d.role().name())
                        .addValue("unit", d.unitId()).addValue("duty", d.duty()).addValue("due", d.dueOn())
                        .addValue("done", d.doneOn()));
                d.reports().forEach(r -> reportRows.add(new MapSqlParameterSource("duty", dutyId).addValue("on", r.reportedOn())
                        .addValue("note", r.note()).addValue("completes", r.completes()).addValue("by", r.recordedBy())
                        .addValue("at", Timestamp.from(r.recordedAt()))));
            }
            c.parties().forEach(p -> partyRows.add(new MapSqlParameterSource("case", id).addValue("kind", p.kind().name())
                    .addValue("name", p.name()).addValue("duty", p.duty()).addValue("progress", p.progress())
                    .addValue("on", p.progressOn())));
        }
        batch("""
                insert into joint_case (id, matter_id, office_unit_id, summary, opened_by, opened_on)
                values (:id, :matter, :office, :summary, :by, :on)""", caseRows);
        batch("""
                insert into joint_duty (id, joint_case_id, role, unit_id, duty, due_on, done_on)
                values (:id, :case, :role, :unit, :duty, :due, :done)""", dutyRows);
        batch("""
                insert into joint_report (joint_duty_id, reported_on, note, completes, recorded_by, recorded_at)
                values (:duty, :on, :note, :completes, :by, :at)""", reportRows);
        batch("""
                insert into bundled_party (joint_case_id, kind, name, duty, progress, progress_on)
                values (:case, :kind, :name, :duty, :progress, :on)""", partyRows);
        return cases.size();
    }

    private List<Long> nextIds(String sequence, int n) {
        return jdbc.queryForList("select nextval('" + sequence + "') from generate_series(1, :n)",
                new MapSqlParameterSource("n", n), Long.class);
    }

    private void batch(String sql, List<MapSqlParameterSource> rows) {
        jdbc.batchUpdate(sql, rows.toArray(new MapSqlParameterSource[0]));
    }

    private void check(UnitView office, NewDuty d) {
        if (d.role() == null) {
            throw Refusal.invalid("role", "joint.duty.role");
        }
        UnitView unit = d.unitId() == null ? null : territory.unit(d.unitId()).orElse(null);
        if (unit == null || !territory.governmentOf(office).contains(unit) || !territory.isActive(unit)) {
            throw Refusal.invalid("unitId", "joint.duty.unit-outside", unit == null ? String.valueOf(d.unitId()) : unitName(unit.id()),
                    unitName(territory.governmentOf(office).id()));
        }
        if (d.duty() == null || d.duty().isBlank()) {
            throw Refusal.invalid("duty", "joint.duty.blank", unitName(unit.id()));
        }
        LocalDate today = LocalDate.now(clock);
        if (!JointHandlingRules.isDueDayAcceptable(d.dueOn(), today)) {
            throw Refusal.invalid("dueOn", "joint.duty.due", d.dueOn() == null ? "" : d.dueOn(), today.plusDays(1),
                    today.plusDays(org.xinfang.statute.Statute.HANDLING_DAYS));
        }
    }

    private UnitView requireOffice(StaffPrincipal by, JointCase c) {
        if (!manages(by, c)) {
            throw Refusal.forbidden("joint.office-only", unitName(c.officeUnitId()));
        }
        return by.unit();
    }

    private void bumpVersion(JointCase c, int version) {
        if (jdbc.update("update joint_case set version = version + 1 where id = :id and version = :version",
                new MapSqlParameterSource("id", c.id()).addValue("version", version)) == 0) {
            throw Refusal.conflict("joint.stale", version, c.version());
        }
    }

    private void insertDuties(Long caseId, List<NewDuty> duties) {
        jdbc.batchUpdate("""
                insert into joint_duty (joint_case_id, role, unit_id, duty, due_on)
                values (:case, :role, :unit, :duty, :due)""", duties.stream().map(d ->
                new MapSqlParameterSource("case", caseId).addValue("role", d.role().name()).addValue("unit", d.unitId())
                        .addValue("duty", d.duty().strip()).addValue("due", d.dueOn())).toArray(MapSqlParameterSource[]::new));
    }

    private String unitName(Long unitId) {
        return territory.unit(unitId).map(u -> u.displayName(java.util.Locale.SIMPLIFIED_CHINESE)).orElse(String.valueOf(unitId));
    }

    private boolean holdsDuty(StaffPrincipal viewer, JointCase c) {
        return c.duties().stream().anyMatch(d -> d.unitId().equals(viewer.unit().id()));
    }

    private boolean seesMatter(StaffPrincipal viewer, Long matterId) {
        return casework.count(MatterFilter.everything(0, 1), viewer, List.of(matterId)) > 0;
    }

    private JointCase find(Long id) {
        List<JointCase> found = cases(jdbc.query("select * from joint_case where id = :id", new MapSqlParameterSource("id", id), ROW));
        return found.isEmpty() ? null : found.get(0);
    }

    private record Row(Long id, int version, Long matterId, Long officeUnitId, String summary, String openedBy,
                       LocalDate openedOn) {
    }

    private static final RowMapper<Row> ROW = (rs, i) -> new Row(rs.getLong("id"), rs.getInt("version"),
            rs.getLong("matter_id"), rs.getLong("office_unit_id"), rs.getString("summary"), rs.getString("opened_by"),
            rs.getObject("opened_on", LocalDate.class));

    private static SqlParameterValue ids(Collection<Long> ids) {
        return new SqlParameterValue(Types.ARRAY, ids.toArray(new Long[0]));
    }

    private List<JointCase> cases(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> caseIds = rows.stream().map(Row::id).toList();
        Map<Long, Facts> matters = new HashMap<>();
        facts.of(rows.stream().map(Row::matterId).toList()).forEach(f -> matters.put(f.matterId(), f));
        Map<Long, List<Long>> dutyIds = new HashMap<>();
        List<Object[]> dutyRows = new ArrayList<>();
        jdbc.query("select * from joint_duty where joint_case_id = any(:ids)",
                new MapSqlParameterSource("ids", ids(caseIds)), rs -> {
                    dutyRows.add(new Object[]{rs.getLong("joint_case_id"), rs.getLong("id"), JointRole.valueOf(rs.getString("role")),
                            rs.getLong("unit_id"), rs.getString("duty"), rs.getObject("due_on", LocalDate.class),
                            rs.getObject("done_on", LocalDate.class)});
                    dutyIds.computeIfAbsent(rs.getLong("joint_case_id"), k -> new ArrayList<>()).add(rs.getLong("id"));
                });
        Map<Long, List<Report>> reports = reports(dutyRows.stream().map(r -> (Long) r[1]).toList());
        Map<Long, List<Duty>> duties = new HashMap<>();
        for (Object[] r : dutyRows) {
            duties.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(new Duty((Long) r[1], (JointRole) r[2], (Long) r[3],
                    (String) r[4], (LocalDate) r[5], (LocalDate) r[6], reports.getOrDefault((Long) r[1], List.of())));
        }
        Map<Long, List<BundledParty>> parties = new HashMap<>();
        jdbc.query("select * from bundled_party where joint_case_id = any(:ids) order by id",
                new MapSqlParameterSource("ids", ids(caseIds)), rs -> {
                    parties.computeIfAbsent(rs.getLong("joint_case_id"), k -> new ArrayList<>()).add(new BundledParty(
                            rs.getLong("id"), rs.getInt("version"), BundledPartyKind.valueOf(rs.getString("kind")),
                            rs.getString("name"), rs.getString("duty"), rs.getString("progress"),
                            rs.getObject("progress_on", LocalDate.class)));
                });
        parties.values().forEach(l -> l.sort(Comparator.comparing(BundledParty::kind)));
        // the form's order: the five roles as the seed lists them, then as entered
        duties.values().forEach(l -> l.sort(Comparator.comparing(Duty::role).thenComparing(Duty::id)));
        return rows.stream().map(r -> new JointCase(r.id(), r.version(), matters.get(r.matterId()), r.officeUnitId(),
                r.summary(), r.openedBy(), r.openedOn(), duties.getOrDefault(r.id(), List.of()),
                parties.getOrDefault(r.id(), List.of()))).toList();
    }

    private static final RowMapper<Report> REPORT = (rs, i) -> new Report(rs.getLong("id"),
            rs.getObject("reported_on", LocalDate.class), rs.getString("note"), rs.getBoolean("completes"),
            rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());

    private Map<Long, List<Report>> reports(List<Long> dutyIds) {
        Map<Long, List<Report>> byDuty = new HashMap<>();
        if (dutyIds.isEmpty()) {
            return byDuty;
        }
        jdbc.query("select * from joint_report where joint_duty_id = any(:ids) order by reported_on desc, id desc",
                new MapSqlParameterSource("ids", ids(dutyIds)), rs -> {
                    byDuty.computeIfAbsent(rs.getLong("joint_duty_id"), k -> new ArrayList<>()).add(REPORT.mapRow(rs, 0));
                });
        return byDuty;
    }

    private Report reportByKey(String by, String key) {
        return jdbc.query("select * from joint_report where recorded_by = :by and request_key = :key",
                new MapSqlParameterSource("by", by).addValue("key", key), REPORT).stream().findFirst().orElse(null);
    }
}
