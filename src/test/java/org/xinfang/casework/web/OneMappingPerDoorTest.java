package org.xinfang.casework.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.xinfang.casework.MatterCommand;
import org.xinfang.support.ApiClient;
import org.xinfang.support.ApiClient.Answer;
import org.xinfang.support.IntegrationTest;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every transition goes through one mapping per door, {@code .../{id}/{action}}: an action that names no command is
 * answered as an unmapped address was, and the OpenAPI document still lists each action with its own body.
 */
@IntegrationTest
class OneMappingPerDoorTest {

    @Autowired
    ApiClient api;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @Test
    void anActionThatNamesNoCommandIsAnUnknownAddressOnBothDoors() throws Exception {
        long id = api.post("yuanling.registrar", "/api/v1/matters", ApiClient.visit(ApiClient.freshIdNumber(), "431222001001",
                "URBAN.DEMOLITION")).id();
        Answer none = api.post("yuanling.registrar", "/api/v1/matters/" + id + "/demolition", "{\"version\":0}");
        assertThat(none.status()).isEqualTo(404);
        assertThat((String) none.read("$.type")).isEqualTo(api.post("yuanling.registrar", "/api/v1/nothing", "{}").read("$.type"));
        assertThat(mvc.perform(post("/matters/" + id + "/demolition").with(csrf()).param("version", "0")
                .with(user(users.loadUserByUsername("yuanling.registrar")))).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat((String) api.get("yuanling.registrar", "/api/v1/matters/" + id).read("$.state")).isEqualTo("REGISTERED");
    }

    @Test
    void theApiDocumentGivesEachActionItsOwnBody() throws Exception {
        String doc = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(doc).doesNotContain("{action}");
        for (MatterCommand.Type command : MatterCommand.Type.ALL) {
            assertThat(doc).contains("\"/api/v1/matters/{id}/" + command.path() + "\"",
                    "#/components/schemas/" + command.type().getSimpleName(), command.summary());
        }
    }
}
