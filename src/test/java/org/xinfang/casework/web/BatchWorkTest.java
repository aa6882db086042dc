package org.xinfang.casework.web;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.xinfang.support.ApiClient;
import org.xinfang.support.ApiClient.Answer;
import org.xinfang.support.IntegrationTest;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Batch work in the worklist (issue 11, item 2): each ticked matter through its own command, its own checks and its own
 * timeline entry; a refusal of one leaves the others done; the result lists both, with the reason.
 */
@IntegrationTest
class BatchWorkTest {

    @Autowired
    ApiClient api;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aBatchRoutingDoesEachMatterItCanAndSaysWhyItRefusedTheOthers() {
        long first = register("yuanling.registrar", "431222001001");
        long second = register("yuanling.registrar", "431222001001");
        long already = register("yuanling.registrar", "431222001001");
        assertThat(api.post("yuanling.registrar", "/api/v1/matters/" + already + "/routing",
                "{\"version\":0,\"kind\":\"TRANSFER\",\"unitCode\":\"431222-HOUSING\"}").status()).isEqualTo(200);
        long elsewhere = register("hecheng.registrar", "431202001001");
        int alreadyEvents = events(already);

        Answer batch = api.post("yuanling.registrar", "/api/v1/matters/batch/route", """
                {"ids":[%d,%d,%d,%d],"kind":"ASSIGNMENT","unitCode":"431222-HOUSING","reason":"批量交办住建局"}"""
                .formatted(first, already, second, elsewhere));
        assertThat(batch.status()).as(batch.body()).isEqualTo(200);
        List<Map<String, Object>> results = batch.read("$");
        assertThat(results).extracting(r -> ((Number) r.get("id")).longValue()).containsExactly(first, already, second, elsewhere);
        assertThat(results).extracting(r -> r.get("done")).containsExactly(true, false, true, false);
        assertThat((String) results.get(1).get("message")).contains("已转送待受理", "不能执行");
        assertThat(results.get(1).get("status")).isEqualTo(409);
        assertThat(results.get(3).get("status")).isEqualTo(404);
        assertThat(results.get(3).get("referenceNo")).isNull();

        // each done matter has its own timeline entry with the reason; the refused ones are untouched
        for (long id : List.of(first, second)) {
            assertThat((String) api.get("yuanling.registrar", "/api/v1/matters/" + id).read("$.state")).isEqualTo("ROUTED");
            List<Map<String, Object>> timeline = api.get("yuanling.registrar", "/api/v1/matters/" + id + "/timeline").read("$");
            assertThat(timeline.get(timeline.size() - 1)).containsEntry("type", "ROUTED").containsEntry("reason", "批量交办住建局");
        }
        assertThat(events(already)).isEqualTo(alreadyEvents);
        assertThat((String) api.get("hecheng.registrar", "/api/v1/matters/" + elsewhere).read("$.state")).isEqualTo("REGISTERED");
        // in English, the refusal is in English
        List<Map<String, Object>> english = api.postInEnglish("yuanling.registrar", "/api/v1/matters/batch/route",
                "{\"ids\":[%d],\"kind\":\"TRANSFER\",\"unitCode\":\"431222-HOUSING\"}".formatted(already)).read("$");
        assertThat((String) english.get(0).get("message")).contains("is not possible now");
    }

    @Test
    void whatTheWholeBatchLacksIsRefusedBeforeAnyMatterIsTouched() {
        long id = register("yuanling.registrar", "431222001001");
        Answer noReason = api.post("yuanling.supervisor", "/api/v1/matters/batch/supervise", "{\"ids\":[%d]}".formatted(id));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("请填写理由");
        assertThat(api.post("yuanling.registrar", "/api/v1/matters/batch/route", "{\"ids\":[%d],\"kind\":\"TRANSFER\"}"
                .formatted(id)).body()).contains("接收单位");
        assertThat(api.post("yuanling.registrar", "/api/v1/matters/batch/route", "{\"ids\":[]}").status()).isEqualTo(400);
        assertThat(api.post("yuanling.registrar", "/api/v1/matters/batch/demolish", "{\"ids\":[1]}").status()).isEqualTo(404);
        assertThat(events(id)).isEqualTo(1);

        // supervision in a batch: one notice per matter
        long other = register("yuanling.registrar", "431222001001");
        List<Map<String, Object>> done = api.post("yuanling.supervisor", "/api/v1/matters/batch/supervise",
                "{\"ids\":[%d,%d],\"reason\":\"逾期未转送\"}".formatted(id, other)).read("$");
        assertThat(done).extracting(r -> r.get("done")).containsExactly(true, true);
        assertThat(jdbc.queryForObject("select supervision_count from matter where id = ?", Integer.class, other)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select type from matter_event where matter_id = ? order by seq desc limit 1", String.class, other))
                .isEqualTo("SUPERVISION_NOTICE_ISSUED");
        // a registrar may not supervise: refused per matter, as forbidden
        List<Map<String, Object>> refused = api.post("yuanling.registrar", "/api/v1/matters/batch/supervise",
                "{\"ids\":[%d],\"reason\":\"督办\"}".formatted(id)).read("$");
        assertThat(refused.get(0)).containsEntry("done", false).containsEntry("status", 403);
    }

    @Test
    void theResultPageListsWhatWasDoneAndWhatWasRefusedAndWhy() throws Exception {
        long done = register("yuanling.registrar", "431222001001");
        long refused = register("yuanling.registrar", "431222001001");
        api.post("yuanling.registrar", "/api/v1/matters/" + refused + "/routing",
                "{\"version\":0,\"kind\":\"TRANSFER\",\"unitCode\":\"431222-HOUSING\"}");
        MockHttpServletResponse r = mvc.perform(post("/worklist/batch").with(csrf())
                .with(user(users.loadUserByUsername("yuanling.registrar")))
                .param("action", "route").param("ids", String.valueOf(done), String.valueOf(refused))
                .param("kind", "TRANSFER").param("unitCode", "431222-HOUSING").param("query", "scope=all"))
                .andReturn().getResponse();
        String html = r.getContentAsString(StandardCharsets.UTF_8);
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(html).contains("已办理 1 件，未办理 1 件", "已转送交办", "不能执行", "href=\"/worklist?scope=all\"",
                ref(done), ref(refused));
        assertThat(html).containsPattern("data-id=\"" + refused + "\"[\\s\\S]*?事项当前状态为“已转送待受理”");
    }

    @Test
    void theTickedMattersAreExportedWithTheListsFiltersAndOnlyThem() throws Exception {
        long a = register("yuanling.registrar", "431222001001");
        long b = register("yuanling.registrar", "431222001001");
        register("yuanling.registrar", "431222001001");
        MockHttpServletResponse redirect = mvc.perform(post("/worklist/batch").with(csrf())
                .with(user(users.loadUserByUsername("yuanling.registrar")))
                .param("action", "export").param("ids", String.valueOf(a), String.valueOf(b)).param("query", "scope=all&sort=reference,desc"))
                .andReturn().getResponse();
        assertThat(redirect.getRedirectedUrl()).isEqualTo("/worklist.xlsx?scope=all&sort=reference,desc&ids=" + a + "&ids=" + b);
        byte[] file = mvc.perform(get(redirect.getRedirectedUrl()).with(user(users.loadUserByUsername("yuanling.registrar"))))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            // in the list's order: reference numbers descending
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(ref(b));
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo(ref(a));
        }
    }

    private long register(String registrar, String place) {
        Answer a = api.post(registrar, "/api/v1/matters", ApiClient.visit(ApiClient.freshIdNumber(), place, "URBAN.DEMOLITION"));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.id();
    }

    private String ref(long id) {
        return jdbc.queryForObject("select reference_no from matter where id = ?", String.class, id);
    }

    private int events(long id) {
        return jdbc.queryForObject("select count(*) from matter_event where matter_id = ?", Integer.class, id);
    }
}
