package org.xinfang.territory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfang.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Whom a body may name as the body in charge, lead or co-handler: its own government's units and those one level down. */
@IntegrationTest
class JurisdictionTest {

    @Autowired
    Territory territory;

    @Test
    void theCityAssignsToItsOwnUnitsAndToTheCountiesButNotFurtherDown() {
        UnitView cityBureau = unit("431200-PETITION");
        assertThat(territory.mayAssignTo(cityBureau, unit("431200"))).as("its own government").isTrue();
        assertThat(territory.mayAssignTo(cityBureau, unit("431200-HOUSING"))).as("a department of it").isTrue();
        assertThat(territory.mayAssignTo(cityBureau, unit("431222"))).as("a county").isTrue();
        assertThat(territory.mayAssignTo(cityBureau, unit("431222-HOUSING"))).as("a county's department").isTrue();
        assertThat(territory.mayAssignTo(cityBureau, unit("431222001"))).as("a township goes through its county").isFalse();
        assertThat(territory.mayAssignTo(cityBureau, unit("431222001001"))).as("a village").isFalse();
    }

    @Test
    void aCountyAssignsWithinItsCountyOneLevelDownAndNeverToAnotherCountyOrUp() {
        UnitView housing = unit("431222-HOUSING");
        assertThat(territory.mayAssignTo(housing, unit("431222-NATURAL_RESOURCES"))).as("a sibling department").isTrue();
        assertThat(territory.mayAssignTo(housing, unit("431222"))).as("its government").isTrue();
        assertThat(territory.mayAssignTo(housing, unit("431222001"))).as("a township of the county").isTrue();
        assertThat(territory.mayAssignTo(housing, unit("431222001001"))).as("a village goes through its township").isFalse();
        assertThat(territory.mayAssignTo(housing, unit("431202-HOUSING"))).as("another county").isFalse();
        assertThat(territory.mayAssignTo(housing, unit("431200-HOUSING"))).as("the city above").isFalse();
        assertThat(territory.mayAssignTo(unit("431222001"), unit("431222001001"))).as("a township to its village").isTrue();
    }

    @Test
    void theUnitsOfferedAreExactlyThoseTheRuleAllowsInCodeOrder() {
        for (String code : new String[]{"431200-PETITION", "431222-PETITION", "431222001"}) {
            UnitView actor = unit(code);
            var offered = territory.assignableUnits(actor);
            assertThat(offered).isNotEmpty().isSortedAccordingTo(java.util.Comparator.comparing(UnitView::code))
                    .allMatch(u -> territory.mayAssignTo(actor, u));
            var everyUnit = territory.unitIdsUnder(territory.root().orElseThrow().path());
            assertThat(everyUnit.stream().map(territory::require).filter(u -> territory.mayAssignTo(actor, u)).count())
                    .isEqualTo(offered.size());
        }
    }

    private UnitView unit(String code) {
        return territory.unitByCode(code).orElseThrow();
    }
}
