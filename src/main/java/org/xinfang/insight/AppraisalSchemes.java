package org.xinfang.insight;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.platform.Refusal;
import org.xinfang.statute.AppraisalRules;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.StaffRole;
import org.xinfang.territory.Territory;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The appraisal scheme's versions (考核方案, 2022 art. 39): configured by the city bureau's supervisors and
 * administrators, every save a new version recording who, when and what changed, never overwritten. A save names the
 * version it was made from; another save in between refuses it (the version number is taken once).
 */
@Service
public class AppraisalSchemes {

    private static final Set<StaffRole> CONFIGURERS = EnumSet.of(StaffRole.SUPERVISOR, StaffRole.ADMIN);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final NamedParameterJdbcTemplate jdbc;
    private final Indicators indicators;
    private final FactIndicators facts;
    private final Territory territory;
    private final Clock clock;

    AppraisalSchemes(NamedParameterJdbcTemplate jdbc, Indicators indicators, FactIndicators facts, Territory territory,
                     Clock clock) {
        this.jdbc = jdbc;
        this.indicators = indicators;
        this.facts = facts;
        this.territory = territory;
        this.clock = clock;
    }

    /** What a save asks for: the version it was made from and the points as typed, by indicator key. */
    public record Draft(int basedOn, Map<String, String> weights, Map<String, String> deductions, boolean excludeUnreasonable) {
    }

    /** Whether the viewer configures the city's scheme: a supervisor or administrator of the city's petition bureau. */
    public boolean mayConfigure(StaffPrincipal viewer) {
        return viewer.hasAny(CONFIGURERS) && viewer.unit().isPetitionOffice()
                && territory.root().map(city -> city.id().equals(indicators.own(viewer).id())).orElse(false);
    }

    /** The rates a scheme may weigh: every indicator in per cent. */
    public List<String> weighable() {
        return indicators.all().stream().filter(i -> i.unit() == IndicatorUnit.PER_CENT)
                .map(Indicator::key).toList();
    }

    /** The counts a scheme may deduct points for: the counts among the indicators of a body's work. */
    public List<String> deductible() {
        return facts.forHolders().stream().filter(i -> i.unit() != IndicatorUnit.PER_CENT).map(Indicator::key).toList();
    }

    @Transactional(readOnly = true)
    public AppraisalScheme current() {
        Integer last = jdbc.getJdbcTemplate().queryForObject("select max(version_no) from insight_appraisal_scheme", Integer.class);
        return last == null ? starting() : version(last);
    }

    /** The version {@code n}; 0 is the starting scheme. */
    @Transactional(readOnly = true)
    public AppraisalScheme version(int n) {
        if (n == 0) {
            return starting();
        }
        return history().stream().filter(s -> s.version() == n).findFirst()
                .orElseThrow(() -> Refusal.notFound("insight.ranking.scheme.unknown", n));
    }

    /** Every version, the latest first, ending with the starting scheme. */
    @Transactional(readOnly = true)
    public List<AppraisalScheme> history() {
        Map<Integer, Map<String, BigDecimal>> weights = new LinkedHashMap<>();
        Map<Integer, Map<String, BigDecimal>> deductions = new LinkedHashMap<>();
        jdbc.getJdbcTemplate().query("select version_no, kind, indicator_key, points from insight_appraisal_item"
                + " order by version_no, kind, indicator_key", rs -> {
            (rs.getString(2).equals("WEIGHT") ? weights : deductions).computeIfAbsent(rs.getInt(1), v -> new LinkedHashMap<>())
                    .put(rs.getString(3), plain(rs.getBigDecimal(4)));
        });
        List<AppraisalScheme> versions = new ArrayList<>(jdbc.getJdbcTemplate().query("""
                select version_no, exclude_unreasonable, saved_by_name, saved_at, changes from insight_appraisal_scheme
                order by version_no desc""", (rs, i) -> new AppraisalScheme(rs.getInt(1),
                weights.getOrDefault(rs.getInt(1), Map.of()), deductions.getOrDefault(rs.getInt(1), Map.of()),
                rs.getBoolean(2), rs.getString(3), rs.getTimestamp(4).toInstant(), changes(rs.getString(5)))));
        versions.add(starting());
        return versions;
    }

    /**
     * Saves {@code draft} as the next version. Refused: a viewer who is not the city bureau's supervisor or
     * administrator; an unknown indicator; points not a number from 0 to 100 with two decimals at most; weights not
     * totalling 100; nothing changed; a draft made from a version that is no longer the latest.
     */
    @Transactional
    public AppraisalScheme save(StaffPrincipal viewer, Draft draft) {
        if (!mayConfigure(viewer)) {
            throw Refusal.forbidden("insight.ranking.scheme.forbidden");
        }
        Map<String, BigDecimal> weights = points("weights", draft.weights(), weighable());
        Map<String, BigDecimal> deductions = points("deductions", draft.deductions(), deductible());
        BigDecimal total = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(HUNDRED) != 0) {
            throw Refusal.invalid("weights", "insight.ranking.scheme.total", total.stripTrailingZeros().toPlainString());
        }
        AppraisalScheme before = current();
        if (draft.basedOn() != before.version()) {
            throw stale(draft.basedOn(), before.version());
        }
        List<AppraisalScheme.Change> changes = new ArrayList<>();
        diff(AppraisalScheme.SchemeItem.WEIGHT, before.weights(), weights, changes);
        diff(AppraisalScheme.SchemeItem.DEDUCTION, before.deductions(), deductions, changes);
        if (before.excludeUnreasonable() != draft.excludeUnreasonable()) {
            changes.add(new AppraisalScheme.Change(AppraisalScheme.SchemeItem.EXCLUDE_UNREASONABLE, null,
                    before.excludeUnreasonable() ? BigDecimal.ONE : BigDecimal.ZERO,
                    draft.excludeUnreasonable() ? BigDecimal.ONE : BigDecimal.ZERO));
        }
        if (changes.isEmpty()) {
            throw Refusal.invalid("weights", "insight.ranking.scheme.unchanged");
        }
        int next = before.version() + 1;
        try {
            jdbc.update("""
                    insert into insight_appraisal_scheme (version_no, exclude_unreasonable, saved_by_id, saved_by_name,
                           saved_at, changes) values (:v, :exclude, :by, :name, :at, :changes)""",
                    new MapSqlParameterSource("v", next).addValue("exclude", draft.excludeUnreasonable())
                            .addValue("by", viewer.staffId()).addValue("name", viewer.displayName())
                            .addValue("at", Timestamp.from(clock.instant())).addValue("changes", text(changes)));
        } catch (DuplicateKeyException e) {
            // another save took this number since we read the latest
            throw stale(draft.basedOn(), next);
        }
        insertItems(next, "WEIGHT", weights);
        insertItems(next, "DEDUCTION", deductions);
        return version(next);
    }

    private static Refusal stale(int basedOn, int latest) {
        return Refusal.conflict("insight.ranking.scheme.stale", basedOn, latest);
    }

    private void insertItems(int version, String kind, Map<String, BigDecimal> points) {
        points.forEach((key, p) -> jdbc.update("insert into insight_appraisal_item (version_no, kind, indicator_key, points)"
                + " values (:v, :kind, :key, :p)", new MapSqlParameterSource("v", version).addValue("kind", kind)
                .addValue("key", key).addValue("p", p)));
    }

    /** The points typed for each known key: blank is none (not kept), anything else a number from 0 to 100. */
    private static Map<String, BigDecimal> points(String field, Map<String, String> typed, List<String> known) {
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : (typed == null ? Map.<String, String>of() : typed).entrySet()) {
            if (!known.contains(e.getKey())) {
                throw Refusal.invalid(field, "insight.ranking.scheme.indicator", e.getKey());
            }
            String text = e.getValue() == null ? "" : e.getValue().strip();
            if (text.isEmpty()) {
                continue;
            }
            BigDecimal p;
            try {
                p = new BigDecimal(text);
            } catch (NumberFormatException ex) {
                throw Refusal.invalid(field, "insight.ranking.scheme.points", text);
            }
            if (p.signum() < 0 || p.compareTo(HUNDRED) > 0 || p.stripTrailingZeros().scale() > 2) {
                throw Refusal.invalid(field, "insight.ranking.scheme.points", text);
            }
            if (p.signum() > 0) {
                points.put(e.getKey(), plain(p));
            }
        }
        return points;
    }

    /** Points without trailing zeros, never in exponent form (20, not 2E+1). */
    private static BigDecimal plain(BigDecimal points) {
        BigDecimal p = points.stripTrailingZeros();
        return p.scale() < 0 ? p.setScale(0) : p;
    }

    private static void diff(AppraisalScheme.SchemeItem item, Map<String, BigDecimal> before, Map<String, BigDecimal> after,
                             List<AppraisalScheme.Change> changes) {
        Set<String> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String key : keys) {
            BigDecimal b = before.getOrDefault(key, BigDecimal.ZERO);
            BigDecimal a = after.getOrDefault(key, BigDecimal.ZERO);
            if (b.compareTo(a) != 0) {
                changes.add(new AppraisalScheme.Change(item, key, b, a));
            }
        }
    }

    /** Changes one a line, "ITEM:key:before:after" (the key empty for the switch). */
    private static String text(List<AppraisalScheme.Change> changes) {
        return String.join("\n", changes.stream().map(c -> c.item() + ":" + (c.indicatorKey() == null ? "" : c.indicatorKey())
                + ":" + c.before().toPlainString() + ":" + c.after().toPlainString()).toList());
    }

    private static List<AppraisalScheme.Change> changes(String text) {
        return text.lines().filter(l -> !l.isBlank()).map(l -> l.split(":", -1)).map(p -> new AppraisalScheme.Change(
                AppraisalScheme.SchemeItem.valueOf(p[0]), p[1].isEmpty() ? null : p[1], new BigDecimal(p[2]),
                new BigDecimal(p[3]))).toList();
    }

    private static AppraisalScheme starting() {
        return new AppraisalScheme(0, AppraisalRules.defaultWeights(), AppraisalRules.defaultDeductions(),
                AppraisalRules.EXCLUDE_UNREASONABLE_BY_DEFAULT, null, null, List.of());
    }
}
