package org.xinfang.insight;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.xinfang.support.ApiClient;
import org.xinfang.support.IntegrationTest;
import org.xinfang.territory.Territory;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * {@code GET /api/v1/insight/dashboard} and the page: every chart's numbers with the worklist behind each; another
 * county is not found; wrong days are refused naming the field; only the bureau's viewers read.
 */
@IntegrationTest
class DashboardApiTest {

    @Autowired
    ApiClient api;
    @Autowired
    NamedParameterJdbcTemplate jdbc;
    @Autowired
    Territory territory;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @BeforeEach
    void dataset() {
        DashboardDataset.write(jdbc, territory);
    }

    @Test
    void everyChartsDataForAUnitAndAPeriod() {
        ApiClient.Answer answer = api.get("jingzhou.supervisor", "/api/v1/insight/dashboard?unit=431229&from=2011-01-01&to=2011-06-30");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat((String) answer.read("$.unit.name")).isEqualTo("靖州苗族侗族自治县");
        assertThat((Integer) answer.read("$.items")).isEqualTo(5);
        assertThat((List<Integer>) answer.read("$.months[*].items")).containsExactly(2, 0, 2, 0, 0, 1);
        assertThat((List<Integer>) answer.read("$.channels[?(@.code == 'LETTER')].items")).containsExactly(2);
        assertThat((List<String>) answer.read("$.channels[?(@.code == 'LETTER')].name")).containsExactly("来信");
        assertThat((List<String>) answer.read("$.categories[*].code")).containsExactly("URBAN", "LABOUR");
        assertThat((List<Boolean>) answer.read("$.hotSpots[*].designatedHotSpot")).containsExactly(true, false);
        assertThat((List<Integer>) answer.read("$.areas[?(@.code == '431229001')].items")).containsExactly(3);
        assertThat((List<Integer>) answer.read("$.overdue[*].total")).containsExactly(2, 1);
        assertThat(answer.body()).as("figures only").doesNotContain("idNumber", "phone\"");
    }

    @Test
    void anotherCountyIsNotFoundAndOnlyTheBureausViewersRead() throws Exception {
        assertThat(api.get("jingzhou.supervisor", "/api/v1/insight/dashboard?unit=431230").status()).isEqualTo(404);
        assertThat(api.get("jingzhou.supervisor", "/api/v1/insight/dashboard?unit=431200").status()).isEqualTo(404);
        assertThat(api.get("jingzhou.registrar", "/api/v1/insight/dashboard").status()).isEqualTo(403);
        ApiClient.Answer bad = api.get("city.analyst", "/api/v1/insight/dashboard?from=2011-02-30");
        assertThat(bad.status()).isEqualTo(400);
        assertThat((List<Object>) bad.read("$.errors[*].field")).containsExactly("from");
        var outside = mvc.perform(get("/insight/dashboard?unit=431230")
                .with(user(users.loadUserByUsername("jingzhou.supervisor")))).andReturn().getResponse();
        assertThat(outside.getStatus()).isEqualTo(404);
        var wrong = mvc.perform(get("/insight/dashboard?from=2011-02-30")
                .with(user(users.loadUserByUsername("city.analyst")))).andReturn().getResponse();
        assertThat(wrong.getStatus()).isEqualTo(400);
        assertThat(wrong.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"refusal\"", "2011-02-30");
    }

}
