package org.xinfang.coordination;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.casework.MatterFacts.Facts;
import org.xinfang.platform.IdempotencyKeys;
import org.xinfang.platform.Refusal;
import org.xinfang.statute.OversightRules;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.StaffRole;
import org.xinfang.territory.UnitView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Special inspections (专项督查, 2022 art. 38): a supervisor or leader opens an inspection of how a set of matters was
 * handled, with its ground and a deadline; a finding is recorded on each matter (a problem found or not, with a note);
 * once every matter has one, the inspection is closed with its conclusion, the problems found being fed back to the
 * places and departments (art. 38 ¶2). The staff of the opener's unit with those roles carry it on; the staff whose
 * area holds that unit see it.
 */
@Service
public class SpecialInspections {

    private static final Set<StaffRole> INSPECTORS = Set.of(StaffRole.SUPERVISOR, StaffRole.LEADER);

    private final OversightScope scope;
    private final NamedParameterJdbcTemplate jdbc;

    SpecialInspections(OversightScope scope, NamedParameterJdbcTemplate jdbc) {
        this.scope = scope;
        this.jdbc = jdbc;
    }

    public record Inspection(Long id, int version, UnitView unit, String title, String ground, LocalDate dueOn,
                             String openedBy, LocalDate openedOn, LocalDate closedOn, String conclusion,
                             List<Finding> matters) {

        public boolean closed() {
            return closedOn != null;
        }

        public long found() {
            return matters.stream().filter(Finding::recorded).count();
        }

        public long problems() {
            return matters.stream().filter(f -> Boolean.TRUE.equals(f.problemFound())).count();
        }

        public boolean pastDue(LocalDate today) {
            return !closed() && dueOn.isBefore(today);
        }
    }

    /** A matter under inspection and its finding, once recorded. */
    public record Finding(Long matterId, Facts matter, Boolean problemFound, String note, LocalDate foundOn, String foundBy) {

        public boolean recorded() {
            return foundOn != null;
        }
    }

    /** An inspection of earlier days brought in by the demo city: its matters' findings by matter id, as they stood. */
    public record ImportedInspection(Long unitId, String title, String ground, LocalDate dueOn, String openedBy,
                                     LocalDate openedOn, LocalDate closedOn, String conclusion,
                                     List<ImportedFinding> findings) {
    }

    public record ImportedFinding(Long matterId, Boolean problemFound, String note, LocalDate foundOn) {
    }

    /**
     * Opens an inspection, as a supervisor or leader: a title, its ground, at least one matter (each visible to the
     * opener) and a deadline to come. A repeated submission with the same request key answers with the inspection
     * opened the first time.
     */
    @Transactional
    public Inspection open(StaffPrincipal by, String title, String ground, List<String> referenceNos, LocalDate dueOn,
                           String requestKey) {
        IdempotencyKeys.check(requestKey);
        if (!by.hasAny(INSPECTORS)) {
            throw Refusal.forbidden("oversight.inspection.forbidden");
        }
        if (requestKey != null) {
            List<Long> earlier = jdbc.queryForList("select id from special_inspection where opened_by = :by and request_key = :key",
                    new MapSqlParameterSource("by", by.getUsername()).addValue("key", requestKey), Long.class);
            if (!earlier.isEmpty()) {
                return find(earlier.get(0));
            }
        }
        String named = OversightScope.required("title", title, "oversight.inspection.title");
        String why = OversightScope.required("ground", ground, "oversight.inspection.ground");
        List<Facts> matters = scope.matters(by, referenceNos, "referenceNos");
        if (matters.isEmpty()) {
            throw Refusal.invalid("referenceNos", "oversight.inspection.no-matters");
        }
        LocalDate today = scope.today();
        if (dueOn == null || !dueOn.isAfter(today)) {
            throw Refusal.invalid("dueOn", "oversight.inspection.due", dueOn == null ? "" : dueOn);
        }
        Long id;
        try {
            id = jdbc.queryForObject("""
                    insert into special_inspection (unit_id, title, ground, due_on, opened_by, opened_on, request_key)
                    values (:unit, :title, :ground, :due, :by, :on, :key) returning id""",
                    new MapSqlParameterSource("unit", by.unit().id()).addValue("title", named).addValue("ground", why)
                            .addValue("due", dueOn).addValue("by", by.getUsername()).addValue("on", today)
                            .addValue("key", requestKey), Long.class);
        } catch (DuplicateKeyException raced) {
            // the same request, a moment ago: answer with what it opened
            return find(jdbc.queryForObject("select id from special_inspection where opened_by = :by and request_key = :key",
                    new MapSqlParameterSource("by", by.getUsername()).addValue("key", requestKey), Long.class));
        }
        insertMatters(id, matters.stream().map(Facts::matterId).toList());
        return find(id);
    }

    /**
     * Records the finding on one matter of an open inspection, once, as a supervisor or leader of the opener's unit:
     * whether a problem was found, and a note (required when one was). The inspection's version moves on, so that a
     * conclusion written before the last finding is refused as stale.
     */
    @Transactional
    public Inspection find(StaffPrincipal by, Long id, Long matterId, boolean problemFound, String note) {
        Inspection i = visible(by, id);
        requireInspector(by, i);
        Finding f = i.matters().stream().filter(x -> x.matterId().equals(matterId)).findFirst()
                .orElseThrow(() -> Refusal.notFound("oversight.inspection.matter-unknown", String.valueOf(matterId)));
        if (i.closed()) {
            throw Refusal.conflict("oversight.inspection.closed", i.title(), i.closedOn());
        }
        String text = problemFound ? OversightScope.required("note", note, "oversight.inspection.note")
                : note == null || note.isBlank() ? null : note.strip();
        if (jdbc.update("""
                update inspection_matter set problem_found = :problem, note = :note, found_on = :on, found_by = :by
                 where special_inspection_id = :id and matter_id = :matter and found_on is null""",
                new MapSqlParameterSource("problem", problemFound).addValue("note", text).addValue("on", scope.today())
                        .addValue("by", by.getUsername()).addValue("id", id).addValue("matter", matterId)) == 0) {
            throw Refusal.conflict("oversight.inspection.found", f.matter().referenceNo());
        }
        jdbc.update("update special_inspection set version = version + 1 where id = :id", new MapSqlParameterSource("id", id));
        return find(id);
    }

    /** Closes the inspection with its conclusion, at the version seen, once every matter has a finding. */
    @Transactional
    public Inspection close(StaffPrincipal by, Long id, int version, String conclusion) {
        Inspection i = visible(by, id);
        requireInspector(by, i);
        if (i.closed()) {
            throw Refusal.conflict("oversight.inspection.closed", i.title(), i.closedOn());
        }
        if (!OversightRules.mayConclude(i.matters().size(), (int) i.found())) {
            throw Refusal.conflict("oversight.inspection.unfinished", i.matters().size() - i.found());
        }
        String text = OversightScope.required("conclusion", conclusion, "oversight.inspection.conclusion");
        if (jdbc.update("""
                update special_inspection set closed_on = :on, conclusion = :text, closed_by = :by, version = version + 1
                 where id = :id and version = :version and closed_on is null""",
                new MapSqlParameterSource("on", scope.today()).addValue("text", text).addValue("by", by.getUsername())
                        .addValue("id", id).addValue("version", version)) == 0) {
            throw Refusal.conflict("oversight.stale", version, i.version());
        }
        return find(id);
    }

    /** Whether {@code by} may record findings and close: a supervisor or leader of the opener's unit. */
    public boolean carriesOn(StaffPrincipal by, Inspection i) {
        return by.hasAny(INSPECTORS) && by.unit().id().equals(i.unit().id());
    }

    /** One inspection, for someone whose area holds the opener's unit (404 otherwise). */
    @Transactional(readOnly = true)
    public Inspection visible(StaffPrincipal viewer, Long id) {
        Inspection i = find(id);
        if (i == null || !viewer.covers(i.unit().path())) {
            throw Refusal.notFound("oversight.inspection.unknown", String.valueOf(id));
        }
        return i;
    }

    /** The inspections of {@code viewer}'s area: open ones first (the nearest deadline first), then the latest {@code limit} closed. */
    @Transactional(readOnly = true)
    public List<Inspection> list(StaffPrincipal viewer, int limit) {
        MapSqlParameterSource p = new MapSqlParameterSource("units", scope.unitsSeenBy(viewer)).addValue("limit", limit);
        List<Inspection> all = new ArrayList<>(inspections(jdbc.query("""
                select * from special_inspection where unit_id = any(:units) and closed_on is null order by due_on, id""",
                p, ROW)));
        all.addAll(inspections(jdbc.query("""
                select * from special_inspection where unit_id = any(:units) and closed_on is not null
                 order by closed_on desc, id desc limit :limit""", p, ROW)));
        return all;
    }

    /** Records imported inspections as they stood, without the forms' checks (the importer answers for them). */
    @Transactional
    public int importHistory(List<ImportedInspection> inspections) {
        List<MapSqlParameterSource> findings = new ArrayList<>();
        for (ImportedInspection i : inspections) {
            Long id = jdbc.queryForObject("""
                    insert into special_inspection (unit_id, title, ground, due_on, opened_by, opened_on, closed_on, conclusion, closed_by)
                    values (:unit, :title, :ground, :due, :by, :on, :closed, :conclusion, :closedBy) returning id""",
                    new MapSqlParameterSource("unit", i.unitId()).addValue("title", i.title()).addValue("ground", i.ground())
                            .addValue("due", i.dueOn()).addValue("by", i.openedBy()).addValue("on", i.openedOn())
                            .addValue("closed", i.closedOn()).addValue("conclusion", i.conclusion())
                            .addValue("closedBy", i.closedOn() == null ? null : i.openedBy()), Long.class);
            i.findings().forEach(f -> findings.add(new MapSqlParameterSource("id", id).addValue("matter", f.matterId())
                    .addValue("problem", f.problemFound()).addValue("note", f.note()).addValue("on", f.foundOn())
                    .addValue("by", f.foundOn() == null ? null : i.openedBy())));
        }
        jdbc.batchUpdate("""
                insert into inspection_matter (special_inspection_id, matter_id, problem_found, note, found_on, found_by)
                values (:id, :matter, :problem, :note, :on, :by)""", findings.toArray(new MapSqlParameterSource[0]));
        return inspections.size();
    }

    private void requireInspector(StaffPrincipal by, Inspection i) {
        if (!carriesOn(by, i)) {
            throw Refusal.forbidden("oversight.inspection.office-only", scope.name(i.unit().id()));
        }
    }

    private void insertMatters(Long id, List<Long> matterIds) {
        jdbc.batchUpdate("insert into inspection_matter (special_inspection_id, matter_id) values (:id, :matter)",
                matterIds.stream().map(m -> new MapSqlParameterSource("id", id).addValue("matter", m))
                        .toArray(MapSqlParameterSource[]::new));
    }

    private Inspection find(Long id) {
        List<Inspection> found = inspections(jdbc.query("select * from special_inspection where id = :id",
                new MapSqlParameterSource("id", id), ROW));
        return found.isEmpty() ? null : found.get(0);
    }

    private record Row(Long id, int version, Long unitId, String title, String ground, LocalDate dueOn, String openedBy,
                       LocalDate openedOn, LocalDate closedOn, String conclusion) {
    }

    private static final RowMapper<Row> ROW = (rs, i) -> new Row(rs.getLong("id"), rs.getInt("version"),
            rs.getLong("unit_id"), rs.getString("title"), rs.getString("ground"), rs.getObject("due_on", LocalDate.class),
            rs.getString("opened_by"), rs.getObject("opened_on", LocalDate.class), rs.getObject("closed_on", LocalDate.class),
            rs.getString("conclusion"));

    private List<Inspection> inspections(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Object[]>> raw = new HashMap<>();
        jdbc.query("select * from inspection_matter where special_inspection_id = any(:ids) order by id",
                new MapSqlParameterSource("ids", OversightScope.ids(rows.stream().map(Row::id).toList())), rs -> {
                    raw.computeIfAbsent(rs.getLong("special_inspection_id"), k -> new ArrayList<>()).add(new Object[]{
                            rs.getLong("matter_id"), (Boolean) rs.getObject("problem_found"), rs.getString("note"),
                            rs.getObject("found_on", LocalDate.class), rs.getString("found_by")});
                });
        Map<Long, Facts> facts = new HashMap<>();
        scope.facts(raw.values().stream().flatMap(List::stream).map(r -> (Long) r[0]).distinct().toList())
                .forEach(f -> facts.put(f.matterId(), f));
        return rows.stream().map(r -> new Inspection(r.id(), r.version(), scope.unit(r.unitId()), r.title(), r.ground(),
                r.dueOn(), r.openedBy(), r.openedOn(), r.closedOn(), r.conclusion(),
                raw.getOrDefault(r.id(), List.of()).stream().map(x -> new Finding((Long) x[0], facts.get((Long) x[0]),
                        (Boolean) x[1], (String) x[2], (LocalDate) x[3], (String) x[4])).toList())).toList();
    }
}
