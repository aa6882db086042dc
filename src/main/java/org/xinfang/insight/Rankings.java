package org.xinfang.insight;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.platform.Refusal;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.StaffRole;
import org.xinfang.territory.Territory;
import org.xinfang.territory.UnitView;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The year's rankings and appraisal (排名与考核, 2022 art. 39): the counties (the governments directly under the viewer's
 * area), counted by the place matters arose in, on every indicator of the registry; or the departments directly under
 * it, counted by the matters they hold, on the indicators of a body's work. Each unit is ranked by each indicator and
 * by its appraisal score under the scheme: the weights scored against 100% of each rate, less the deductions. A year
 * once published keeps the scheme version it was published with; before that the latest version applies.
 */
@Service
public class Rankings {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final String SATISFACTION = "rate.satisfaction";
    private static final int FIRST_YEAR = Indicators.FIRST_DAY.getYear();

    private final Indicators indicators;
    private final FactIndicators facts;
    private final FactFigures figures;
    private final AppraisalSchemes schemes;
    private final Territory territory;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    Rankings(Indicators indicators, FactIndicators facts, FactFigures figures, AppraisalSchemes schemes,
             Territory territory, NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.indicators = indicators;
        this.facts = facts;
        this.figures = figures;
        this.schemes = schemes;
        this.territory = territory;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A weighted rate: its value (none without a denominator), the weight and the points it scored. */
    public record Scored(String key, Measure rate, BigDecimal weight, BigDecimal points) {
    }

    /** A deduction: what was counted, the points per item and the points taken off. */
    public record Deducted(String key, long count, BigDecimal perItem, BigDecimal points) {
    }

    /**
     * One unit's line: each indicator's value and rank (none for a rate without a value), the score's breakdown, the
     * score and the rank by score (units with the same score share a rank); score and rank are both null when the unit
     * had nothing to appraise in the year (no rate with a denominator, nothing to deduct), so that a body that held no
     * matter is not placed first with full marks.
     */
    public record Line(UnitView unit, Map<String, Measure> values, Map<String, Integer> ranks, List<Scored> scored,
                       List<Deducted> deducted, BigDecimal score, Integer rank) {

        public boolean appraised() {
            return score != null;
        }
    }

    /** Who published a year's ranking, when, with which version. */
    public record Publication(int schemeVersion, String by, Instant at) {
    }

    /** The ranking of a year: the scheme version it used, the publication if any, the indicators and the lines. */
    public record Ranking(UnitView area, int year, RankingKind kind, AppraisalScheme scheme, Publication published,
                          List<Indicator> indicators, List<Line> lines) {
    }

    public static boolean mayView(StaffPrincipal viewer) {
        return Indicators.mayView(viewer) || viewer.has(StaffRole.ADMIN);
    }

    /**
     * The ranking of {@code year} (this year when blank) and {@code kind} (counties when blank), as typed, for the
     * viewer's area. Refused: a year not a number from 2000 to this year, a kind not one of the two.
     */
    @Transactional(readOnly = true)
    public Ranking ranking(StaffPrincipal viewer, String year, String kind) {
        if (!mayView(viewer)) {
            throw Refusal.forbidden("insight.forbidden");
        }
        int y = year(year);
        RankingKind k = kind(kind);
        UnitView area = indicators.own(viewer);
        Optional<Publication> published = publication(area, y, k);
        AppraisalScheme scheme = published.map(p -> schemes.version(p.schemeVersion())).orElseGet(schemes::current);
        return compute(area, y, k, scheme, published.orElse(null));
    }

    /**
     * Publishes the year's ranking with the latest scheme version: from then on it is computed with that version.
     * Refused: a viewer who does not configure the scheme, a year not over, a year published already.
     */
    @Transactional
    public Publication publish(StaffPrincipal viewer, String year, String kind) {
        if (!schemes.mayConfigure(viewer)) {
            throw Refusal.forbidden("insight.ranking.publish.forbidden");
        }
        int y = year(year);
        RankingKind k = kind(kind);
        if (y >= LocalDate.now(clock).getYear()) {
            throw Refusal.invalid("year", "insight.ranking.publish.not-over", String.valueOf(y));
        }
        UnitView area = indicators.own(viewer);
        int version = schemes.current().version();
        int added = jdbc.update("""
                insert into insight_appraisal_published (year, kind, area_unit_id, scheme_version_no, published_by_name,
                       published_at) values (:year, :kind, :area, :v, :by, :at) on conflict do nothing""",
                new MapSqlParameterSource("year", y).addValue("kind", k.name()).addValue("area", area.id())
                        .addValue("v", version).addValue("by", viewer.displayName())
                        .addValue("at", Timestamp.from(clock.instant())));
        Publication p = publication(area, y, k).orElseThrow();
        if (added == 0) {
            throw Refusal.conflict("insight.ranking.publish.already", String.valueOf(y), p.schemeVersion());
        }
        return p;
    }

    /** The ranking of the units of {@code kind} under {@code area} for {@code year}, under {@code scheme}. */
    Ranking compute(UnitView area, int year, RankingKind kind, AppraisalScheme scheme, Publication published) {
        LocalDate today = LocalDate.now(clock);
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        List<UnitView> units = territory.children(area.id()).stream()
                .filter(u -> u.isDepartment() == (kind == RankingKind.DEPARTMENTS)).toList();
        List<Indicator> measured = kind == RankingKind.COUNTIES ? indicators.all() : facts.forHolders();
        Selection.Basis basis = kind == RankingKind.COUNTIES ? Selection.Basis.PLACE : Selection.Basis.HOLDER;
        // the units at once: each is its own selection and reads
        List<Line> lines = indicators.eachAtOnce(units, unit -> {
            Selection s = new Selection(unit, from, to, today, basis);
            Map<String, Measure> values = new LinkedHashMap<>();
            measured.forEach(i -> values.put(i.key(), i.measure(s)));
            List<Scored> scored = new ArrayList<>();
            scheme.weights().forEach((key, weight) -> {
                Measure rate = scheme.excludeUnreasonable() && key.equals(SATISFACTION)
                        ? Measure.perCent(figures.count(s, "satisfied_reasonable"), figures.count(s, "rated_reasonable"))
                        : values.get(key);
                if (rate != null) {
                    scored.add(new Scored(key, rate, weight, points(rate, weight)));
                }
            });
            List<Deducted> deducted = new ArrayList<>();
            scheme.deductions().forEach((key, per) -> {
                Measure count = values.get(key);
                if (count != null) {
                    deducted.add(new Deducted(key, count.numerator(), per,
                            per.multiply(BigDecimal.valueOf(count.numerator())).setScale(2, RoundingMode.HALF_UP)));
                }
            });
            boolean anything = scored.stream().anyMatch(x -> x.rate().hasValue()) || deducted.stream().anyMatch(x -> x.count() > 0);
            BigDecimal score = !anything ? null : scored.stream().map(Scored::points).reduce(BigDecimal.ZERO, BigDecimal::add)
                    .subtract(deducted.stream().map(Deducted::points).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .setScale(2, RoundingMode.HALF_UP);
            return new Line(unit, values, new HashMap<>(), scored, deducted, score, null);
        });
        for (Indicator i : measured) {
            ranks(lines, l -> l.values().get(i.key()).value()).forEach((line, rank) -> line.ranks().put(i.key(), rank));
        }
        Map<Line, Integer> byScore = ranks(lines, Line::score);
        List<Line> ranked = lines.stream().map(l -> new Line(l.unit(), l.values(), Map.copyOf(l.ranks()), l.scored(),
                l.deducted(), l.score(), byScore.get(l))).toList();
        return new Ranking(area, year, kind, scheme, published, measured, ranked);
    }

    /**
     * A weight scored against 100% of its rate, to two decimals; a rate without a denominator (nothing to accept,
     * complete or rate) scores the full weight, as nothing went wrong.
     */
    private static BigDecimal points(Measure rate, BigDecimal weight) {
        if (!rate.hasValue()) {
            return weight.setScale(2, RoundingMode.HALF_UP);
        }
        return weight.multiply(rate.value()).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }

    /** Ranks by a value, the highest first; equal values share a rank (1, 2, 2, 4); a line without a value has none. */
    private static Map<Line, Integer> ranks(List<Line> lines, Function<Line, BigDecimal> value) {
        Map<Line, Integer> ranks = new java.util.IdentityHashMap<>();
        for (Line l : lines) {
            BigDecimal v = value.apply(l);
            if (v != null) {
                ranks.put(l, 1 + (int) lines.stream().map(value).filter(o -> o != null && o.compareTo(v) > 0).count());
            }
        }
        return ranks;
    }

    private Optional<Publication> publication(UnitView area, int year, RankingKind kind) {
        return jdbc.query("""
                select scheme_version_no, published_by_name, published_at from insight_appraisal_published
                where area_unit_id = :area and year = :year and kind = :kind""", new MapSqlParameterSource("area", area.id())
                .addValue("year", year).addValue("kind", kind.name()), (rs, i) -> new Publication(rs.getInt(1),
                rs.getString(2), rs.getTimestamp(3).toInstant())).stream().findFirst();
    }

    private int year(String typed) {
        int thisYear = LocalDate.now(clock).getYear();
        if (typed == null || typed.isBlank()) {
            return thisYear;
        }
        try {
            int y = Integer.parseInt(typed.strip());
            if (y >= FIRST_YEAR && y <= thisYear) {
                return y;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw Refusal.invalid("year", "insight.ranking.year", typed.strip(), String.valueOf(FIRST_YEAR), String.valueOf(thisYear));
    }

    private static RankingKind kind(String typed) {
        if (typed == null || typed.isBlank()) {
            return RankingKind.COUNTIES;
        }
        try {
            return RankingKind.valueOf(typed.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("kind", "insight.ranking.kind", typed.strip());
        }
    }
}
