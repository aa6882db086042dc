package org.xinfang.coordination;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.casework.Casework;
import org.xinfang.casework.MatterFilter;
import org.xinfang.casework.PackageHoldings;
import org.xinfang.casework.PackageHoldings.Holding;
import org.xinfang.platform.IdempotencyKeys;
import org.xinfang.platform.Refusal;
import org.xinfang.statute.PackageCaseRules;
import org.xinfang.territory.AdministrativeLevel;
import org.xinfang.territory.StaffPrincipal;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Four-level package cases (四级包案, 2022 art. 18 ¶2): the activities a leader records on the matters they hold, the
 * leader's desk of their cases, and the indicators by level (total, visited, resolved, against the usual bar).
 */
@Service
public class PackageCases {

    private final PackageHoldings holdings;
    private final Casework casework;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    PackageCases(PackageHoldings holdings, Casework casework, NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.holdings = holdings;
        this.casework = casework;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** An activity of earlier days brought in with imported matters (the demo city): recorded by the leader holding the case. */
    public record ImportedActivity(Long matterId, PackageActivityKind kind, LocalDate heldOn, String note, String peopleMet) {
    }

    /**
     * Records activities of imported history, each by the leader holding its case, without the form's checks (the
     * importer answers for its days); activities of matters no leader holds are left out. One batch of inserts.
     */
    @Transactional
    public int importHistory(List<ImportedActivity> activities) {
        Map<Long, Holding> held = new java.util.HashMap<>();
        holdings.inScope("").forEach(h -> held.put(h.matterId(), h));
        List<MapSqlParameterSource> rows = activities.stream().filter(a -> held.containsKey(a.matterId())).map(a -> {
            Holding h = held.get(a.matterId());
            return new MapSqlParameterSource("matter", a.matterId()).addValue("leader", h.leader())
                    .addValue("level", h.level().name()).addValue("kind", a.kind().name()).addValue("held", a.heldOn())
                    .addValue("note", a.note()).addValue("people", a.peopleMet()).addValue("by", h.leader())
                    .addValue("at", Timestamp.from(a.heldOn().atTime(17, 0).atZone(clock.getZone()).toInstant()))
                    .addValue("key", null);
        }).toList();
        jdbc.batchUpdate(INSERT, rows.toArray(new MapSqlParameterSource[0]));
        return rows.size();
    }

    private static final String INSERT = """
            insert into package_activity (matter_id, leader, level, kind, held_on, note, people_met, recorded_by,
                                          recorded_at, request_key)
            values (:matter, :leader, :level, :kind, :held, :note, :people, :by, :at, :key)""";

    /** A leader's cases, as the desk shows them: not yet visited, overdue, resolved, and all of them. */
    public record Desk(List<PackageCase> notVisited, List<PackageCase> overdue, List<PackageCase> resolved,
                       List<PackageCase> all) {
    }

    /** A level's figures: how many cases its leaders hold, how many they visited and how many are resolved. */
    public record LevelFigures(AdministrativeLevel level, long total, long visited, long resolved) {

        public double resolvedRate() {
            return total == 0 ? 0 : (double) resolved / total;
        }

        public double visitedRate() {
            return total == 0 ? 0 : (double) visited / total;
        }

        /** At or above the usual bar of the resolution rate (85%). */
        public boolean meetsBar() {
            return total > 0 && resolvedRate() >= PackageCaseRules.RESOLVED_RATE_BAR;
        }
    }

    /** A case as the indicators count it: the level of its leader, visited by them, resolved. */
    record Counted(AdministrativeLevel level, boolean visited, boolean resolved) {
    }

    /** The figures of the four levels and their sum (level null), for the package cases of matters under the viewer's scope. */
    public record Indicators(List<LevelFigures> byLevel, LevelFigures all, double bar) {

        /** The figures of {@code cases}. */
        static Indicators of(List<PackageCase> cases) {
            return count(cases.stream().map(c -> new Counted(c.holding().level(), c.visited(), c.resolved())).toList());
        }

        /** The figures of cases counted: every one of the four levels, the city first, even with none. */
        static Indicators count(List<Counted> cases) {
            Map<AdministrativeLevel, long[]> counts = new EnumMap<>(AdministrativeLevel.class);
            for (AdministrativeLevel l : FOUR_LEVELS) {
                counts.put(l, new long[3]);
            }
            long[] sum = new long[3];
            for (Counted c : cases) {
                for (long[] n : new long[][]{counts.computeIfAbsent(c.level(), l -> new long[3]), sum}) {
                    n[0]++;
                    n[1] += c.visited() ? 1 : 0;
                    n[2] += c.resolved() ? 1 : 0;
                }
            }
            List<LevelFigures> byLevel = new ArrayList<>();
            counts.forEach((level, n) -> byLevel.add(new LevelFigures(level, n[0], n[1], n[2])));
            byLevel.sort((a, b) -> b.level().compareTo(a.level()));
            return new Indicators(byLevel, new LevelFigures(null, sum[0], sum[1], sum[2]), PackageCaseRules.RESOLVED_RATE_BAR);
        }
    }

    /** The four levels of government whose leaders take package cases (四级包案). */
    static final List<AdministrativeLevel> FOUR_LEVELS = List.of(AdministrativeLevel.CITY, AdministrativeLevel.COUNTY,
            AdministrativeLevel.TOWNSHIP, AdministrativeLevel.VILLAGE);

    /**
     * The package case of a matter {@code viewer} may see, with its activities, the latest first; 404 when they may
     * not see the matter (as for the matter itself) or no leader holds it.
     */
    @Transactional(readOnly = true)
    public PackageCase visibleCase(StaffPrincipal viewer, Long matterId) {
        if (casework.count(MatterFilter.everything(0, 1), viewer, List.of(matterId)) == 0) {
            throw Refusal.notFound("matter.not-found", String.valueOf(matterId));
        }
        Holding h = holdings.of(matterId).orElseThrow(() -> Refusal.notFound("package.unknown", matterId));
        return new PackageCase(h, activities(List.of(matterId), "").getOrDefault(matterId, List.of()));
    }

    /**
     * Records what the holding leader did. A repeated submission with the same {@code requestKey} (the form's or the
     * API's Idempotency-Key) records nothing more and answers with the activity recorded the first time.
     */
    @Transactional
    public PackageCase.Activity record(StaffPrincipal leader, Long matterId, PackageCase.NewActivity a, String requestKey) {
        IdempotencyKeys.check(requestKey);
        PackageCase c = visibleCase(leader, matterId);
        if (requestKey != null) {
            var earlier = byKey(leader.getUsername(), requestKey);
            if (earlier != null) {
                return earlier;
            }
        }
        c.check(leader.getUsername(), a, LocalDate.now(clock));
        MapSqlParameterSource p = new MapSqlParameterSource("matter", matterId)
                .addValue("leader", c.holding().leader()).addValue("level", c.holding().level().name())
                .addValue("kind", a.kind().name()).addValue("held", a.heldOn()).addValue("note", a.note().strip())
                .addValue("people", a.peopleMet().strip()).addValue("by", leader.getUsername())
                .addValue("at", Timestamp.from(clock.instant())).addValue("key", requestKey);
        try {
            Long id = jdbc.queryForObject(INSERT + " returning id", p, Long.class);
            return activity(id);
        } catch (DuplicateKeyException raced) {
            // the same key submitted twice at once: the other one recorded it
            return byKey(leader.getUsername(), requestKey);
        }
    }

    /** The cases {@code leader} holds, sorted into the desk's lists. */
    @Transactional(readOnly = true)
    public Desk desk(String leader) {
        List<PackageCase> all = cases(holdings.heldBy(leader));
        LocalDate today = LocalDate.now(clock);
        return new Desk(all.stream().filter(c -> !c.resolved() && !c.visited()).toList(),
                all.stream().filter(c -> c.overdue(today)).toList(),
                all.stream().filter(PackageCase::resolved).toList(), all);
    }

    /** The indicators of the package cases of matters held under {@code viewer}'s scope, by level of the leader. */
    @Transactional(readOnly = true)
    public Indicators indicators(StaffPrincipal viewer) {
        return Indicators.of(cases(holdings.inScope(viewer.scopePath())));
    }

    /**
     * The figures of the package cases taken from {@code from} to {@code to} (the day the leader took the case) of
     * matters held under {@code path}, visited and resolved as they stand today: insight's table
     * ({@code CoordinationIndicators}). One read of the cases and one of their visits.
     */
    @Transactional(readOnly = true)
    public Indicators takenIn(String path, LocalDate from, LocalDate to) {
        List<PackageHoldings.Taken> taken = holdings.takenIn(path, from, to);
        Map<Long, List<PackageCase.Activity>> visits = activities(taken.stream().map(PackageHoldings.Taken::matterId).toList(),
                " and kind = '" + PackageActivityKind.VISIT + "'");
        return Indicators.count(taken.stream().map(t -> new Counted(t.level(),
                PackageCase.visited(t.leader(), visits.getOrDefault(t.matterId(), List.of())),
                PackageCase.resolved(t.state()))).toList());
    }

    private List<PackageCase> cases(List<Holding> held) {
        Map<Long, List<PackageCase.Activity>> byMatter = activities(held.stream().map(Holding::matterId).toList(), "");
        return held.stream().map(h -> new PackageCase(h, byMatter.getOrDefault(h.matterId(), List.of()))).toList();
    }

    private static final String ACTIVITY = """
            select id, matter_id, leader, level, kind, held_on, note, people_met, recorded_at from package_activity""";

    private static final RowMapper<PackageCase.Activity> ACTIVITY_ROW = (rs, i) -> new PackageCase.Activity(
            rs.getLong("id"), rs.getString("leader"), AdministrativeLevel.valueOf(rs.getString("level")),
            PackageActivityKind.valueOf(rs.getString("kind")), rs.getObject("held_on", LocalDate.class),
            rs.getString("note"), rs.getString("people_met"), rs.getTimestamp("recorded_at").toInstant());

    /** The activities of the matters, the latest first; {@code only} narrows them (a condition of this class's). */
    private Map<Long, List<PackageCase.Activity>> activities(Collection<Long> matterIds, String only) {
        if (matterIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<PackageCase.Activity>> byMatter = new java.util.HashMap<>();
        // an array, not "in (...)": a city's cases run into thousands
        jdbc.query(ACTIVITY + " where matter_id = any(:ids)" + only + " order by held_on desc, id desc",
                new MapSqlParameterSource("ids", new SqlParameterValue(Types.ARRAY, matterIds.toArray(new Long[0]))), rs -> {
                    byMatter.computeIfAbsent(rs.getLong("matter_id"), k -> new ArrayList<>())
                            .add(ACTIVITY_ROW.mapRow(rs, 0));
                });
        return byMatter;
    }

    private PackageCase.Activity activity(Long id) {
        return jdbc.queryForObject(ACTIVITY + " where id = :id", new MapSqlParameterSource("id", id), ACTIVITY_ROW);
    }

    private PackageCase.Activity byKey(String by, String key) {
        return jdbc.query(ACTIVITY + " where recorded_by = :by and request_key = :key",
                new MapSqlParameterSource("by", by).addValue("key", key), ACTIVITY_ROW).stream().findFirst().orElse(null);
    }
}
