package org.xinfang.coordination;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.casework.Casework;
import org.xinfang.casework.MatterFacts;
import org.xinfang.casework.MatterFacts.Facts;
import org.xinfang.casework.MatterFilter;
import org.xinfang.platform.IdempotencyKeys;
import org.xinfang.platform.Refusal;
import org.xinfang.statute.BacklogRules;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.StaffRole;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The backlog register (积案台账): an old matter still unsettled, registered once by a supervisor or a leader with a
 * named leader, a target date and a plan; its progress, noted by the leader or the supervisors of its area; and its
 * end, "case closed, matter settled" (案结事了), declared by the named leader once the procedure has concluded it.
 */
@Service
public class BacklogRegister {

    private final MatterFacts facts;
    private final Casework casework;
    private final UserDetailsService staff;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    BacklogRegister(MatterFacts facts, Casework casework, UserDetailsService staff, NamedParameterJdbcTemplate jdbc,
                    Clock clock) {
        this.facts = facts;
        this.casework = casework;
        this.staff = staff;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A case on the register, with the matter as it stands and the progress noted, the latest first. */
    public record BacklogCase(Long id, int version, Facts matter, String leader, LocalDate targetOn, String plan,
                              String registeredBy, LocalDate registeredOn, LocalDate settledOn, String settlement,
                              List<Progress> progress) {

        public boolean settled() {
            return settledOn != null;
        }

        /** The target date has passed and the case is not settled. */
        public boolean pastTarget(LocalDate today) {
            return !settled() && targetOn.isBefore(today);
        }

        /** The procedure has concluded the matter: the named leader may now settle the case. */
        public boolean concluded() {
            return Concluded.is(matter.state());
        }
    }

    public record Progress(Long id, LocalDate notedOn, String note, String recordedBy, Instant recordedAt) {
    }

    /** The register of an area: its cases, open first (the nearest target first), and how many are settled. */
    public record Register(List<BacklogCase> open, List<BacklogCase> settled) {

        public int registered() {
            return open.size() + settled.size();
        }
    }

    /** A case of earlier days brought in with imported matters (the demo city), with its progress and, when settled, its end. */
    public record ImportedCase(Long matterId, String leader, String registeredBy, LocalDate registeredOn,
                               LocalDate targetOn, String plan, List<LocalDate> progressDays, String progressNote,
                               LocalDate settledOn, String settlement) {
    }

    /** Records imported cases as they stood, without the forms' checks (the importer answers for them); one batch. */
    @Transactional
    public int importHistory(List<ImportedCase> cases) {
        Map<Long, String> holders = new HashMap<>();
        facts.of(cases.stream().map(ImportedCase::matterId).toList()).forEach(f -> holders.put(f.matterId(), f.holderPath()));
        for (ImportedCase c : cases) {
            Long id = jdbc.queryForObject("""
                    insert into backlog_case (matter_id, leader, target_on, plan, registered_by, registered_on, settled_on,
                                              settlement, settled_by, holder_path)
                    values (:matter, :leader, :target, :plan, :by, :on, :settled, :settlement, :settledBy, :path) returning id""",
                    new MapSqlParameterSource("matter", c.matterId()).addValue("leader", c.leader())
                            .addValue("path", holders.get(c.matterId()))
                            .addValue("target", c.targetOn()).addValue("plan", c.plan()).addValue("by", c.registeredBy())
                            .addValue("on", c.registeredOn()).addValue("settled", c.settledOn())
                            .addValue("settlement", c.settlement())
                            .addValue("settledBy", c.settledOn() == null ? null : c.leader()), Long.class);
            jdbc.batchUpdate("""
                    insert into backlog_progress (backlog_case_id, noted_on, note, recorded_by, recorded_at)
                    values (:case, :on, :note, :by, :at)""", c.progressDays().stream().map(day ->
                    new MapSqlParameterSource("case", id).addValue("on", day).addValue("note", c.progressNote())
                            .addValue("by", c.leader()).addValue("at",
                                    Timestamp.from(day.atTime(17, 0).atZone(clock.getZone()).toInstant())))
                    .toArray(MapSqlParameterSource[]::new));
        }
        return cases.size();
    }

    /** Registers the matter numbered {@code referenceNo}; a second registration of the same matter is refused. */
    @Transactional
    public BacklogCase register(StaffPrincipal by, String referenceNo, String leader, LocalDate targetOn, String plan) {
        if (!by.hasAny(java.util.Set.of(StaffRole.SUPERVISOR, StaffRole.LEADER))) {
            throw Refusal.forbidden("backlog.register.forbidden");
        }
        Facts m = facts.byReference(referenceNo == null ? "" : referenceNo).filter(f -> visible(by, f.matterId()))
                .orElseThrow(() -> Refusal.invalid("referenceNo", "backlog.matter.unknown", referenceNo));
        LocalDate today = LocalDate.now(clock);
        if (!BacklogRules.isOldEnough(m.receivedOn(), today)) {
            throw Refusal.invalid("referenceNo", "backlog.matter.too-recent", m.referenceNo(), m.receivedOn());
        }
        if (Concluded.is(m.state())) {
            throw Refusal.invalid("referenceNo", "backlog.matter.concluded", m.referenceNo());
        }
        if (!BacklogRules.isTargetAhead(targetOn, today)) {
            throw Refusal.invalid("targetOn", "backlog.target.not-ahead", targetOn == null ? "" : targetOn);
        }
        StaffPrincipal named = leader(leader, m);
        MapSqlParameterSource p = new MapSqlParameterSource("matter", m.matterId()).addValue("leader", named.getUsername())
                .addValue("target", targetOn).addValue("plan", plan.strip()).addValue("by", by.getUsername())
                .addValue("on", today).addValue("path", m.holderPath());
        try {
            // the holder's path when registered: the register's figures count by it (BacklogIndicators)
            Long id = jdbc.queryForObject("""
                    insert into backlog_case (matter_id, leader, target_on, plan, registered_by, registered_on, holder_path)
                    values (:matter, :leader, :target, :plan, :by, :on, :path) returning id""", p, Long.class);
            return find(id);
        } catch (DuplicateKeyException taken) {
            throw Refusal.conflict("backlog.matter.registered", m.referenceNo());
        }
    }

    /** Notes progress on an open case, as its leader or a supervisor or leader of its area; once per request key. */
    @Transactional
    public Progress note(StaffPrincipal by, Long caseId, LocalDate notedOn, String note, String requestKey) {
        IdempotencyKeys.check(requestKey);
        BacklogCase c = visibleCase(by, caseId);
        if (requestKey != null) {
            Progress earlier = progressByKey(by.getUsername(), requestKey);
            if (earlier != null) {
                return earlier;
            }
        }
        if (!c.leader().equals(by.getUsername()) && !by.hasAny(java.util.Set.of(StaffRole.SUPERVISOR, StaffRole.LEADER))) {
            throw Refusal.forbidden("backlog.progress.forbidden");
        }
        if (c.settled()) {
            throw Refusal.conflict("backlog.settled", c.matter().referenceNo());
        }
        LocalDate today = LocalDate.now(clock);
        if (notedOn.isAfter(today) || notedOn.isBefore(c.registeredOn())) {
            throw Refusal.invalid("notedOn", "backlog.progress.day", notedOn, c.registeredOn());
        }
        try {
            Long id = jdbc.queryForObject("""
                    insert into backlog_progress (backlog_case_id, noted_on, note, recorded_by, recorded_at, request_key)
                    values (:case, :on, :note, :by, :at, :key) returning id""",
                    new MapSqlParameterSource("case", caseId).addValue("on", notedOn).addValue("note", note.strip())
                            .addValue("by", by.getUsername()).addValue("at", Timestamp.from(clock.instant()))
                            .addValue("key", requestKey), Long.class);
            return progress(List.of(caseId)).get(caseId).stream().filter(pr -> pr.id().equals(id)).findFirst().orElseThrow();
        } catch (DuplicateKeyException raced) {
            return progressByKey(by.getUsername(), requestKey);
        }
    }

    /**
     * Declares the case settled (案结事了), as its named leader, at the version they saw: the procedure has concluded
     * the matter and the settlement says how the matter was settled.
     */
    @Transactional
    public BacklogCase settle(StaffPrincipal by, Long caseId, int version, String settlement) {
        BacklogCase c = visibleCase(by, caseId);
        if (!c.leader().equals(by.getUsername())) {
            throw Refusal.forbidden("backlog.settle.not-the-leader");
        }
        if (c.settled()) {
            throw Refusal.conflict("backlog.settled", c.matter().referenceNo());
        }
        if (!BacklogRules.maySettle(c.concluded(), settlement != null && !settlement.isBlank())) {
            throw c.concluded() ? Refusal.invalid("settlement", "backlog.settle.describe")
                    : Refusal.conflict("backlog.settle.not-concluded", c.matter().referenceNo());
        }
        int changed = jdbc.update("""
                update backlog_case set settled_on = :on, settlement = :text, settled_by = :by, version = version + 1
                 where id = :id and version = :version and settled_on is null""",
                new MapSqlParameterSource("on", LocalDate.now(clock)).addValue("text", settlement.strip())
                        .addValue("by", by.getUsername()).addValue("id", caseId).addValue("version", version));
        if (changed == 0) {
            throw Refusal.conflict("backlog.stale", version, c.version());
        }
        return find(caseId);
    }

    /** One case, for someone who may see its matter (404 otherwise). */
    @Transactional(readOnly = true)
    public BacklogCase visibleCase(StaffPrincipal viewer, Long caseId) {
        BacklogCase c = find(caseId);
        if (c == null || !visible(viewer, c.matter().matterId())) {
            throw Refusal.notFound("backlog.unknown", String.valueOf(caseId));
        }
        return c;
    }

    /** The register of the matters held under {@code viewer}'s scope. */
    @Transactional(readOnly = true)
    public Register register(StaffPrincipal viewer) {
        List<BacklogCase> mine = cases("", Map.of(), viewer.scopePath());
        return new Register(mine.stream().filter(c -> !c.settled())
                .sorted(java.util.Comparator.comparing(BacklogCase::targetOn)).toList(),
                mine.stream().filter(BacklogCase::settled)
                        .sorted(java.util.Comparator.comparing(BacklogCase::settledOn).reversed()).toList());
    }

    private boolean visible(StaffPrincipal viewer, Long matterId) {
        return casework.count(MatterFilter.everything(0, 1), viewer, List.of(matterId)) > 0;
    }

    /** The named leader: a leader whose area covers the matter. */
    private StaffPrincipal leader(String username, Facts m) {
        try {
            if (username != null && staff.loadUserByUsername(username.strip()) instanceof StaffPrincipal p
                    && p.has(StaffRole.LEADER) && p.covers(m.holderPath())) {
                return p;
            }
        } catch (UsernameNotFoundException unknown) {
            // refused below, as any other name that is not a leader of the area
        }
        throw Refusal.invalid("leader", "backlog.leader.not-a-leader", username == null ? "" : username);
    }

    private BacklogCase find(Long id) {
        List<BacklogCase> found = cases(" where id = :id", Map.of("id", id), "");
        return found.isEmpty() ? null : found.get(0);
    }

    private record Row(Long id, int version, Long matterId, String leader, LocalDate targetOn, String plan,
                       String registeredBy, LocalDate registeredOn, LocalDate settledOn, String settlement) {
    }

    private static final RowMapper<Row> ROW = (rs, i) -> new Row(rs.getLong("id"), rs.getInt("version"),
            rs.getLong("matter_id"), rs.getString("leader"), rs.getObject("target_on", LocalDate.class),
            rs.getString("plan"), rs.getString("registered_by"), rs.getObject("registered_on", LocalDate.class),
            rs.getObject("settled_on", LocalDate.class), rs.getString("settlement"));

    /** The cases {@code where} says whose matters are held under {@code scopePath}, with their progress. */
    private List<BacklogCase> cases(String where, Map<String, Object> params, String scopePath) {
        Map<Long, Facts> matters = new HashMap<>();
        List<Row> all = jdbc.query("select * from backlog_case" + where, params, ROW);
        facts.under(scopePath, all.stream().map(Row::matterId).toList()).forEach(f -> matters.put(f.matterId(), f));
        List<Row> rows = all.stream().filter(r -> matters.containsKey(r.matterId())).toList();
        Map<Long, List<Progress>> progress = progress(rows.stream().map(Row::id).toList());
        return rows.stream().map(r -> new BacklogCase(r.id(), r.version(), matters.get(r.matterId()), r.leader(),
                r.targetOn(), r.plan(), r.registeredBy(), r.registeredOn(), r.settledOn(), r.settlement(),
                progress.getOrDefault(r.id(), List.of()))).toList();
    }

    private static final RowMapper<Progress> PROGRESS = (rs, i) -> new Progress(rs.getLong("id"),
            rs.getObject("noted_on", LocalDate.class), rs.getString("note"), rs.getString("recorded_by"),
            rs.getTimestamp("recorded_at").toInstant());

    private Map<Long, List<Progress>> progress(List<Long> caseIds) {
        Map<Long, List<Progress>> byCase = new HashMap<>();
        if (caseIds.isEmpty()) {
            return byCase;
        }
        jdbc.query("select * from backlog_progress where backlog_case_id = any(:ids) order by noted_on desc, id desc",
                new MapSqlParameterSource("ids", new SqlParameterValue(Types.ARRAY, caseIds.toArray(new Long[0]))), rs -> {
                    byCase.computeIfAbsent(rs.getLong("backlog_case_id"), k -> new ArrayList<>()).add(PROGRESS.mapRow(rs, 0));
                });
        return byCase;
    }

    private Progress progressByKey(String by, String key) {
        return jdbc.query("select * from backlog_progress where recorded_by = :by and request_key = :key",
                new MapSqlParameterSource("by", by).addValue("key", key), PROGRESS).stream().findFirst().orElse(null);
    }
}
