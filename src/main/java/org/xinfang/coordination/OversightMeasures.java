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
import org.xinfang.statute.OversightRules.MeasureKind;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.UnitView;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The joint conference's measures (2022 art. 39 ¶3) against a unit of its area that fails in petition work: an
 * interview (约谈), a circulated notice (通报) or listed supervision (挂牌督办), with the order to rectify by a deadline
 * (责令限期整改), and then the rectification as recorded by the office. The office is the city's or county's petition
 * bureau (the joint conference office, {@link JointCases#officeOf}); staff whose area holds the unit see the measure.
 */
@Service
public class OversightMeasures {

    private final OversightScope scope;
    private final NamedParameterJdbcTemplate jdbc;

    OversightMeasures(OversightScope scope, NamedParameterJdbcTemplate jdbc) {
        this.scope = scope;
        this.jdbc = jdbc;
    }

    public record Measure(Long id, int version, Long officeUnitId, UnitView unit, MeasureKind kind, String reason,
                          List<Facts> matters, LocalDate decidedOn, LocalDate rectifyBy, String decidedBy,
                          LocalDate rectifiedOn, String rectification, String rectifiedBy) {

        public boolean rectified() {
            return rectifiedOn != null;
        }

        /** Listed supervision not yet lifted by a rectification. */
        public boolean listed() {
            return OversightRules.staysListed(kind, rectifiedOn);
        }

        public boolean pastDeadline(LocalDate today) {
            return OversightRules.isPastRectification(rectifyBy, rectifiedOn, today);
        }
    }

    /** A measure of earlier days brought in by the demo city, as it stood. */
    public record ImportedMeasure(Long officeUnitId, Long unitId, MeasureKind kind, String reason, LocalDate decidedOn,
                                  LocalDate rectifyBy, String decidedBy, LocalDate rectifiedOn, String rectification) {
    }

    /** The measures an area sees: those awaiting rectification (past their deadline first), and the rectified ones. */
    public record Listing(List<Measure> open, List<Measure> rectified, long rectifiedCount) {

        public long pastDeadline(LocalDate today) {
            return open.stream().filter(m -> m.pastDeadline(today)).count();
        }

        public long listed() {
            return open.stream().filter(Measure::listed).count();
        }
    }

    /**
     * Records a measure, as the joint conference office: the unit of its area, the kind, the reason, the matters
     * concerned (optional, each visible to the office), the day decided (not in the future) and the deadline to
     * rectify (after it). A repeated submission with the same request key answers with the measure recorded the first time.
     */
    @Transactional
    public Measure decide(StaffPrincipal by, Long unitId, MeasureKind kind, String reason, List<String> referenceNos,
                          LocalDate decidedOn, LocalDate rectifyBy, String requestKey) {
        IdempotencyKeys.check(requestKey);
        UnitView office = scope.office(by, "oversight.measure.forbidden");
        Measure earlier = byKey(by, requestKey);
        if (earlier != null) {
            return earlier;
        }
        UnitView unit = scope.unitOfArea(office, unitId, "unitId");
        if (kind == null) {
            throw Refusal.invalid("kind", "oversight.measure.kind");
        }
        String why = OversightScope.required("reason", reason, "oversight.measure.reason");
        List<Facts> matters = scope.matters(by, referenceNos, "referenceNos");
        scope.dayBetween("decidedOn", decidedOn, null);
        if (!OversightRules.isRectificationDeadlineAcceptable(decidedOn, rectifyBy)) {
            throw Refusal.invalid("rectifyBy", "oversight.measure.deadline", rectifyBy == null ? "" : rectifyBy, decidedOn);
        }
        try {
            Long id = jdbc.queryForObject("""
                    insert into oversight_measure (office_unit_id, unit_id, kind, reason, matter_ids, decided_on, rectify_by,
                                                   decided_by, request_key)
                    values (:office, :unit, :kind, :reason, :matters, :decided, :rectifyBy, :by, :key) returning id""",
                    new MapSqlParameterSource("office", office.id()).addValue("unit", unit.id()).addValue("kind", kind.name())
                            .addValue("reason", why).addValue("matters", OversightScope.ids(matters.stream().map(Facts::matterId).toList()))
                            .addValue("decided", decidedOn).addValue("rectifyBy", rectifyBy).addValue("by", by.getUsername())
                            .addValue("key", requestKey), Long.class);
            return find(id);
        } catch (DuplicateKeyException raced) {
            return byKey(by, requestKey);
        }
    }

    /** Records the rectification as done (the day, what was done), as the office that decided the measure, at the version seen. */
    @Transactional
    public Measure rectify(StaffPrincipal by, Long id, int version, LocalDate rectifiedOn, String whatWasDone) {
        Measure m = visible(by, id);
        scope.requireOffice(by, m.officeUnitId(), "oversight.measure.forbidden");
        if (m.rectified()) {
            throw Refusal.conflict("oversight.measure.rectified", scope.name(m.unit().id()), m.rectifiedOn());
        }
        scope.dayBetween("rectifiedOn", rectifiedOn, m.decidedOn());
        String done = OversightScope.required("rectification", whatWasDone, "oversight.measure.rectification");
        if (jdbc.update("""
                update oversight_measure set rectified_on = :on, rectification = :done, rectified_by = :by, version = version + 1
                 where id = :id and version = :version and rectified_on is null""",
                new MapSqlParameterSource("on", rectifiedOn).addValue("done", done).addValue("by", by.getUsername())
                        .addValue("id", id).addValue("version", version)) == 0) {
            throw Refusal.conflict("oversight.stale", version, m.version());
        }
        return find(id);
    }

    /** The joint conference office {@code by} acts for, if any (it decides measures and proposes accountability). */
    public java.util.Optional<UnitView> office(StaffPrincipal by) {
        return scope.officeIfAny(by);
    }

    /** The units of the office's area a measure or an accountability proposal may concern. */
    public List<UnitView> unitsOfArea(UnitView office) {
        return scope.unitsOfArea(office);
    }

    /** One measure, for someone whose area holds its unit (404 otherwise). */
    @Transactional(readOnly = true)
    public Measure visible(StaffPrincipal viewer, Long id) {
        Measure m = find(id);
        if (m == null || !viewer.covers(m.unit().path())) {
            throw Refusal.notFound("oversight.measure.unknown", String.valueOf(id));
        }
        return m;
    }

    /** The measures concerning units of {@code viewer}'s area: all awaiting rectification, the latest {@code limit} rectified. */
    @Transactional(readOnly = true)
    public Listing list(StaffPrincipal viewer, int limit) {
        MapSqlParameterSource p = new MapSqlParameterSource("units", scope.unitsSeenBy(viewer)).addValue("limit", limit);
        List<Measure> open = measures(jdbc.query("""
                select * from oversight_measure where unit_id = any(:units) and rectified_on is null
                 order by rectify_by, id""", p, ROW));
        List<Measure> rectified = measures(jdbc.query("""
                select * from oversight_measure where unit_id = any(:units) and rectified_on is not null
                 order by rectified_on desc, id desc limit :limit""", p, ROW));
        Long count = jdbc.queryForObject("select count(*) from oversight_measure where unit_id = any(:units) and rectified_on is not null",
                p, Long.class);
        return new Listing(open, rectified, count == null ? 0 : count);
    }

    /** Records imported measures as they stood, without the form's checks (the importer answers for them); one batch. */
    @Transactional
    public int importHistory(List<ImportedMeasure> measures) {
        jdbc.batchUpdate("""
                insert into oversight_measure (office_unit_id, unit_id, kind, reason, decided_on, rectify_by, decided_by,
                                               rectified_on, rectification, rectified_by)
                values (:office, :unit, :kind, :reason, :decided, :rectifyBy, :by, :rectified, :rectification, :rectifiedBy)""",
                measures.stream().map(m -> new MapSqlParameterSource("office", m.officeUnitId()).addValue("unit", m.unitId())
                        .addValue("kind", m.kind().name()).addValue("reason", m.reason()).addValue("decided", m.decidedOn())
                        .addValue("rectifyBy", m.rectifyBy()).addValue("by", m.decidedBy())
                        .addValue("rectified", m.rectifiedOn()).addValue("rectification", m.rectification())
                        .addValue("rectifiedBy", m.rectifiedOn() == null ? null : m.decidedBy()))
                        .toArray(MapSqlParameterSource[]::new));
        return measures.size();
    }

    private Measure byKey(StaffPrincipal by, String requestKey) {
        if (requestKey == null) {
            return null;
        }
        List<Row> rows = jdbc.query("select * from oversight_measure where decided_by = :by and request_key = :key",
                new MapSqlParameterSource("by", by.getUsername()).addValue("key", requestKey), ROW);
        return rows.isEmpty() ? null : measures(rows).get(0);
    }

    private Measure find(Long id) {
        List<Measure> found = measures(jdbc.query("select * from oversight_measure where id = :id",
                new MapSqlParameterSource("id", id), ROW));
        return found.isEmpty() ? null : found.get(0);
    }

    private record Row(Long id, int version, Long officeUnitId, Long unitId, MeasureKind kind, String reason,
                       List<Long> matterIds, LocalDate decidedOn, LocalDate rectifyBy, String decidedBy,
                       LocalDate rectifiedOn, String rectification, String rectifiedBy) {
    }

    private static final RowMapper<Row> ROW = (rs, i) -> new Row(rs.getLong("id"), rs.getInt("version"),
            rs.getLong("office_unit_id"), rs.getLong("unit_id"), MeasureKind.valueOf(rs.getString("kind")),
            rs.getString("reason"), longs(rs.getArray("matter_ids")), rs.getObject("decided_on", LocalDate.class),
            rs.getObject("rectify_by", LocalDate.class), rs.getString("decided_by"),
            rs.getObject("rectified_on", LocalDate.class), rs.getString("rectification"), rs.getString("rectified_by"));

    static List<Long> longs(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Long[]) array.getArray()).toList();
    }

    private List<Measure> measures(List<Row> rows) {
        Map<Long, Facts> matters = new HashMap<>();
        scope.facts(rows.stream().flatMap(r -> r.matterIds().stream()).distinct().toList())
                .forEach(f -> matters.put(f.matterId(), f));
        return rows.stream().map(r -> new Measure(r.id(), r.version(), r.officeUnitId(), scope.unit(r.unitId()), r.kind(),
                r.reason(), r.matterIds().stream().map(matters::get).filter(java.util.Objects::nonNull)
                .sorted(Comparator.comparing(Facts::referenceNo)).toList(), r.decidedOn(), r.rectifyBy(), r.decidedBy(),
                r.rectifiedOn(), r.rectification(), r.rectifiedBy())).toList();
    }
}
