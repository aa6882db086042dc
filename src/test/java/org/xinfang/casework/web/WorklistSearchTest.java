package org.xinfang.casework.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.xinfang.support.ApiClient;
import org.xinfang.support.ApiClient.Answer;
import org.xinfang.support.IntegrationTest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The worklist's search box, on the page and in the API (issue 11, item 1): the exact look-ups and their audit. */
@IntegrationTest
class WorklistSearchTest {

    @Autowired
    ApiClient api;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.xinfang.support.MutableClock clock;

    @Test
    void aRegistrarFindsTheMatterByEachThingAPetitionerOrALetterGivesThem() throws Exception {
        String idNumber = ApiClient.freshIdNumber();
        String phone = "139" + String.format("%08d", Math.abs(UUID.randomUUID().getMostSignificantBits()) % 100_000_000L);
        String word = "查找" + UUID.randomUUID().toString().substring(0, 6);
        String name = "检索" + UUID.randomUUID().toString().substring(0, 4);
        Answer registered = api.post("yuanling.registrar", "/api/v1/matters", """
                {"channel":"VISIT","petitioner":{"name":"%s","idNumber":"%s","phone":"%s"},"persons":1,
                 "categoryCode":"URBAN.DEMOLITION","placeCode":"431222001001","title":"补偿款%s未到位",
                 "content":"补偿款至今未到位。"}""".formatted(name, idNumber, phone, word));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String ref = registered.read("$.referenceNo");
        String code = api.get("yuanling.registrar", "/api/v1/matters/" + registered.id()).read("$.queryCode");

        for (String typed : List.of(ref, ref.toLowerCase(), code, code.replace("-", " "), idNumber, phone,
                phone.substring(0, 3) + "-" + phone.substring(3, 7) + "-" + phone.substring(7), name, word, word.toUpperCase())) {
            List<Map<String, Object>> found = api.get("yuanling.registrar", "/api/v1/matters?q=" + enc(typed)).read("$.items");
            assertThat(found).as("q=%s", typed).extracting(m -> m.get("referenceNo")).containsExactly(ref);
            String page = page("yuanling.registrar", "/worklist?scope=all&q=" + enc(typed));
            assertThat(page).as("the page for q=%s", typed).contains(ref, "共 1 件");
        }
        // the box keeps what was typed, and nothing else is found by a word that is nowhere
        assertThat(page("yuanling.registrar", "/worklist?scope=all&q=" + enc(word))).contains("value=\"" + word + "\"");
        assertThat((List<?>) api.get("yuanling.registrar", "/api/v1/matters?q=" + enc(word + "不存在")).read("$.items")).isEmpty();
        // another county's registrar finds nothing of it, whatever they type
        assertThat((List<?>) api.get("hecheng.registrar", "/api/v1/matters?q=" + enc(idNumber)).read("$.items")).isEmpty();
        assertThat((List<?>) api.get("hecheng.registrar", "/api/v1/matters?q=" + enc(ref)).read("$.items")).isEmpty();
    }

    @Test
    void lookUpsByIdNumberOrPhoneAreAuditedMaskedAndRefusedToMaskedRoles() throws Exception {
        String idNumber = ApiClient.freshIdNumber();
        long id = api.post("yuanling.registrar", "/api/v1/matters", ApiClient.visit(idNumber, "431222001001", "URBAN.DEMOLITION")).id();
        long before = jdbc.queryForObject("select count(*) from personal_data_lookup", Long.class);

        assertThat((List<?>) api.get("yuanling.registrar", "/api/v1/matters?q=" + idNumber).read("$.items")).hasSize(1);
        page("yuanling.registrar", "/worklist?scope=all&q=13812345678");
        List<Map<String, Object>> audit = jdbc.queryForList("select username, kind, masked_value, value_hash, found"
                + " from personal_data_lookup order by id desc limit 2");
        assertThat(jdbc.queryForObject("select count(*) from personal_data_lookup", Long.class)).isEqualTo(before + 2);
        assertThat(audit.get(1)).containsEntry("username", "yuanling.registrar").containsEntry("kind", "ID_NUMBER")
                .containsEntry("masked_value", idNumber.substring(0, 6) + "********" + idNumber.substring(14))
                .containsEntry("found", 1L);
        assertThat(audit.get(0)).containsEntry("kind", "PHONE").containsEntry("masked_value", "138****5678");
        assertThat(audit.toString()).doesNotContain(idNumber, "13812345678");
        // a word of the title is no personal data: not recorded
        api.get("yuanling.registrar", "/api/v1/matters?q=" + enc("补偿款"));
        assertThat(jdbc.queryForObject("select count(*) from personal_data_lookup", Long.class)).isEqualTo(before + 2);

        // the analyst sees personal data masked: no look-up by number, in words, on the API and the page
        Answer refused = api.get("city.analyst", "/api/v1/matters?q=" + idNumber);
        assertThat(refused.status()).isEqualTo(403);
        assertThat((String) refused.read("$.detail")).contains("不能按身份证号或电话查找");
        assertThat(page("city.analyst", "/worklist?scope=all&q=" + idNumber)).contains("不能按身份证号或电话查找");
        assertThat((List<?>) api.get("city.analyst", "/api/v1/matters?q=" + enc("征收补偿款未到位") + "&size=200").read("$.items"))
                .isNotEmpty();
        // a term longer than the box takes is refused, naming the field
        Answer tooLong = api.get("yuanling.registrar", "/api/v1/matters?q=" + "长".repeat(101));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body()).contains("q");
        assertThat(id).isPositive();
    }

    @Test
    void theDateRangesNarrowTheListByReceiptDeadlineAndLastStepAndRefuseARangeEndingBeforeItStarts() throws Exception {
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        String word = "日期" + UUID.randomUUID().toString().substring(0, 6);
        String early = register(word, today.minusDays(10));
        String late = register(word, today.minusDays(2));

        assertThat(refs("receivedFrom=" + today.minusDays(5), word)).containsExactly(late);
        assertThat(refs("receivedTo=" + today.minusDays(5), word)).containsExactly(early);
        assertThat(refs("receivedFrom=" + today.minusDays(10) + "&receivedTo=" + today.minusDays(10), word)).containsExactly(early);
        // routing is due 15 days after receipt: the early one's deadline comes first
        assertThat(refs("dueTo=" + today.minusDays(10).plusDays(15), word)).containsExactly(early);
        // both were registered today: that is their last step
        assertThat(refs("lastStepFrom=" + today + "&lastStepTo=" + today, word)).containsExactlyInAnyOrder(early, late);
        assertThat(refs("lastStepTo=" + today.minusDays(1), word)).isEmpty();
        String page = page("yuanling.registrar", "/worklist?scope=all&q=" + word + "&receivedFrom=" + today.minusDays(5));
        assertThat(page).contains(late, "value=\"" + today.minusDays(5) + "\"").doesNotContain(early);

        Answer backwards = api.get("yuanling.registrar", "/api/v1/matters?receivedFrom=" + today + "&receivedTo=" + today.minusDays(1));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.body()).contains("receivedTo", "早于开始日期");
        assertThat(api.get("yuanling.registrar", "/api/v1/matters?dueFrom=2026-13-01").status()).isEqualTo(400);
    }

    private String register(String word, java.time.LocalDate receivedOn) {
        Answer a = api.post("yuanling.registrar", "/api/v1/matters", """
                {"channel":"LETTER","petitioner":{"name":"赵六"},"categoryCode":"URBAN.DEMOLITION","placeCode":"431222001001",
                 "title":"补偿款%s","content":"补偿款至今未到位。","receivedOn":"%s"}""".formatted(word, receivedOn));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.read("$.referenceNo");
    }

    private List<Object> refs(String range, String word) {
        List<Map<String, Object>> items = api.get("yuanling.registrar", "/api/v1/matters?q=" + word + "&" + range).read("$.items");
        return items.stream().map(m -> m.get("referenceNo")).toList();
    }

    private String page(String username, String uri) throws Exception {
        return mvc.perform(get(uri).with(user(users.loadUserByUsername(username)))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** As typed: MockMvc encodes the address once, as a browser does. */
    private static String enc(String s) {
        return s;
    }
}
