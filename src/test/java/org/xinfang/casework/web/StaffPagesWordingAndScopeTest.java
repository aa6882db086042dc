package org.xinfang.casework.web;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.xinfang.support.ApiClient;
import org.xinfang.support.IntegrationTest;
import org.xinfang.support.MutableClock;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What the staff pages call things: refusals name actions and states by their labels, a government holding a matter
 * is named as its people's government, English labels are capitalised, and "my unit's open matters" is what the
 * person's own unit holds.
 */
@IntegrationTest
class StaffPagesWordingAndScopeTest {

    private static final Cookie ENGLISH = new Cookie("xinfang-lang", "en");

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApiClient api;
    @Autowired
    MutableClock clock;

    @Test
    void aRefusedPageNamesTheActionByItsLabelInEitherLanguage() throws Exception {
        MvcResult chinese = perform("city.analyst", get("/supervision"));
        assertThat(chinese.getResponse().getStatus()).isEqualTo(403);
        assertThat(body(chinese)).contains("“发出督办单”").doesNotContain("SUPERVISE");

        MvcResult english = perform("city.analyst", get("/supervision").cookie(ENGLISH));
        assertThat(english.getResponse().getStatus()).isEqualTo(403);
        assertThat(body(english)).contains("Issue a supervision notice").doesNotContain("SUPERVISE");
    }

    @Test
    void aRefusedActionOnTheMatterPageNamesTheActionAndTheStateByTheirLabels() throws Exception {
        long id = register("yuanling.registrar", "URBAN.DEMOLITION");
        MvcResult chinese = perform("yuanling.registrar", post("/matters/" + id + "/closure").with(csrf()).param("version", "0"));
        assertThat((String) chinese.getFlashMap().get("error")).contains("已登记", "办结").doesNotContain("REGISTERED", "CLOSE");
        MvcResult english = perform("yuanling.registrar", post("/matters/" + id + "/closure").with(csrf())
                .param("version", "0").cookie(ENGLISH));
        assertThat((String) english.getFlashMap().get("error")).contains("\"Registered\"", "\"Close\"")
                .doesNotContain("REGISTERED");
    }

    @Test
    void englishStateAndActionLabelsAreCapitalised() throws Exception {
        long id = register("yuanling.registrar", "URBAN.DEMOLITION");
        String matter = page("yuanling.registrar", get("/matters/" + id).cookie(ENGLISH));
        assertThat(matter).contains("id=\"state\">Registered</span>", ">Route</button>").doesNotContain(">registered<");
    }

    @Test
    void aGovernmentHoldingAMatterIsNamedAsItsPeoplesGovernment() throws Exception {
        long id = register("yuanling.registrar", "ENVIRONMENT.ASSESSMENT");
        assertThat(api.post("yuanling.registrar", "/api/v1/matters/" + id + "/routing",
                "{\"version\":0,\"kind\":\"ASSIGNMENT\",\"unitCode\":\"431222\"}").status()).isEqualTo(200);
        ApiClient.Answer json = api.get("yuanling.registrar", "/api/v1/matters/" + id);
        assertThat((String) json.read("$.responsibleUnit.name")).isEqualTo("沅陵县人民政府");
        assertThat((String) json.read("$.place.name")).isEqualTo("月亮坪社区");

        assertThat(page("yuanling.registrar", get("/matters/" + id))).contains("id=\"holder\">沅陵县人民政府</dd>");
        assertThat(page("yuanling.registrar", get("/matters/" + id).cookie(ENGLISH)))
                .contains("id=\"holder\">Yuanling County People&#39;s Government</dd>");
        String worklist = page("yuanling.registrar", get("/worklist").param("scope", "all")
                .param("category", "ENVIRONMENT.ASSESSMENT").param("county", "431222"));
        assertThat(worklist).contains(">沅陵县人民政府</td>");

        Instant now = clock.instant();
        clock.advanceDays(16); // past the 15 days the government has for its acceptance decision
        try {
            assertThat(page("yuanling.supervisor", get("/supervision"))).contains("<th scope=\"row\">沅陵县人民政府</th>");
            assertThat(page("yuanling.supervisor", get("/supervision").cookie(ENGLISH)))
                    .contains("<th scope=\"row\">Yuanling County People&#39;s Government</th>");
        } finally {
            clock.set(now); // other tests' fresh matters are listed first only while today stays today
        }
    }

    @Test
    void myUnitsOpenMattersAreTheOnesMyOwnUnitHolds() throws Exception {
        String category = "ENVIRONMENT.ECOLOGY";
        String atCounty = referenceNo(register("yuanling.registrar", category));
        String atCity = referenceNo(register("city.registrar", category));

        String cityMine = page("city.registrar", get("/worklist").param("category", category).param("county", "431222"));
        assertThat(cityMine).contains(atCity).doesNotContain(atCounty);
        String cityAll = page("city.registrar", get("/worklist").param("scope", "all").param("category", category)
                .param("county", "431222"));
        assertThat(cityAll).contains(atCity, atCounty);

        String countyMine = page("yuanling.registrar", get("/worklist").param("category", category).param("county", "431222"));
        assertThat(countyMine).contains(atCounty).doesNotContain(atCity);
    }

    private long register(String registrar, String category) {
        ApiClient.Answer a = api.post(registrar, "/api/v1/matters",
                ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", category));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.id();
    }

    private String referenceNo(long id) {
        return api.get("city.registrar", "/api/v1/matters/" + id).read("$.referenceNo");
    }

    private MvcResult perform(String username, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(users.loadUserByUsername(username)))).andReturn();
    }

    private String page(String username, MockHttpServletRequestBuilder request) throws Exception {
        MvcResult r = perform(username, request);
        assertThat(r.getResponse().getStatus()).as(body(r)).isEqualTo(200);
        return body(r);
    }

    private static String body(MvcResult r) throws Exception {
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
