package org.xinfang;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.xinfang.casework.internal.IdempotencyRecords;
import org.xinfang.casework.internal.JsonMapConverter;
import org.xinfang.casework.internal.Matter;
import org.xinfang.casework.internal.MatterCopy;
import org.xinfang.casework.internal.MatterEvent;
import org.xinfang.casework.internal.MatterEvents;
import org.xinfang.casework.internal.Matters;
import org.xinfang.casework.internal.Timeline;

import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The business modules talk only through each other's public API: no reaching into internals, no cycles. */
class ModularityTest {

    @Test
    void moduleBoundariesHold() {
        ApplicationModules.of(XinfangApplication.class).verify();
    }

    /** The parts that grow into modules of their own are theirs: the board is coordination's, the figures statistics'. */
    @Test
    void eachPartIsInTheModuleNamedForWhatItIs() {
        ApplicationModules modules = ApplicationModules.of(XinfangApplication.class);
        Map.of("org.xinfang.coordination.web.SupervisionBoard", "coordination",
                "org.xinfang.statistics.PublicStatistics", "statistics",
                "org.xinfang.statistics.StatisticsCache", "statistics").forEach((type, module) ->
                assertThat(modules.getModuleByType(type).map(ApplicationModule::getName)).as(type).hasValue(module));
    }

    /**
     * casework's inside is closed: no other module can reach its entities, repositories, timeline writer, COPY rows and
     * idempotency records (the
     * portal gets a {@code PetitionerMatterView}, the demo imports registrations and commands).
     */
    @Test
    void caseworksInsideIsClosed() {
        ApplicationModule casework = ApplicationModules.of(XinfangApplication.class).getModuleByName("casework").orElseThrow();
        assertThat(Stream.of(Matter.class, MatterEvent.class, Matters.class, MatterEvents.class, Timeline.class,
                MatterCopy.class, IdempotencyRecords.class, JsonMapConverter.class))
                .noneMatch(casework::isExposed);
    }
}
