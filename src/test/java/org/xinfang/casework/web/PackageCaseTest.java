package org.xinfang.casework.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfang.support.ApiClient;
import org.xinfang.support.ApiClient.Answer;
import org.xinfang.support.IntegrationTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A leader takes a matter as a package case (包案); it is flagged, listed, and only a higher level may take it over. */
@IntegrationTest
class PackageCaseTest {

    @Autowired
    ApiClient api;

    @Test
    void aLeaderTakesAMatterAsAPackageCaseAndOnlyAHigherLevelTakesItOver() {
        long id = api.post("yuanling.registrar", "/api/v1/matters",
                ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION")).id();
        assertThat(api.post("yuanling.registrar", "/api/v1/matters/" + id + "/package-case", "{\"version\":0}").status())
                .isEqualTo(403);
        Answer county = api.post("yuanling.leader", "/api/v1/matters/" + id + "/package-case", "{\"version\":0,\"reason\":\"县级领导包案\"}");
        assertThat(county.status()).as(county.body()).isEqualTo(200);
        assertThat((Boolean) county.read("$.flags.packageCase")).isTrue();
        assertThat((String) county.read("$.flags.packageLevel")).isEqualTo("COUNTY");

        Answer sameLevelAgain = api.post("yuanling.leader", "/api/v1/matters/" + id + "/package-case", "{\"version\":1}");
        assertThat(sameLevelAgain.status()).isEqualTo(409);
        assertThat((String) sameLevelAgain.read("$.detail")).contains("yuanling.leader");
        Answer city = api.post("city.leader", "/api/v1/matters/" + id + "/package-case", "{\"version\":1,\"reason\":\"市级领导包案\"}");
        assertThat((String) city.read("$.flags.packageLevel")).isEqualTo("CITY");

        List<Integer> listed = api.get("yuanling.registrar", "/api/v1/matters/" + id + "/timeline").read("$[*].seq");
        assertThat(listed).hasSize(3);
    }
}
