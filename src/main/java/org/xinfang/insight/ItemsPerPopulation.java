package org.xinfang.insight;

import org.springframework.stereotype.Component;

/**
 * Items per 10,000 population (万人信访量; the seed ranks cities by it): the items received in the period that arose in
 * the subtree, per 10,000 of the unit's population as the territory file gives it; none for a unit without one.
 */
@Component
class ItemsPerPopulation implements Indicator {

    private static final long PER = 10_000;

    private final FactFigures figures;

    ItemsPerPopulation(FactFigures figures) {
        this.figures = figures;
    }

    @Override
    public String key() {
        return "volume.per-10k-population";
    }

    @Override
    public String nameKey() {
        return "insight.indicator.volume.per-10k-population";
    }

    @Override
    public IndicatorUnit unit() {
        return IndicatorUnit.PER_10K_POPULATION;
    }

    @Override
    public IndicatorSection section() {
        return IndicatorSection.VOLUME;
    }

    @Override
    public Measure measure(Selection selection) {
        return Measure.per(figures.count(selection, "items"), selection.unit().population(), PER);
    }
}
