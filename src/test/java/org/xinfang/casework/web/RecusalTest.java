package org.xinfang.casework.web;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.xinfang.support.ApiClient;
import org.xinfang.support.ApiClient.Answer;
import org.xinfang.support.IntegrationTest;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Recusal (回避, 2022 art. 28 ¶3): who declared a conflict of interest takes no step on the matter; a colleague does. */
@IntegrationTest
class RecusalTest {

    @Autowired
    ApiClient api;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    /** A second registrar at the Yuanling office, a colleague of yuanling.registrar. */
    private String colleague() {
        String username = "yuanling.registrar.recusal";
        if (jdbc.queryForObject("select count(*) from staff where username = ?", Long.class, username) == 0) {
            jdbc.update("""
                    insert into staff (username, display_name, password_hash, unit_id)
                    select ?, '李文', password_hash, unit_id from staff where username = 'yuanling.registrar'""", username);
            jdbc.update("insert into staff_role (staff_id, role) select id, 'REGISTRAR' from staff where username = ?", username);
        }
        return username;
    }

    @Test
    @DisplayName("art. 28 ¶3: after declaring a conflict of interest a registrar's routing is refused, naming the reason; a colleague routes it")
    void art28_3_aRecusedRegistrarIsRefusedAndAColleagueActs() throws Exception {
        String colleague = colleague();
        long id = api.post("yuanling.registrar", "/api/v1/matters",
                ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION")).id();

        assertThat(api.post("yuanling.registrar", "/api/v1/matters/" + id + "/recusal", "{\"version\":0}").status())
                .as("a declaration needs its reason").isEqualTo(400);
        Answer declared = api.post("yuanling.registrar", "/api/v1/matters/" + id + "/recusal",
                "{\"version\":0,\"reason\":\"信访人是我的表兄\"}");
        assertThat(declared.status()).as(declared.body()).isEqualTo(200);
        assertThat((List<String>) declared.read("$.recusals[*].username")).containsExactly("yuanling.registrar");
        assertThat((List<String>) declared.read("$.recusals[*].reason")).containsExactly("信访人是我的表兄");
        assertThat((List<?>) declared.read("$.allowedActions")).as("nothing is offered to them").isEmpty();
        assertThat((List<?>) declared.read("$.recordActions")).isEmpty();
        assertThat((List<String>) api.get(colleague, "/api/v1/matters/" + id).read("$.recordActions"))
                .contains("CORRECT_FLAGS", "DECLARE_RECUSAL");
        Answer timeline = api.get("yuanling.registrar", "/api/v1/matters/" + id + "/timeline");
        assertThat((List<String>) timeline.read("$[*].type")).containsExactly("REGISTERED", "RECUSAL_DECLARED");
        assertThat((String) timeline.read("$[1].actor")).isEqualTo("yuanling.registrar");
        assertThat((String) timeline.read("$[1].reason")).isEqualTo("信访人是我的表兄");

        String routing = "{\"version\":1,\"kind\":\"TRANSFER\",\"unitCode\":\"431222-HOUSING\"}";
        Answer refused = api.post("yuanling.registrar", "/api/v1/matters/" + id + "/routing", routing);
        assertThat(refused.status()).isEqualTo(403);
        assertThat((String) refused.read("$.detail")).contains("回避", "信访人是我的表兄");
        Answer inEnglish = api.postInEnglish("yuanling.registrar", "/api/v1/matters/" + id + "/routing", routing);
        assertThat((String) inEnglish.read("$.detail")).contains("conflict of interest", "信访人是我的表兄");
        assertThat(api.post("yuanling.registrar", "/api/v1/matters/" + id + "/recusal",
                "{\"version\":1,\"reason\":\"再次\"}").status()).isEqualTo(403);

        // the staff page's door refuses the same, with the reason
        MvcResult page = mvc.perform(post("/matters/" + id + "/routing").param("version", "1").param("kind", "TRANSFER")
                .param("unitCode", "431222-HOUSING").with(user(users.loadUserByUsername("yuanling.registrar"))).with(csrf()))
                .andReturn();
        assertThat(String.valueOf(page.getFlashMap().get("error"))).contains("信访人是我的表兄");
        String shown = mvc.perform(get("/matters/" + id).with(user(users.loadUserByUsername("yuanling.registrar"))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(shown).contains("id=\"recusals\"").doesNotContain("form-route");

        Answer routed = api.post(colleague, "/api/v1/matters/" + id + "/routing", routing);
        assertThat(routed.status()).as(routed.body()).isEqualTo(200);
        assertThat((String) routed.read("$.state")).isEqualTo("ROUTED");
    }
}
