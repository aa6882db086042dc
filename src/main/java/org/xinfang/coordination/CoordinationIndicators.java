package org.xinfang.coordination;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.xinfang.insight.Counts;
import org.xinfang.insight.Indicator;
import org.xinfang.insight.IndicatorSection;
import org.xinfang.insight.IndicatorUnit;
import org.xinfang.insight.Measure;
import org.xinfang.insight.Selection;
import org.xinfang.territory.AdministrativeLevel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Coordination's indicators in insight's table: the four-level package cases (四级包案) by the leader's level, the
 * backlog register (积案), leader receptions (领导接访) and supervision notices (督办单). Package cases come from
 * {@link PackageCases} with its rules; the rest from one aggregate over this module's tables a selection. Definitions:
 * docs/indicators.md.
 */
@Component
@Order(10)
class CoordinationIndicators implements Indicator.Family {

    /** The register, the receptions and the notices of a selection: one statement, by path and day each. */
    private static final String QUERY = """
            select (select count(*) from backlog_case b
                     where b.holder_path like :path and b.registered_on <= :to
                       and (b.settled_on is null or b.settled_on >= :from)) backlog_total,
                   (select count(*) from backlog_case b
                     where b.holder_path like :path and b.settled_on between :from and :to) backlog_resolved,
                   (select count(v.id) from reception r join reception_visit v on v.reception_id = r.id
                     where r.unit_path like :path and r.held_on between :from and :to) reception_batches,
                   (select sum(v.persons) from reception r join reception_visit v on v.reception_id = r.id
                     where r.unit_path like :path and r.held_on between :from and :to) reception_persons,
                   (select count(*) from supervision_notice n
                     where n.unit_path like :path and n.issued_on between :from and :to) notices
            """;

    private final List<Indicator> indicators = new ArrayList<>();

    CoordinationIndicators(PackageCases packageCases, NamedParameterJdbcTemplate jdbc) {
        Function<Selection, PackageCases.Indicators> cases = s -> s.shared(PackageCases.class,
                () -> packageCases.takenIn(s.path(), s.from(), s.to()));
        packageCase("package", cases.andThen(PackageCases.Indicators::all));
        for (AdministrativeLevel level : PackageCases.FOUR_LEVELS) {
            packageCase("package." + level, cases.andThen(f -> f.byLevel().stream()
                    .filter(l -> l.level() == level).findFirst().orElseThrow()));
        }
        Function<Selection, Counts> counts = s -> s.shared(CoordinationIndicators.class,
                () -> Counts.query(jdbc, QUERY, s.parameters()));
        add("backlog.total", IndicatorUnit.ITEMS, IndicatorSection.BACKLOG, s -> counts.apply(s).count("backlog_total"));
        add("backlog.resolved", IndicatorUnit.ITEMS, IndicatorSection.BACKLOG, s -> counts.apply(s).count("backlog_resolved"));
        add("receptions.leader", IndicatorUnit.BATCHES, IndicatorSection.RECEPTIONS,
                s -> counts.apply(s).count("reception_batches"));
        add("receptions.leader.persons", IndicatorUnit.PERSONS, IndicatorSection.RECEPTIONS,
                s -> counts.apply(s).count("reception_persons"));
        add("supervision.notices", IndicatorUnit.ITEMS, IndicatorSection.SUPERVISION, s -> counts.apply(s).count("notices"));
    }

    private void packageCase(String prefix, Function<Selection, PackageCases.LevelFigures> figures) {
        add(prefix + ".total", IndicatorUnit.ITEMS, IndicatorSection.PACKAGE_CASES, s -> figures.apply(s).total());
        add(prefix + ".visited", IndicatorUnit.ITEMS, IndicatorSection.PACKAGE_CASES, s -> figures.apply(s).visited());
        add(prefix + ".resolved", IndicatorUnit.ITEMS, IndicatorSection.PACKAGE_CASES, s -> figures.apply(s).resolved());
    }

    private void add(String key, IndicatorUnit unit, IndicatorSection section, ToLongFunction<Selection> count) {
        indicators.add(Indicator.of(key, "indicator." + key, unit, section, s -> Measure.count(count.applyAsLong(s))));
    }

    @Override
    public List<Indicator> indicators() {
        return List.copyOf(indicators);
    }
}
