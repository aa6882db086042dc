package org.xinfang.casework;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.xinfang.support.ApiClient;
import org.xinfang.support.IntegrationTest;
import org.xinfang.territory.Territory;
import org.xinfang.territory.UnitView;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What casework tells the other modules when a matter moves, and that the registry keeps no personal data. */
@IntegrationTest
@EnableScenarios
class MatterTransitionedTest {

    private static final String REGISTRAR = "yuanling.registrar";

    @Autowired
    ApiClient api;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Territory territory;

    @Test
    void aTransitionCarriesItsStatesTheHolderWithItsPathTheNextDeadlineAndTheActingUnit(Scenario scenario) {
        long id = register(ApiClient.freshIdNumber());
        UnitView housing = territory.unitByCode("431222-HOUSING").orElseThrow();
        scenario.stimulate(() -> api.post(REGISTRAR, "/api/v1/matters/" + id + "/routing",
                        "{\"version\":0,\"kind\":\"ASSIGNMENT\",\"unitCode\":\"431222-HOUSING\"}"))
                .andWaitForEventOfType(MatterTransitioned.class)
                .matching(e -> e.matterId() == id && e.type() == MatterEventType.ROUTED)
                .toArriveAndVerify((e, answer) -> {
                    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
                    Map<String, Object> matter = jdbc.queryForMap("select due_step, due_on from matter where id = ?", id);
                    Map<String, Object> entry = jdbc.queryForMap("select seq, occurred_at, actor_unit_id from matter_event"
                            + " where matter_id = ? and type = 'ROUTED'", id);
                    assertThat(e.from()).isEqualTo(MatterState.REGISTERED);
                    assertThat(e.to()).isEqualTo(MatterState.ROUTED);
                    assertThat(e.holderUnitId()).isEqualTo(housing.id());
                    assertThat(e.holderPath()).isEqualTo(housing.path());
                    assertThat(e.dueStep()).isEqualTo(DueStep.ACCEPTANCE).hasToString((String) matter.get("due_step"));
                    assertThat(e.dueOn()).isEqualTo(((java.sql.Date) matter.get("due_on")).toLocalDate()).isAfter(LocalDate.EPOCH);
                    assertThat(e.seq()).isEqualTo(((Number) entry.get("seq")).intValue());
                    assertThat(e.at()).isEqualTo(((Timestamp) entry.get("occurred_at")).toInstant());
                    assertThat(e.actorUnitId()).isEqualTo(entry.get("actor_unit_id"))
                            .isEqualTo(territory.unitByCode("431222-PETITION").map(UnitView::id).orElseThrow());
                    assertThat(e.byPetitioner()).isFalse();
                });
    }

    @Test
    void theStoredPublicationsNameNoPersonAndNoStaffMember(Scenario scenario) {
        String idNumber = ApiClient.freshIdNumber();
        scenario.stimulate(() -> register(idNumber))
                .andWaitForEventOfType(MatterTransitioned.class)
                .matching(e -> e.type() == MatterEventType.REGISTERED)
                .toArriveAndVerify((e, id) -> {
                    assertThat(e.matterId()).isEqualTo(id);
                    List<String> stored = jdbc.queryForList("select serialized_event from event_publication"
                            + " where event_type = ?", String.class, MatterTransitioned.class.getName()).stream()
                            .filter(json -> json.contains("\"matterId\":" + id + ",")).toList();
                    assertThat(stored).isNotEmpty().allSatisfy(json -> assertThat(json).doesNotContain(
                            "王建国", idNumber, "13812345678", "月亮坪", "征收补偿款", "补偿款至今未到位", REGISTRAR, "陈斌"));
                });
    }

    private long register(String idNumber) {
        ApiClient.Answer a = api.post(REGISTRAR, "/api/v1/matters", ApiClient.visit(idNumber, "431222001001", "URBAN.DEMOLITION"));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.id();
    }
}
