package org.xinfang.insight;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.xinfang.intake.Channel;
import org.xinfang.statute.HandlingType;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Insight's own indicators, all computed from its facts of the matters received in the period (one query a period,
 * {@link FactFigures}): volumes by channel in items (visits in batches) and persons, by type, repeat, collective and
 * leap-level visits, and the standard rates of the appraisal rules. Definitions: docs/indicators.md.
 */
@Component
@Order(0)
class FactIndicators implements Indicator.Family {

    /**
     * The indicators that make sense for a body handling matters, counted by the body holding them (the ranking of
     * departments): how it accepts, completes and satisfies, and what goes wrong in its hands. The volumes, types and
     * the initial-visit resolution describe a place's petitioning, not a body's work.
     */
    private static final List<String> FOR_HOLDERS = List.of("rate.acceptance-on-time", "rate.completion-on-time",
            "handling.overdue", "rate.participation", "rate.satisfaction", "repeat.items", "collective.visits",
            "leap-level.visits");

    private final List<Indicator> indicators = new ArrayList<>();

    FactIndicators(FactFigures figures) {
        add("volume.items", IndicatorUnit.ITEMS, IndicatorSection.VOLUME, figures, (f, s) -> Measure.count(f.count(s, "items")));
        add("volume.persons", IndicatorUnit.PERSONS, IndicatorSection.VOLUME, figures, (f, s) -> Measure.count(f.count(s, "persons")));
        for (Channel c : Channel.values()) {
            add("volume." + c + ".items", c.isVisit() ? IndicatorUnit.BATCHES : IndicatorUnit.ITEMS, IndicatorSection.VOLUME,
                    figures, (f, s) -> Measure.count(f.count(s, "items_" + c)));
            add("volume." + c + ".persons", IndicatorUnit.PERSONS, IndicatorSection.VOLUME, figures,
                    (f, s) -> Measure.count(f.count(s, "persons_" + c)));
        }
        for (HandlingType t : HandlingType.values()) {
            add("type." + t, IndicatorUnit.ITEMS, IndicatorSection.TYPE, figures, (f, s) -> Measure.count(f.count(s, "type_" + t)));
        }
        add("repeat.items", IndicatorUnit.ITEMS, IndicatorSection.VISITS, figures, (f, s) -> Measure.count(f.count(s, "repeat_items")));
        add("repeat.visits", IndicatorUnit.BATCHES, IndicatorSection.VISITS, figures, (f, s) -> Measure.count(f.count(s, "repeat_visits")));
        add("repeat.persons", IndicatorUnit.PERSONS, IndicatorSection.VISITS, figures, (f, s) -> Measure.count(f.count(s, "repeat_visit_persons")));
        add("collective.visits", IndicatorUnit.BATCHES, IndicatorSection.VISITS, figures, (f, s) -> Measure.count(f.count(s, "collective_visits")));
        add("collective.persons", IndicatorUnit.PERSONS, IndicatorSection.VISITS, figures, (f, s) -> Measure.count(f.count(s, "collective_persons")));
        add("leap-level.visits", IndicatorUnit.BATCHES, IndicatorSection.VISITS, figures, (f, s) -> Measure.count(f.count(s, "leap_visits")));
        add("leap-level.persons", IndicatorUnit.PERSONS, IndicatorSection.VISITS, figures, (f, s) -> Measure.count(f.count(s, "leap_persons")));
        add("rate.acceptance-on-time", IndicatorUnit.PER_CENT, IndicatorSection.RATES, figures,
                (f, s) -> Measure.perCent(f.count(s, "accepted_on_time"), f.count(s, "acceptance_due")));
        add("rate.completion-on-time", IndicatorUnit.PER_CENT, IndicatorSection.RATES, figures,
                (f, s) -> Measure.perCent(f.count(s, "completed_on_time"), f.count(s, "completion_due")));
        add("handling.overdue", IndicatorUnit.ITEMS, IndicatorSection.RATES, figures, (f, s) -> Measure.count(f.count(s, "overdue_now")));
        add("rate.participation", IndicatorUnit.PER_CENT, IndicatorSection.RATES, figures,
                (f, s) -> Measure.perCent(f.count(s, "rated"), f.count(s, "rating_eligible")));
        add("rate.satisfaction", IndicatorUnit.PER_CENT, IndicatorSection.RATES, figures,
                (f, s) -> Measure.perCent(f.count(s, "satisfied"), f.count(s, "rated")));
        add("rate.initial-resolution", IndicatorUnit.PER_CENT, IndicatorSection.RATES, figures,
                (f, s) -> Measure.perCent(f.count(s, "initial_resolved_persons"), f.count(s, "initial_persons")));
    }

    private void add(String key, IndicatorUnit unit, IndicatorSection section, FactFigures figures,
                     BiFunction<FactFigures, Selection, Measure> measure) {
        indicators.add(Indicator.of(key, "insight.indicator." + key, unit, section, s -> measure.apply(figures, s)));
    }

    @Override
    public List<Indicator> indicators() {
        return List.copyOf(indicators);
    }

    /** The indicators of a body's work, to be measured on a {@link Selection.Basis#HOLDER} selection. */
    List<Indicator> forHolders() {
        return indicators.stream().filter(i -> FOR_HOLDERS.contains(i.key())).toList();
    }
}
