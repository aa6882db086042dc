package org.xinfang.casework.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfang.support.ApiClient;
import org.xinfang.support.ApiClient.Answer;
import org.xinfang.support.IntegrationTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A user sees and changes only matters in their unit's subtree or assigned to their unit. */
@IntegrationTest
class AccessScopeTest {

    @Autowired
    ApiClient api;

    long yuanlingMatter;
    String idNumber;

    @BeforeEach
    void aMatterInYuanling() {
        idNumber = ApiClient.freshIdNumber();
        yuanlingMatter = api.post("yuanling.registrar", "/api/v1/matters", ApiClient.visit(idNumber, "431222001001", "URBAN.DEMOLITION")).id();
    }

    @Test
    void aCountyRegistrarCannotReadAnotherCountysMatterById() {
        for (String path : List.of("", "/timeline")) {
            Answer other = api.get("hecheng.registrar", "/api/v1/matters/" + yuanlingMatter + path);
            assertThat(other.status()).isEqualTo(404);
            Answer missing = api.get("hecheng.registrar", "/api/v1/matters/987654321" + path);
            // the same answer as for an id that does not exist: nothing leaks
            assertThat(other.body().replace(String.valueOf(yuanlingMatter), "X"))
                    .isEqualTo(missing.body().replace("987654321", "X"));
        }
    }

    @Test
    void aCountyRegistrarCannotChangeAnotherCountysMatter() {
        Answer a = api.post("hecheng.registrar", "/api/v1/matters/" + yuanlingMatter + "/routing",
                "{\"version\":0,\"kind\":\"TRANSFER\",\"unitCode\":\"431202-HOUSING\"}");
        assertThat(a.status()).isEqualTo(404);
        assertThat((String) api.get("yuanling.registrar", "/api/v1/matters/" + yuanlingMatter).read("$.state")).isEqualTo("REGISTERED");
    }

    @Test
    void listsShowOnlyTheCallersScope() {
        List<Integer> hecheng = api.get("hecheng.registrar", "/api/v1/matters?size=200").read("$.items[*].id");
        List<Integer> city = api.get("city.registrar", "/api/v1/matters?size=200&state=REGISTERED").read("$.items[*].id");
        List<Integer> yuanling = api.get("yuanling.registrar", "/api/v1/matters?size=200&state=REGISTERED").read("$.items[*].id");
        assertThat(hecheng).doesNotContain((int) yuanlingMatter);
        assertThat(yuanling).contains((int) yuanlingMatter);
        assertThat(city).contains((int) yuanlingMatter);
    }

    @Test
    void aDepartmentSeesAMatterOnlyOnceItIsAssignedToIt() {
        assertThat(api.get("yuanling.housing", "/api/v1/matters/" + yuanlingMatter).status()).isEqualTo(404);
        api.post("yuanling.registrar", "/api/v1/matters/" + yuanlingMatter + "/routing",
                "{\"version\":0,\"kind\":\"ASSIGNMENT\",\"unitCode\":\"431222-HOUSING\"}");
        Answer seen = api.get("yuanling.housing", "/api/v1/matters/" + yuanlingMatter);
        assertThat(seen.status()).isEqualTo(200);
        assertThat((List<String>) seen.read("$.allowedActions")).containsExactly("DECIDE_ACCEPTANCE", "OBJECT", "RAISE_DISPUTE");
        // the city's housing bureau is not the county's
        assertThat(api.get("city.housing", "/api/v1/matters/" + yuanlingMatter).status()).isEqualTo(404);
    }

    @Test
    void rolesWithoutNeedSeePersonalDataMasked() {
        Answer registrar = api.get("city.registrar", "/api/v1/matters/" + yuanlingMatter);
        Answer analyst = api.get("city.analyst", "/api/v1/matters/" + yuanlingMatter);
        assertThat((String) registrar.read("$.petitioner.idNumber")).isEqualTo(idNumber);
        assertThat((String) analyst.read("$.petitioner.idNumber")).isEqualTo(idNumber.substring(0, 6) + "********" + idNumber.substring(14));
        assertThat((String) analyst.read("$.petitioner.phone")).isEqualTo("138****5678");
        assertThat(analyst.body()).doesNotContain(idNumber).doesNotContain("13812345678").doesNotContain("月亮坪社区3组");
        assertThat((List<String>) analyst.read("$.allowedActions")).isEmpty();
    }

    @Test
    void aPetitionerLookupShowsOnlyMattersInScope() {
        List<?> yuanling = api.get("yuanling.registrar", "/api/v1/petitioners?idNumber=" + idNumber).read("$");
        List<?> hecheng = api.get("hecheng.registrar", "/api/v1/petitioners?idNumber=" + idNumber).read("$");
        assertThat(yuanling).hasSize(1);
        assertThat(hecheng).isEmpty();
    }

    @Test
    void onlyRegistrarsRegister() {
        Answer a = api.post("city.analyst", "/api/v1/matters", ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION"));
        assertThat(a.status()).isEqualTo(403);
    }

    @Test
    void anotherCountyCannotRewriteThePersonBehindAMatter() {
        String other = ApiClient.visit(idNumber, "431202001001", "URBAN.DEMOLITION").replace("13812345678", "13900000000");
        assertThat(api.post("hecheng.registrar", "/api/v1/matters", other.replace("王建国", "冒名者")).status()).isEqualTo(400);
        // the person themselves, named as on file, is registered there without their record changing
        assertThat(api.post("hecheng.registrar", "/api/v1/matters", other).status()).isEqualTo(201);
        Answer original = api.get("yuanling.registrar", "/api/v1/matters/" + yuanlingMatter);
        assertThat((String) original.read("$.petitioner.name")).isEqualTo("王建国");
        assertThat((String) original.read("$.petitioner.phone")).isEqualTo("13812345678");
    }

    @Test
    void registrationAndScreeningStayWithinTheOfficesOwnArea() {
        String yuanlingPlace = ApiClient.visit(idNumber, "431222001001", "URBAN.DEMOLITION");
        Answer screening = api.post("hecheng.registrar", "/api/v1/matters/screening", yuanlingPlace);
        assertThat(screening.status()).isEqualTo(400);
        assertThat((String) screening.read("$.errors[0].field")).isEqualTo("placeCode");
        assertThat(screening.body()).doesNotContain("XF431222");
        assertThat(api.post("hecheng.registrar", "/api/v1/matters", yuanlingPlace).status()).isEqualTo(400);
    }

    @Test
    void aCountyNamesOnlyItsOwnUnitsAsHandlers() {
        Answer other = api.post("yuanling.registrar", "/api/v1/matters/" + yuanlingMatter + "/routing",
                "{\"version\":0,\"kind\":\"TRANSFER\",\"unitCode\":\"431202-HOUSING\"}");
        assertThat(other.status()).isEqualTo(400);
        assertThat((String) other.read("$.errors[0].field")).isEqualTo("unitCode");
        assertThat((String) api.get("yuanling.registrar", "/api/v1/matters/" + yuanlingMatter).read("$.state")).isEqualTo("REGISTERED");
    }
}
