package org.xinfang.insight;

import java.util.List;
import java.util.function.Function;

/**
 * An indicator (指标): one figure about petition work for a unit's subtree and a period. Any module declares its own
 * as a bean (or several as one {@link Family} bean); the insight module lists every one, in the section it names, with
 * the same period a year earlier and the change. Its name is a message of the declaring module's bundle; its definition
 * (numerator, denominator, which day counts, the source) is written in docs/indicators.md.
 */
public interface Indicator {

    /** A stable key, e.g. {@code volume.LETTER.items}: the API's name for it. */
    String key();

    /** The message key of its name. */
    String nameKey();

    IndicatorUnit unit();

    IndicatorSection section();

    /** Its value for the selection's subtree and days; a rate without a denominator has none. */
    Measure measure(Selection selection);

    /** An indicator named {@code nameKey} whose value is {@code measure} of the selection. */
    static Indicator of(String key, String nameKey, IndicatorUnit unit, IndicatorSection section,
                        Function<Selection, Measure> measure) {
        return new Declared(key, nameKey, unit, section, measure);
    }

    /** An indicator declared by {@link #of}. */
    record Declared(String key, String nameKey, IndicatorUnit unit, IndicatorSection section,
                    Function<Selection, Measure> of) implements Indicator {
        @Override
        public Measure measure(Selection selection) {
            return of.apply(selection);
        }
    }

    /** Several indicators computed together, declared as one bean (in their order). */
    interface Family {
        List<Indicator> indicators();
    }
}
