package org.xinfang;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.xinfang.casework.Matter;
import org.xinfang.casework.internal.JsonMapConverter;
import org.xinfang.casework.internal.MatterEvent;
import org.xinfang.casework.internal.MatterEvents;
import org.xinfang.casework.internal.Matters;
import org.xinfang.casework.internal.Timeline;

import java.util.Map;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/** The business modules talk only through each other's public API: no reaching into internals, no cycles. */
class ModularityTest {

    @Test
    void moduleBoundariesHold() {
        ApplicationModules.of(XinfangApplication.class).verify();
    }

    /** The portal sees a matter as its petitioner may ({@code PetitionerMatterView}), never as the entity. */
    @Test
    void portalNeverHoldsTheEntity() {
        noClasses().that().resideInAPackage("org.xinfang.portal..")
                .should().dependOnClassesThat().belongToAnyOf(Matter.class, MatterEvent.class)
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.xinfang"));
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

    /** casework's inside is closed: no other module can reach its entities, repositories and timeline writer. */
    @Test
    void caseworksInsideIsClosed() {
        ApplicationModule casework = ApplicationModules.of(XinfangApplication.class).getModuleByName("casework").orElseThrow();
        assertThat(Stream.of(MatterEvent.class, Matters.class, MatterEvents.class, Timeline.class, JsonMapConverter.class))
                .noneMatch(casework::isExposed);
    }
}
