package org.xinfang.notification;

import org.junit.jupiter.api.BeforeEach;
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
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The inbox knows whether its reader may open each matter (casework's visibility, not widened): the township and the
 * village of the place open a matter arising there; a unit the matter has moved away from (a former lead unit) is
 * told whom to ask instead of being led to a refusal, in the page, in the API and when it opens the notification.
 */
@IntegrationTest
class InboxReachTest {

    @Autowired
    ApiClient api;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    NotificationFixture matters;

    @BeforeEach
    void fixture() {
        matters = new NotificationFixture(api, jdbc);
    }

    @Test
    void theTownshipAndTheVillageOfThePlaceOpenTheMatterFromTheirInbox() throws Exception {
        long id = matters.accepted();
        matters.inboxOf(id, "ACCEPTED");
        // the page first: opened, the notification is read and may fall behind a hundred unread ones of other tests
        String row = row(page("yuanling.yuanlingzhen", "/inbox"), ((Number) mine("yuanling.yuanlingzhen", id).get("id")).longValue());
        assertThat(row).contains("open-notification").doesNotContain("closed-note");
        for (String reader : List.of("yuanling.yuanlingzhen", NotificationFixture.VILLAGE_ACCOUNT)) {
            Map<String, Object> n = mine(reader, id);
            assertThat(n).as(reader).containsEntry("canOpen", true).containsEntry("matterLink", "/matters/" + id)
                    .doesNotContainKey("closedNote");
            assertThat(status(reader, "/matters/" + id)).as(reader + " opens the matter").isEqualTo(200);
            MvcResult opened = open(reader, ((Number) n.get("id")).longValue());
            assertThat(opened.getResponse().getRedirectedUrl()).isEqualTo("/matters/" + id);
        }
    }

    @Test
    void aFormerLeadUnitIsToldWhomToAskAndOpeningLeadsBackToTheInbox() throws Exception {
        long id = matters.accepted();
        matters.inboxOf(id, "ACCEPTED");
        Answer reassigned = api.post("yuanling.registrar", "/api/v1/matters/" + id + "/assignment",
                "{\"version\":1,\"leadUnitCode\":\"431222-EDUCATION\",\"reason\":\"职能调整\"}");
        assertThat(reassigned.status()).as(reassigned.body()).isEqualTo(200);
        assertThat(status("yuanling.housing", "/matters/" + id)).as("out of the housing bureau's reach now").isEqualTo(404);
        String education = jdbc.queryForObject("select name from unit where code = '431222-EDUCATION'", String.class);

        Map<String, Object> n = mine("yuanling.housing", id);
        assertThat(n).containsEntry("canOpen", false).doesNotContainKey("matterLink")
                .containsEntry("closedNote", "本事项由" + education + "办理，您可向承办单位了解详情。");
        long nid = ((Number) n.get("id")).longValue();

        String row = row(page("yuanling.housing", "/inbox"), nid);
        assertThat(row).as("no button leading to a refusal").doesNotContain("open-notification")
                .contains("closed-note", "本事项由" + education + "办理");

        Answer english = api.call("yuanling.housing", org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/api/v1/inbox"), null, "en");
        List<String> notes = english.read("$.notifications[?(@.id == " + nid + ")].closedNote");
        assertThat(notes).singleElement().asString().startsWith("This matter is handled by");

        MvcResult opened = open("yuanling.housing", nid);
        assertThat(opened.getResponse().getRedirectedUrl()).isEqualTo("/inbox");
        assertThat((String) opened.getFlashMap().get("closed")).contains(education);
        assertThat(jdbc.queryForObject("select read_at is not null from notification_inbox where id = ?", Boolean.class, nid))
                .as("opened is read").isTrue();

    }

    @Test
    void anAccusationAgainstTheTownshipIsToldToNobodyThereNorInTheVillagesBelowIt() {
        String body = ApiClient.visit(ApiClient.freshIdNumber(), NotificationFixture.VILLAGE, "RURAL.VILLAGE_AFFAIRS")
                .replace("征收补偿款未到位", "举报镇干部吃拿卡要").replace("我家房屋被征收，补偿款至今未到位，请求督促发放。", "举报沅陵镇某干部办事吃拿卡要。");
        body = body.substring(0, body.lastIndexOf('}'))
                + ",\"accused\":{\"rank\":\"TOWNSHIP_SECTION\",\"post\":\"副镇长\",\"unitCode\":\"431222001\"}}";
        Answer registered = api.post("yuanling.registrar", "/api/v1/matters", body);
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        long id = registered.id();
        Answer accepted = api.post("yuanling.registrar", "/api/v1/matters/" + id + "/acceptance",
                "{\"version\":0,\"outcome\":\"ACCEPTED\",\"notice\":\"已受理\",\"leadUnitCode\":\"431222-PETITION\",\"type\":\"ACCUSATION\"}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(matters.inboxOf(id, "ACCEPTED")).as("the bureau holding it is told; the accused township and its village are not")
                .containsKey("yuanling.registrar")
                .doesNotContainKeys("yuanling.yuanlingzhen", NotificationFixture.VILLAGE_ACCOUNT);
    }

    private Map<String, Object> mine(String reader, long matter) {
        Answer inbox = api.get(reader, "/api/v1/inbox");
        assertThat(inbox.status()).as(inbox.body()).isEqualTo(200);
        List<Map<String, Object>> rows = inbox.read("$.notifications[?(@.matterId == " + matter + " && @.step == 'ACCEPTED')]");
        assertThat(rows).as(reader).hasSize(1);
        return rows.get(0);
    }

    private MvcResult open(String reader, long notification) throws Exception {
        return mvc.perform(post("/inbox/" + notification + "/open").with(user(users.loadUserByUsername(reader)))
                .with(csrf())).andReturn();
    }

    private String page(String reader, String uri) throws Exception {
        MvcResult r = mvc.perform(get(uri).with(user(users.loadUserByUsername(reader)))).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private int status(String reader, String uri) throws Exception {
        return mvc.perform(get(uri).with(user(users.loadUserByUsername(reader)))).andReturn().getResponse().getStatus();
    }

    /** The page's list item of one notification. */
    private static String row(String page, long notification) {
        int from = page.indexOf("id=\"notification-" + notification + "\"");
        assertThat(from).as("the notification is listed").isPositive();
        int to = page.indexOf("</li>", from);
        return page.substring(from, to);
    }
}
