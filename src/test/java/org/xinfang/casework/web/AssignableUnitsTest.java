package org.xinfang.casework.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.xinfang.support.ApiClient;
import org.xinfang.support.ApiClient.Answer;
import org.xinfang.support.IntegrationTest;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The API and the matter page apply one jurisdiction rule: the page offers what the API accepts, and no more. */
@IntegrationTest
class AssignableUnitsTest {

    @Autowired
    ApiClient api;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @Test
    void theCityBureauIsOfferedAndMayNameACountysDepartmentButNotATownship() throws Exception {
        long id = api.post("city.registrar", "/api/v1/matters", ApiClient.visit(ApiClient.freshIdNumber(), "431222001001",
                "URBAN.DEMOLITION")).id();
        String page = mvc.perform(get("/matters/" + id).with(user(users.loadUserByUsername("city.registrar"))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("value=\"431222-HOUSING\"").doesNotContain("value=\"431222001\"");

        Answer township = api.post("city.registrar", "/api/v1/matters/" + id + "/routing",
                "{\"version\":0,\"kind\":\"ASSIGNMENT\",\"unitCode\":\"431222001\"}");
        assertThat(township.status()).isEqualTo(400);
        assertThat((String) township.read("$.errors[0].field")).isEqualTo("unitCode");
        assertThat(api.post("city.registrar", "/api/v1/matters/" + id + "/routing",
                "{\"version\":0,\"kind\":\"ASSIGNMENT\",\"unitCode\":\"431222-HOUSING\"}").status()).isEqualTo(200);
    }

    @Test
    void theRoutingFormOffersOtherBodiesNotTheRegistrarsOwnBureau() throws Exception {
        long id = api.post("yuanling.registrar", "/api/v1/matters", ApiClient.visit(ApiClient.freshIdNumber(), "431222001001",
                "URBAN.DEMOLITION")).id();
        String page = mvc.perform(get("/matters/" + id).with(user(users.loadUserByUsername("yuanling.registrar"))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        // routing passes the matter on to another body; accepting may still name the bureau itself as the lead
        assertThat(select(page, "route-unit")).contains("value=\"431222-HOUSING\"").doesNotContain("value=\"431222-PETITION\"");
        assertThat(select(page, "accept-lead")).contains("value=\"431222-PETITION\"");
    }

    /** The options of the page's select with this id. */
    private static String select(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertThat(start).as(id).isNotNegative();
        return page.substring(start, page.indexOf("</select>", start));
    }
}
