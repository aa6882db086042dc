package org.xinfang.territory;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfang.support.IntegrationTest;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The common superior body of the parties to a dispute over competence, and the joint conference office (2022 art. 24 ¶1). */
@IntegrationTest
class CommonSuperiorTest {

    @Autowired
    Territory territory;

    @Test
    @DisplayName("art. 24 ¶1: the common superior of two departments of a county is the county")
    void twoDepartmentsOfACounty() {
        assertThat(superior("431222-HOUSING", "431222-NATURAL_RESOURCES")).contains("431222");
        assertThat(superior("431222001", "431222-HOUSING")).as("a township and a department of its county").contains("431222");
    }

    @Test
    @DisplayName("art. 24 ¶1: bodies of two counties have the city as their common superior")
    void bodiesOfTwoCounties() {
        assertThat(superior("431222-HOUSING", "431202-HOUSING")).contains("431200");
        assertThat(superior("431222", "431202")).contains("431200");
        assertThat(superior("431222-HOUSING", "431202")).contains("431200");
        assertThat(superior("431200-HOUSING", "431222")).as("a city department and a county").contains("431200");
    }

    @Test
    @DisplayName("art. 24 ¶1: the city government has no body above it in the territory: no common superior, the city's joint conference office")
    void noCommonSuperiorAtTheTop() {
        assertThat(superior("431200", "431222")).isEmpty();
        assertThat(superior("431200", "431200-HOUSING")).isEmpty();
        assertThat(territory.jointConferenceOffice(units("431200", "431222")).code()).isEqualTo("431200-PETITION");
        assertThat(territory.jointConferenceOffice(units("431222-HOUSING", "431222-NATURAL_RESOURCES")).code())
                .as("the conference of the area holding them all").isEqualTo("431222-PETITION");
    }

    @Test
    void oneUnitIsNoDispute() {
        assertThat(superior("431222-HOUSING")).isEmpty();
    }

    private Optional<String> superior(String... codes) {
        return territory.commonSuperior(units(codes)).map(UnitView::code);
    }

    private List<UnitView> units(String... codes) {
        return java.util.Arrays.stream(codes).map(c -> territory.unitByCode(c).orElseThrow()).toList();
    }
}
