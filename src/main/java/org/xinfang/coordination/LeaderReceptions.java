package org.xinfang.coordination;

import org.xinfang.platform.RequiredText;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.xinfang.platform.Refusal;
import org.xinfang.statute.ReceptionRules;
import org.xinfang.territory.AdministrativeLevel;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.StaffRole;
import org.xinfang.territory.Territory;
import org.xinfang.territory.UnitView;

import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Leader receptions (领导接访, 2022 art. 18): each unit's reception calendar — open reception days, appointment
 * interviews (约访) and down-visits (下访) — a joint reception (联合接访) naming the other units at its window; each
 * batch received (批次) with its persons (人次), the "four meet, two nods" record (四见面两点头) and the matters it
 * touched; the batches and persons received by leaders, by level, for a period.
 */
@Service
public class LeaderReceptions {

    /** Who arranges receptions and records what was received: the petition office's registrars and supervisors, leaders. */
    static final Set<StaffRole> ARRANGERS = Set.of(StaffRole.REGISTRAR, StaffRole.SUPERVISOR, StaffRole.LEADER);

    private final Territory territory;
    private final MatterFacts facts;
    private final Casework casework;
    private final UserDetailsService staff;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    LeaderReceptions(Territory territory, MatterFacts facts, Casework casework, UserDetailsService staff,
                     NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.territory = territory;
        this.facts = facts;
        this.casework = casework;
        this.staff = staff;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * A reception on a unit's calendar. {@code leader} is the receiving leader's account, null for imported history
     * of a leader without one: then only the level is known, as for package cases.
     */
    public record Reception(Long id, ReceptionKind kind, UnitView unit, LocalDate heldOn, LocalTime startsAt, String place,
                            String leader, AdministrativeLevel leaderLevel, List<UnitView> joinedBy, String createdBy,
                            List<Visit> visits) {

        /** 联合接访: other units receive at the same window. */
        public boolean joint() {
            return !joinedBy.isEmpty();
        }

        public int persons() {
            return visits.stream().mapToInt(Visit::persons).sum();
        }
    }

    /**
     * The four who meet (四见面), as the seed's city has them: the receiving leader, the petitioner, the unit
     * responsible for the matter, and the petition office (its supervisor, who follows the outcome up).
     */
    public record FourMeet(boolean leader, boolean petitioner, boolean unit, boolean office) {

        public boolean all() {
            return leader && petitioner && unit && office;
        }
    }

    /**
     * One batch received (批次): its persons (人次), the petitioner (or the representative of a group), what they
     * raised and what was decided, who met and whether both sides nodded (两点头): the petitioner and the responsible
     * unit agreed on the outcome.
     */
    public record Visit(Long id, int persons, String petitioner, String subject, String outcome, FourMeet met,
                        boolean petitionerAgreed, boolean unitAgreed, List<Facts> matters, String recordedBy,
                        Instant recordedAt) {

        public boolean bothNodded() {
            return petitionerAgreed && unitAgreed;
        }
    }

    /** A reception to put on the calendar: the host unit and the other units of a joint reception by code. */
    public record NewReception(ReceptionKind kind, String unitCode, LocalDate heldOn, LocalTime startsAt, String place,
                               String leader, List<String> joinedByCodes) {
    }

    /** A batch to record, with the matters it touched by reference number. */
    public record NewVisit(int persons, String petitioner, String subject, String outcome, FourMeet met,
                           boolean petitionerAgreed, boolean unitAgreed, List<String> matterReferences) {
    }

    /** Receptions of earlier days (the demo city), recorded as they stood; the importer answers for them. */
    public record ImportedReception(ReceptionKind kind, UnitView unit, LocalDate heldOn, LocalTime startsAt, String place,
                                    String leader, AdministrativeLevel leaderLevel, List<UnitView> joinedBy,
                                    List<ImportedVisit> visits) {
    }

    public record ImportedVisit(int persons, String petitioner, String subject, String outcome, FourMeet met,
                                boolean petitionerAgreed, boolean unitAgreed, List<Long> matterIds) {
    }

    /** A level's figures for a period: receptions held, batches and persons received. */
    public record LevelFigures(AdministrativeLevel level, long receptions, long batches, long persons) {
    }

    /** The figures by level of the receiving leader (the city first) and their sum (level null). */
    public record Indicators(LocalDate from, LocalDate to, List<LevelFigures> byLevel, LevelFigures all, long joint) {
    }

    /** Puts a reception on the calendar of a unit in {@code by}'s scope, with a leader whose area covers it. */
    @Transactional
    public Reception create(StaffPrincipal by, NewReception r) {
        if (!by.hasAny(ARRANGERS)) {
            throw Refusal.forbidden("reception.forbidden");
        }
        UnitView unit = territory.unitByCode(r.unitCode() == null ? "" : r.unitCode().strip())
                .filter(u -> by.covers(u.path()))
                .orElseThrow(() -> Refusal.invalid("unitCode", "reception.unit.unknown", r.unitCode() == null ? "" : r.unitCode()));
        if (r.kind() == null) {
            throw Refusal.invalid("kind", "reception.kind.required");
        }
        if (r.heldOn() == null) {
            throw Refusal.invalid("heldOn", "form.day", "");
        }
        if (r.kind() == ReceptionKind.OPEN_DAY && !ReceptionRules.isOpenDay(r.heldOn())) {
            throw Refusal.invalid("heldOn", "reception.open-day.weekday", r.heldOn());
        }
        String place = RequiredText.of("place", r.place(), 200);
        List<UnitView> joined = joinedBy(unit, r.joinedByCodes() == null ? List.of() : r.joinedByCodes());
        StaffPrincipal leader = leader(r.leader(), unit);
        Long id = insert(new ImportedReception(r.kind(), unit, r.heldOn(), r.startsAt() == null ? LocalTime.of(9, 0) : r.startsAt(),
                place, leader.getUsername(), leader.unit().level(), joined, List.of()), by.getUsername());
        return find(id);
    }

    /** Records a batch received at a reception of {@code by}'s scope, held today or before. */
    @Transactional
    public Reception record(StaffPrincipal by, Long receptionId, NewVisit v) {
        Reception r = visible(by, receptionId);
        if (!by.hasAny(ARRANGERS)) {
            throw Refusal.forbidden("reception.forbidden");
        }
        if (r.heldOn().isAfter(LocalDate.now(clock))) {
            throw Refusal.conflict("reception.visit.not-yet", r.heldOn());
        }
        if (v.persons() < 1 || v.persons() > 500) {
            throw Refusal.invalid("persons", "reception.persons", v.persons());
        }
        List<Long> matters = new ArrayList<>();
        for (String ref : new LinkedHashSet<>(v.matterReferences() == null ? List.<String>of() : v.matterReferences())) {
            if (ref == null || ref.isBlank()) {
                continue;
            }
            matters.add(facts.byReference(ref).filter(f -> visibleMatter(by, f.matterId()))
                    .orElseThrow(() -> Refusal.invalid("matters", "reception.matter.unknown", ref.strip())).matterId());
        }
        insertVisits(List.of(receptionId), List.of(new ImportedVisit(v.persons(),
                RequiredText.of("petitioner", v.petitioner(), 100), RequiredText.of("subject", v.subject(), 2000),
                RequiredText.of("outcome", v.outcome(), 2000), v.met(), v.petitionerAgreed(), v.unitAgreed(), matters)),
                by.getUsername());
        return find(receptionId);
    }

    /** Records receptions of earlier days as they stood, in batches of inserts. */
    @Transactional
    public int importHistory(List<ImportedReception> receptions, String recordedBy) {
        List<Long> ids = jdbc.getJdbcTemplate().queryForList(
                "select nextval('reception_id_seq') from generate_series(1, ?)", Long.class, receptions.size());
        List<MapSqlParameterSource> rows = new ArrayList<>();
        List<MapSqlParameterSource> joins = new ArrayList<>();
        List<Long> visitReceptions = new ArrayList<>();
        List<ImportedVisit> visits = new ArrayList<>();
        for (int i = 0; i < receptions.size(); i++) {
            ImportedReception r = receptions.get(i);
            rows.add(receptionRow(ids.get(i), r, recordedBy));
            joins.addAll(joinRows(ids.get(i), r.joinedBy()));
            for (ImportedVisit v : r.visits()) {
                visitReceptions.add(ids.get(i));
                visits.add(v);
            }
        }
        jdbc.batchUpdate(INSERT_RECEPTION, rows.toArray(MapSqlParameterSource[]::new));
        jdbc.batchUpdate(INSERT_JOIN, joins.toArray(MapSqlParameterSource[]::new));
        insertVisits(visitReceptions, visits, recordedBy);
        return receptions.size();
    }

    /** One reception, for someone whose scope covers its unit or a unit that joined it (404 otherwise). */
    @Transactional(readOnly = true)
    public Reception visible(StaffPrincipal viewer, Long id) {
        Reception r = find(id);
        if (r == null || !(viewer.covers(r.unit().path()) || r.joinedBy().stream().anyMatch(u -> viewer.covers(u.path())))) {
            throw Refusal.notFound("reception.unknown", String.valueOf(id));
        }
        return r;
    }

    /** The calendar of the units under {@code viewer}'s scope (hosting or joining) from {@code from} to {@code to}. */
    @Transactional(readOnly = true)
    public List<Reception> calendar(StaffPrincipal viewer, LocalDate from, LocalDate to) {
        if (from.isAfter(to) || from.plusDays(366).isBefore(to)) {
            throw Refusal.invalid("to", "reception.period", from, to);
        }
        return receptions("""
                where r.held_on between :from and :to and (r.unit_path like :scope || '%' or exists (
                  select 1 from reception_unit j where j.reception_id = r.id and j.unit_path like :scope || '%'))""",
                new MapSqlParameterSource("from", from).addValue("to", to).addValue("scope", viewer.scopePath()));
    }

    /** The batches and persons received by leaders of the units under {@code viewer}'s scope, by level, in a period. */
    @Transactional(readOnly = true)
    public Indicators indicators(StaffPrincipal viewer, LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw Refusal.invalid("to", "reception.period", from, to);
        }
        MapSqlParameterSource p = new MapSqlParameterSource("from", from).addValue("to", to)
                .addValue("scope", viewer.scopePath());
        Map<AdministrativeLevel, LevelFigures> byLevel = new EnumMap<>(AdministrativeLevel.class);
        jdbc.query("""
                select r.leader_level, count(distinct r.id) receptions, count(v.id) batches, coalesce(sum(v.persons), 0) persons
                  from reception r left join reception_visit v on v.reception_id = r.id
                 where r.held_on between :from and :to and r.unit_path like :scope || '%'
                 group by r.leader_level""", p, rs -> {
            AdministrativeLevel level = AdministrativeLevel.valueOf(rs.getString("leader_level"));
            byLevel.put(level, new LevelFigures(level, rs.getLong("receptions"), rs.getLong("batches"), rs.getLong("persons")));
        });
        List<LevelFigures> levels = new ArrayList<>();
        for (AdministrativeLevel level : PackageCases.FOUR_LEVELS) {
            levels.add(byLevel.getOrDefault(level, new LevelFigures(level, 0, 0, 0)));
        }
        LevelFigures all = new LevelFigures(null, levels.stream().mapToLong(LevelFigures::receptions).sum(),
                levels.stream().mapToLong(LevelFigures::batches).sum(), levels.stream().mapToLong(LevelFigures::persons).sum());
        Long joint = jdbc.queryForObject("""
                select count(*) from reception r where r.held_on between :from and :to and r.unit_path like :scope || '%'
                   and exists (select 1 from reception_unit j where j.reception_id = r.id)""", p, Long.class);
        return new Indicators(from, to, levels, all, joint == null ? 0 : joint);
    }

    /** The units a joint reception names besides its host: of the host's government's area, and only at city or county level. */
    private List<UnitView> joinedBy(UnitView host, Collection<String> codes) {
        List<String> named = codes.stream().filter(c -> c != null && !c.isBlank() && !c.strip().equals(host.code()))
                .map(String::strip).distinct().toList();
        UnitView government = territory.governmentOf(host);
        if (!named.isEmpty() && !ReceptionRules.mayHoldJointReception(government.level())) {
            throw Refusal.invalid("joinedBy", "reception.joint.level");
        }
        List<UnitView> joined = new ArrayList<>();
        for (String code : named) {
            joined.add(territory.unitByCode(code).filter(x -> government.contains(x) && territory.isActive(x))
                    .orElseThrow(() -> Refusal.invalid("joinedBy", "reception.joint.unit", code,
                            government.displayName(LocaleContextHolder.getLocale()))));
        }
        return joined;
    }

    /** The receiving leader: a leader whose area covers the unit. */
    StaffPrincipal leader(String username, UnitView unit) {
        try {
            if (username != null && !username.isBlank() && staff.loadUserByUsername(username.strip()) instanceof StaffPrincipal p
                    && p.has(StaffRole.LEADER) && p.covers(unit.path())) {
                return p;
            }
        } catch (UsernameNotFoundException unknown) {
            // refused below, as any other name that is not a leader of the area
        }
        throw Refusal.invalid("leader", "reception.leader.not-a-leader", username == null ? "" : username);
    }

    private boolean visibleMatter(StaffPrincipal viewer, Long matterId) {
        return casework.count(MatterFilter.everything(0, 1), viewer, List.of(matterId)) > 0;
    }

    /** Inserts one reception with its joined units; the id. */
    Long insert(ImportedReception r, String by) {
        Long id = jdbc.getJdbcTemplate().queryForObject("select nextval('reception_id_seq')", Long.class);
        jdbc.update(INSERT_RECEPTION, receptionRow(id, r, by));
        jdbc.batchUpdate(INSERT_JOIN, joinRows(id, r.joinedBy()).toArray(MapSqlParameterSource[]::new));
        return id;
    }

    private static final String INSERT_RECEPTION = """
            insert into reception (id, kind, unit_id, unit_path, held_on, starts_at, place, leader, leader_level, created_by, created_at)
            values (:id, :kind, :unit, :path, :on, :at, :place, :leader, :level, :by, :now)""";
    private static final String INSERT_JOIN = """
            insert into reception_unit (reception_id, unit_id, unit_path) values (:reception, :unit, :path)""";

    private MapSqlParameterSource receptionRow(Long id, ImportedReception r, String by) {
        return new MapSqlParameterSource("id", id).addValue("kind", r.kind().name()).addValue("unit", r.unit().id())
                .addValue("path", r.unit().path()).addValue("on", r.heldOn()).addValue("at", Time.valueOf(r.startsAt()))
                .addValue("place", r.place()).addValue("leader", r.leader()).addValue("level", r.leaderLevel().name())
                .addValue("by", by).addValue("now", Timestamp.from(clock.instant()));
    }

    private static List<MapSqlParameterSource> joinRows(Long id, List<UnitView> units) {
        return units.stream().map(u -> new MapSqlParameterSource("reception", id).addValue("unit", u.id())
                .addValue("path", u.path())).toList();
    }

    /** Inserts the visits, the i-th at the i-th reception, and their matters: two batches. */
    private void insertVisits(List<Long> receptionIds, List<ImportedVisit> visits, String by) {
        if (visits.isEmpty()) {
            return;
        }
        List<Long> ids = jdbc.getJdbcTemplate().queryForList(
                "select nextval('reception_visit_id_seq') from generate_series(1, ?)", Long.class, visits.size());
        Timestamp now = Timestamp.from(clock.instant());
        List<MapSqlParameterSource> rows = new ArrayList<>();
        List<MapSqlParameterSource> matters = new ArrayList<>();
        for (int i = 0; i < visits.size(); i++) {
            ImportedVisit v = visits.get(i);
            rows.add(new MapSqlParameterSource("id", ids.get(i)).addValue("reception", receptionIds.get(i))
                    .addValue("persons", v.persons()).addValue("petitioner", v.petitioner()).addValue("subject", v.subject())
                    .addValue("outcome", v.outcome()).addValue("leaderMet", v.met().leader())
                    .addValue("petitionerMet", v.met().petitioner()).addValue("unitMet", v.met().unit())
                    .addValue("officeMet", v.met().office()).addValue("petitionerAgreed", v.petitionerAgreed())
                    .addValue("unitAgreed", v.unitAgreed()).addValue("by", by).addValue("at", now));
            for (Long m : new LinkedHashSet<>(v.matterIds())) {
                matters.add(new MapSqlParameterSource("visit", ids.get(i)).addValue("matter", m));
            }
        }
        jdbc.batchUpdate("""
                insert into reception_visit (id, reception_id, persons, petitioner, subject, outcome, leader_met, petitioner_met,
                                             unit_met, office_met, petitioner_agreed, unit_agreed, recorded_by, recorded_at)
                values (:id, :reception, :persons, :petitioner, :subject, :outcome, :leaderMet, :petitionerMet, :unitMet,
                        :officeMet, :petitionerAgreed, :unitAgreed, :by, :at)""", rows.toArray(MapSqlParameterSource[]::new));
        jdbc.batchUpdate("insert into reception_visit_matter (visit_id, matter_id) values (:visit, :matter)",
                matters.toArray(MapSqlParameterSource[]::new));
    }

    Reception find(Long id) {
        List<Reception> found = receptions("where r.id = :id", new MapSqlParameterSource("id", id));
        return found.isEmpty() ? null : found.get(0);
    }

    private record Row(Long id, ReceptionKind kind, Long unitId, LocalDate heldOn, LocalTime startsAt, String place,
                       String leader, AdministrativeLevel level, String createdBy) {
    }

    /** The receptions {@code where} selects, by day and time, with their joined units and visits. */
    private List<Reception> receptions(String where, MapSqlParameterSource params) {
        List<Row> rows = jdbc.query("select * from reception r " + where + " order by r.held_on, r.starts_at, r.id", params,
                (rs, i) -> new Row(rs.getLong("id"), ReceptionKind.valueOf(rs.getString("kind")), rs.getLong("unit_id"),
                        rs.getObject("held_on", LocalDate.class), rs.getObject("starts_at", LocalTime.class),
                        rs.getString("place"), rs.getString("leader"), AdministrativeLevel.valueOf(rs.getString("leader_level")),
                        rs.getString("created_by")));
        if (rows.isEmpty()) {
            return List.of();
        }
        SqlParameterValue ids = new SqlParameterValue(Types.ARRAY, rows.stream().map(Row::id).toArray(Long[]::new));
        Map<Long, List<UnitView>> joined = new HashMap<>();
        jdbc.query("select reception_id, unit_id from reception_unit where reception_id = any(:ids) order by unit_id",
                new MapSqlParameterSource("ids", ids), rs -> {
                    joined.computeIfAbsent(rs.getLong("reception_id"), k -> new ArrayList<>())
                            .add(territory.require(rs.getLong("unit_id")));
                });
        Map<Long, List<Long>> matterIdsByVisit = new HashMap<>();
        jdbc.query("""
                select m.visit_id, m.matter_id from reception_visit_matter m join reception_visit v on v.id = m.visit_id
                 where v.reception_id = any(:ids)""", new MapSqlParameterSource("ids", ids), rs -> {
            matterIdsByVisit.computeIfAbsent(rs.getLong("visit_id"), k -> new ArrayList<>()).add(rs.getLong("matter_id"));
        });
        Map<Long, Facts> matters = new HashMap<>();
        facts.of(matterIdsByVisit.values().stream().flatMap(List::stream).distinct().toList())
                .forEach(f -> matters.put(f.matterId(), f));
        Map<Long, List<Visit>> visits = new HashMap<>();
        jdbc.query("select * from reception_visit where reception_id = any(:ids) order by id",
                new MapSqlParameterSource("ids", ids), rs -> {
                    long visitId = rs.getLong("id");
                    visits.computeIfAbsent(rs.getLong("reception_id"), k -> new ArrayList<>()).add(new Visit(visitId,
                            rs.getInt("persons"), rs.getString("petitioner"), rs.getString("subject"), rs.getString("outcome"),
                            new FourMeet(rs.getBoolean("leader_met"), rs.getBoolean("petitioner_met"),
                                    rs.getBoolean("unit_met"), rs.getBoolean("office_met")),
                            rs.getBoolean("petitioner_agreed"), rs.getBoolean("unit_agreed"),
                            matterIdsByVisit.getOrDefault(visitId, List.of()).stream().map(matters::get).toList(),
                            rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant()));
                });
        return rows.stream().map(r -> new Reception(r.id(), r.kind(), territory.require(r.unitId()), r.heldOn(), r.startsAt(),
                r.place(), r.leader(), r.level(), joined.getOrDefault(r.id(), List.of()), r.createdBy(),
                visits.getOrDefault(r.id(), List.of()))).toList();
    }
}
