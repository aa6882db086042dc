package org.xinfang.prevention;

import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.platform.RequiredText;
import org.xinfang.intake.Categories;
import org.xinfang.intake.CategoryView;
import org.xinfang.platform.IdempotencyKeys;
import org.xinfang.platform.Refusal;
import org.xinfang.statute.RiskLevel;
import org.xinfang.territory.AdministrativeLevel;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.Territory;
import org.xinfang.territory.UnitView;

import java.sql.Array;
import java.sql.Types;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The register of latent disputes (矛盾纠纷排查台账): the disputes the monthly investigations find before they become
 * petitions, each with its place (a village, a township or a county), its category, the people involved, a risk level
 * and an owner, until it is resolved (化解), when and how. The people involved are personal data: they are never
 * logged and never named in a refusal.
 */
@Service
public class LatentDisputes {

    /** At most so many people to a dispute: a larger group is recorded by its representatives. */
    public static final int MAX_PEOPLE = 50;
    static final int MAX_NAME = 40;
    private static final Set<AdministrativeLevel> PLACES = Set.of(AdministrativeLevel.VILLAGE,
            AdministrativeLevel.TOWNSHIP, AdministrativeLevel.COUNTY);

    private final NamedParameterJdbcTemplate jdbc;
    private final Territory territory;
    private final Categories categories;
    private final Staffing staffing;
    private final Clock clock;

    LatentDisputes(NamedParameterJdbcTemplate jdbc, Territory territory, Categories categories, Staffing staffing,
                   Clock clock) {
        this.jdbc = jdbc;
        this.territory = territory;
        this.categories = categories;
        this.staffing = staffing;
        this.clock = clock;
    }

    /** A dispute on the register. */
    public record Dispute(Long id, int version, UnitView place, CategoryView category, LocalDate foundOn,
                          String summary, List<String> people, RiskLevel riskLevel, String owner, LocalDate resolvedOn,
                          String resolution, String resolvedBy, String recordedBy, Instant recordedAt) {

        public boolean resolved() {
            return resolvedOn != null;
        }
    }

    /** What an investigation found: the place and category by code, the owner by username. */
    public record NewDispute(String placeCode, String categoryCode, LocalDate foundOn, String summary,
                             List<String> people, RiskLevel riskLevel, String owner) {
    }

    /** A month's figures at one risk level: found in the month, resolved in it, still open at its end. */
    public record LevelFigures(RiskLevel level, int found, int resolved, int open) {
    }

    /**
     * A month of the register of an area: the figures by risk level, one page of the disputes found or resolved in the
     * month or open at its end (the highest risk first; {@code listed} in all), and how many were resolved in the year
     * up to the month's end.
     */
    public record MonthView(YearMonth month, List<LevelFigures> levels, List<Dispute> disputes, int listed, int page,
                            int pageSize, int resolvedInYear) {

        public int pages() {
            return Math.max(1, (listed + pageSize - 1) / pageSize);
        }

        public LevelFigures total() {
            return new LevelFigures(null, levels.stream().mapToInt(LevelFigures::found).sum(),
                    levels.stream().mapToInt(LevelFigures::resolved).sum(), levels.stream().mapToInt(LevelFigures::open).sum());
        }
    }

    /** A dispute of earlier months brought in by the demo city, as it stood, without the forms' checks. */
    public record ImportedDispute(Long placeUnitId, Long categoryId, LocalDate foundOn, String summary,
                                  List<String> people, RiskLevel riskLevel, String owner, LocalDate resolvedOn,
                                  String resolution) {
    }

    /** Records what an investigation found, as a member of staff of the place's area; once per request key. */
    @Transactional
    public Dispute record(StaffPrincipal by, NewDispute d, String requestKey) {
        IdempotencyKeys.check(requestKey);
        Dispute earlier = byKey(by.getUsername(), requestKey);
        if (earlier != null) {
            return earlier;
        }
        if (!by.hasAny(Staffing.WORKERS)) {
            throw Refusal.forbidden("prevention.dispute.forbidden");
        }
        UnitView place = territory.unitByCode(d.placeCode() == null ? null : d.placeCode().strip())
                .filter(u -> !u.isDepartment() && PLACES.contains(u.level()) && by.covers(u.path()))
                .orElseThrow(() -> Refusal.invalid("placeCode", "prevention.place.unknown", String.valueOf(d.placeCode())));
        CategoryView category = categories.requireFileable(d.categoryCode(), "categoryCode");
        LocalDate today = LocalDate.now(clock);
        if (d.foundOn() == null || d.foundOn().isAfter(today)) {
            throw Refusal.invalid("foundOn", "prevention.found.day", String.valueOf(d.foundOn()));
        }
        String summary = RequiredText.of("summary", d.summary(), 2000);
        List<String> people = people(d.people());
        if (d.riskLevel() == null) {
            throw Refusal.invalid("riskLevel", "prevention.risk.required");
        }
        String owner = staffing.workerCovering(d.owner(), place.path()).map(StaffPrincipal::getUsername)
                .orElseThrow(() -> Refusal.invalid("owner", "prevention.owner.unknown", String.valueOf(d.owner())));
        // the names go in as an array parameter, never into the statement's text; a concurrent retry with the same
        // key inserts nothing and answers with the first (a failed insert would abort the transaction)
        List<Long> id = jdbc.queryForList("""
                insert into latent_dispute (place_unit_id, place_path, category_id, found_on, summary, people,
                                            risk_level, owner, recorded_by, recorded_at, request_key)
                values (:place, :path, :category, :found, :summary, :people, :level, :owner, :by, :at, :key)
                on conflict (recorded_by, request_key) do nothing returning id""",
                new MapSqlParameterSource("place", place.id()).addValue("path", place.path())
                .addValue("category", category.id()).addValue("found", d.foundOn()).addValue("summary", summary)
                .addValue("people", new SqlParameterValue(Types.ARRAY, people.toArray(new String[0])))
                .addValue("level", d.riskLevel().name()).addValue("owner", owner)
                .addValue("by", by.getUsername()).addValue("at", Timestamp.from(clock.instant()))
                .addValue("key", requestKey), Long.class);
        return id.isEmpty() ? byKey(by.getUsername(), requestKey) : find(id.get(0));
    }

    /** Records how the dispute was resolved, as its owner or a supervisor or leader of its area, at the version seen. */
    @Transactional
    public Dispute resolve(StaffPrincipal by, Long id, int version, LocalDate resolvedOn, String resolution) {
        Dispute d = mayAct(by, id);
        if (resolvedOn == null || resolvedOn.isBefore(d.foundOn()) || resolvedOn.isAfter(LocalDate.now(clock))) {
            throw Refusal.invalid("resolvedOn", "prevention.resolved.day", String.valueOf(resolvedOn), d.foundOn());
        }
        String how = RequiredText.of("resolution", resolution, 2000);
        int changed = jdbc.update("""
                update latent_dispute set resolved_on = :on, resolution = :how, resolved_by = :by, version = version + 1
                 where id = :id and version = :version and resolved_on is null""",
                new MapSqlParameterSource("on", resolvedOn).addValue("how", how).addValue("by", by.getUsername())
                        .addValue("id", id).addValue("version", version));
        return changedOrStale(changed, id, version);
    }

    /** Assesses the open dispute's risk again or hands it to another owner, at the version seen. */
    @Transactional
    public Dispute reassess(StaffPrincipal by, Long id, int version, RiskLevel riskLevel, String owner) {
        Dispute d = mayAct(by, id);
        if (riskLevel == null) {
            throw Refusal.invalid("riskLevel", "prevention.risk.required");
        }
        String named = staffing.workerCovering(owner, d.place().path()).map(StaffPrincipal::getUsername)
                .orElseThrow(() -> Refusal.invalid("owner", "prevention.owner.unknown", String.valueOf(owner)));
        int changed = jdbc.update("""
                update latent_dispute set risk_level = :level, owner = :owner, version = version + 1
                 where id = :id and version = :version and resolved_on is null""",
                new MapSqlParameterSource("level", riskLevel.name()).addValue("owner", named).addValue("id", id)
                        .addValue("version", version));
        return changedOrStale(changed, id, version);
    }

    /** One dispute, for someone whose area covers its place (404 otherwise). */
    @Transactional(readOnly = true)
    public Dispute visible(StaffPrincipal viewer, Long id) {
        Dispute d = find(id);
        if (d == null || !viewer.covers(d.place().path())) {
            throw Refusal.notFound("prevention.dispute.unknown", String.valueOf(id));
        }
        return d;
    }

    /** The month of the register of the viewer's area, its disputes {@code pageSize} a page (page counted from 0). */
    @Transactional(readOnly = true)
    public MonthView month(StaffPrincipal viewer, YearMonth month, int page, int pageSize) {
        MapSqlParameterSource p = new MapSqlParameterSource("scope", viewer.scopePath())
                .addValue("start", month.atDay(1)).addValue("end", month.atEndOfMonth())
                .addValue("yearStart", month.atDay(1).withDayOfYear(1))
                .addValue("limit", pageSize).addValue("offset", (long) page * pageSize);
        Map<RiskLevel, LevelFigures> byLevel = new EnumMap<>(RiskLevel.class);
        Arrays.stream(RiskLevel.values()).forEach(l -> byLevel.put(l, new LevelFigures(l, 0, 0, 0)));
        jdbc.query("""
                select risk_level,
                       count(*) filter (where found_on between :start and :end) as found,
                       count(*) filter (where resolved_on between :start and :end) as resolved,
                       count(*) filter (where found_on <= :end and (resolved_on is null or resolved_on > :end)) as open
                  from latent_dispute where place_path like :scope || '%' group by risk_level""", p, rs -> {
            RiskLevel l = RiskLevel.valueOf(rs.getString("risk_level"));
            byLevel.put(l, new LevelFigures(l, rs.getInt("found"), rs.getInt("resolved"), rs.getInt("open")));
        });
        Integer inYear = jdbc.queryForObject("""
                select count(*) from latent_dispute where place_path like :scope || '%'
                   and resolved_on between :yearStart and :end""", p, Integer.class);
        String inMonth = """
                 where place_path like :scope || '%'
                   and (found_on between :start and :end or resolved_on between :start and :end
                        or (found_on <= :end and (resolved_on is null or resolved_on > :end)))""";
        Integer listed = jdbc.queryForObject("select count(*) from latent_dispute " + inMonth, p, Integer.class);
        List<Dispute> disputes = jdbc.query("select * from latent_dispute " + inMonth + " " + """
                 order by case risk_level when 'HIGH' then 0 when 'MEDIUM' then 1 else 2 end, found_on, id
                 limit :limit offset :offset""", p, this::row);
        return new MonthView(month, List.copyOf(byLevel.values()), disputes, listed == null ? 0 : listed, page, pageSize,
                inYear == null ? 0 : inYear);
    }

    /** Records imported disputes as they stood, without the forms' checks (the importer answers for them); one batch. */
    @Transactional
    public int importHistory(List<ImportedDispute> disputes) {
        jdbc.getJdbcTemplate().batchUpdate("""
                insert into latent_dispute (place_unit_id, place_path, category_id, found_on, summary, people, risk_level,
                                            owner, resolved_on, resolution, resolved_by, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", disputes, 500, (ps, d) -> {
            UnitView place = territory.require(d.placeUnitId());
            ps.setLong(1, place.id());
            ps.setString(2, place.path());
            ps.setLong(3, d.categoryId());
            ps.setObject(4, d.foundOn());
            ps.setString(5, d.summary());
            ps.setArray(6, ps.getConnection().createArrayOf("text", d.people().toArray()));
            ps.setString(7, d.riskLevel().name());
            ps.setString(8, d.owner());
            ps.setObject(9, d.resolvedOn());
            ps.setString(10, d.resolution());
            ps.setString(11, d.resolvedOn() == null ? null : d.owner());
            ps.setString(12, d.owner());
            ps.setTimestamp(13, Timestamp.from(d.foundOn().atTime(17, 0).atZone(clock.getZone()).toInstant()));
        });
        return disputes.size();
    }

    /** The open dispute, for its owner or a supervisor or leader of its area. */
    private Dispute mayAct(StaffPrincipal by, Long id) {
        Dispute d = visible(by, id);
        if (!d.owner().equals(by.getUsername()) && !by.hasAny(Staffing.OVERSEERS)) {
            throw Refusal.forbidden("prevention.dispute.not-the-owner");
        }
        if (d.resolved()) {
            throw Refusal.conflict("prevention.dispute.resolved", id, d.resolvedOn());
        }
        return d;
    }

    private Dispute changedOrStale(int changed, Long id, int version) {
        Dispute now = find(id);
        if (changed == 0) {
            throw now.resolved() ? Refusal.conflict("prevention.dispute.resolved", id, now.resolvedOn())
                    : Refusal.conflict("prevention.stale", version, now.version());
        }
        return now;
    }

    /** The names, each stripped: at least one, at most {@link #MAX_PEOPLE}; refused by position, never by name. */
    private static List<String> people(List<String> typed) {
        List<String> names = typed == null ? List.of() : typed.stream().map(n -> n == null ? "" : n.strip()).toList();
        if (names.isEmpty() || names.size() > MAX_PEOPLE) {
            throw Refusal.invalid("people", "prevention.people.count", MAX_PEOPLE);
        }
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).isEmpty() || names.get(i).length() > MAX_NAME) {
                throw Refusal.invalid("people", "prevention.people.name", i + 1, MAX_NAME);
            }
        }
        return names;
    }

    private Dispute find(Long id) {
        return jdbc.query("select * from latent_dispute where id = :id", new MapSqlParameterSource("id", id), this::row)
                .stream().findFirst().orElse(null);
    }

    private Dispute byKey(String by, String key) {
        if (key == null) {
            return null;
        }
        return jdbc.query("select * from latent_dispute where recorded_by = :by and request_key = :key",
                new MapSqlParameterSource("by", by).addValue("key", key), this::row).stream().findFirst().orElse(null);
    }

    private Dispute row(java.sql.ResultSet rs, int i) throws SQLException {
        return new Dispute(rs.getLong("id"), rs.getInt("version"),
            territory.require(rs.getLong("place_unit_id")), categories.byId(rs.getLong("category_id")).orElseThrow(),
            rs.getObject("found_on", LocalDate.class), rs.getString("summary"), names(rs.getArray("people")),
            RiskLevel.valueOf(rs.getString("risk_level")), rs.getString("owner"),
            rs.getObject("resolved_on", LocalDate.class), rs.getString("resolution"), rs.getString("resolved_by"),
            rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
    }

    private static List<String> names(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }
}
