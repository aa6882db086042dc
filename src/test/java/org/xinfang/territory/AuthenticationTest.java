package org.xinfang.territory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.xinfang.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Staff sign in with the form; the API takes HTTP Basic or a bearer token, and nothing without. */
@IntegrationTest
class AuthenticationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theApiRefusesAnonymousCallsWithAProblemDetail() throws Exception {
        MvcResult r = mvc.perform(get("/api/v1/me")).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(401);
        assertThat(r.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(r.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("请先登录");
    }

    @Test
    void httpBasicAndBearerTokensBothWork() throws Exception {
        MvcResult me = mvc.perform(get("/api/v1/me").with(httpBasic("yuanling.registrar", "demo"))).andReturn();
        assertThat(me.getResponse().getStatus()).isEqualTo(200);
        assertThat(me.getResponse().getContentAsString()).contains("\"431222-PETITION\"");

        assertThat(mvc.perform(get("/api/v1/me").with(httpBasic("yuanling.registrar", "wrong"))).andReturn()
                .getResponse().getStatus()).isEqualTo(401);

        String body = mvc.perform(post("/api/v1/auth/tokens").with(httpBasic("yuanling.registrar", "demo"))).andReturn()
                .getResponse().getContentAsString();
        String token = com.jayway.jsonpath.JsonPath.read(body, "$.token");
        MvcResult withToken = mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andReturn();
        assertThat(withToken.getResponse().getContentAsString()).contains("yuanling.registrar");
        assertThat(mvc.perform(get("/api/v1/me").header("Authorization", "Bearer not-a-token")).andReturn()
                .getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void staffSignInWithTheForm() throws Exception {
        assertThat(mvc.perform(get("/login")).andReturn().getResponse().getStatus()).isEqualTo(200);
        MvcResult ok = mvc.perform(formLogin().user("city.registrar").password("demo")).andReturn();
        assertThat(ok.getResponse().getRedirectedUrl()).isEqualTo("/");
        MvcResult bad = mvc.perform(formLogin().user("city.registrar").password("nope")).andReturn();
        assertThat(bad.getResponse().getRedirectedUrl()).contains("error");
    }

    @Test
    void theApiIsDescribedByOpenApi() throws Exception {
        String doc = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        assertThat(doc).contains("/api/v1/matters", "/api/v1/matters/{id}/acceptance", "/api/v1/matters/{id}/re-review-opinion",
                "/api/v1/territory/units", "Idempotency-Key");
    }
}
