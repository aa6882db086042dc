package org.xinfang.casework.documents;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfang.casework.AcceptanceDecision;
import org.xinfang.casework.Actor;
import org.xinfang.casework.internal.Matter;
import org.xinfang.casework.QueryCode;
import org.xinfang.casework.Registration;
import org.xinfang.casework.RoutingKind;
import org.xinfang.intake.Categories;
import org.xinfang.intake.Channel;
import org.xinfang.intake.PetitionKind;
import org.xinfang.support.IntegrationTest;
import org.xinfang.support.MutableClock;
import org.xinfang.territory.Territory;
import org.xinfang.territory.UnitView;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The acceptance notice is issued by the body that accepted the matter, as the matter records it, not by its lead. */
@IntegrationTest
class AcceptingBodyTest {

    @Autowired
    StatutoryDocuments documents;
    @Autowired
    Territory territory;
    @Autowired
    Categories categories;
    @Autowired
    MutableClock clock;

    @Test
    void theGovernmentThatAcceptedSignsTheNoticeThoughItNamedADepartmentToLead() {
        UnitView office = unit("431229-PETITION");
        UnitView government = unit("431229");
        UnitView housing = unit("431229-HOUSING");
        Actor registrar = new Actor("registrar", office.id());
        Matter m = Matter.register(new Registration("XF431229-1992-0000001", Channel.LETTER, PetitionKind.COMPLAINT,
                null, 1L, Set.of(), 1, categories.byCode("URBAN.DEMOLITION").orElseThrow().id(), unit("431229001001"),
                "受理机关", "由县政府受理，住建局牵头。", clock.today(), office, null, null, false, false,
                QueryCode.generate(), false, Map.of()), registrar, clock);
        m.route(RoutingKind.ASSIGNMENT, government, null, registrar, clock);
        m.decideAcceptance(AcceptanceDecision.accept("已受理。", housing, List.of()), new Actor("county", government.id()),
                clock);

        assertThat(m.acceptingUnitId()).isEqualTo(government.id());
        Letter notice = documents.letter(m, StatutoryDocument.ACCEPTANCE_NOTICE);
        assertThat(notice.issuer()).isEqualTo(StatutoryDocuments.officialName(government));
        assertThat(String.join("", notice.paragraphs()))
                .contains("该事项由" + StatutoryDocuments.officialName(housing) + "负责办理");
    }

    private UnitView unit(String code) {
        return territory.unitByCode(code).orElseThrow();
    }
}
