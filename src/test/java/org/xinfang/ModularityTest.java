package org.xinfang;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.xinfang.casework.Matter;
import org.xinfang.casework.MatterEvent;

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

    /** The bodies above following up the matters below them are coordination's, a module of its own. */
    @Test
    void theSupervisionBoardIsCoordinations() {
        assertThat(ApplicationModules.of(XinfangApplication.class)
                .getModuleByType("org.xinfang.coordination.web.SupervisionBoard").map(ApplicationModule::getName))
                .hasValue("coordination");
    }
}
