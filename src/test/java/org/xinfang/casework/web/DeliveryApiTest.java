package org.xinfang.casework.web;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.xinfang.support.ApiClient;
import org.xinfang.support.ApiClient.Answer;
import org.xinfang.support.IntegrationTest;
import org.xinfang.support.MutableClock;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The delivery (送达) of the written documents through the API and the staff pages: recording it, the refusals of bad
 * input in the caller's language, the review window from the delivery (2022 art. 35), the undelivered list on the
 * matter page and the worklist's and the API's filter on it.
 */
@IntegrationTest
class DeliveryApiTest {

    @Autowired
    ApiClient api;
    @Autowired
    MutableClock clock;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @Test
    @DisplayName("art. 35: the API refuses review before the opinion is delivered, naming its date, and opens the window from the delivery")
    void reviewIsRefusedBeforeDeliveryAndOpensFromIt() {
        long id = repliedMatter();
        String writtenOn = clock.today().toString();
        Answer matter = api.get("yuanling.registrar", "/api/v1/matters/" + id);
        assertThat((List<String>) matter.read("$.undelivered")).containsExactly("acceptance-notice", "handling-opinion");
        assertThat((Boolean) matter.read("$.flags.undelivered")).isTrue();
        assertThat((List<String>) matter.read("$.allowedActions")).contains("RECORD_DELIVERY").doesNotContain("REQUEST_REVIEW");
        assertThat((java.util.Map<String, Object>) matter.read("$.deadlines")).as("no review window before delivery")
                .doesNotContainKey("reviewRequestDeadline");

        Answer early = api.post("yuanling.registrar", "/api/v1/matters/" + id + "/review-request", "{\"version\":3,\"reason\":\"不服\"}");
        assertThat(early.status()).isEqualTo(409);
        assertThat((String) early.read("$.detail")).contains("处理意见书（" + writtenOn + " 作出）尚未送达", "第三十五条");
        Answer earlyEn = api.postInEnglish("yuanling.registrar", "/api/v1/matters/" + id + "/review-request",
                "{\"version\":3,\"reason\":\"不服\"}");
        assertThat((String) earlyEn.read("$.detail")).contains("has not been delivered", writtenOn);

        clock.advanceDays(4);
        String deliveredOn = clock.today().minusDays(1).toString();
        Answer delivered = step("yuanling.housing", id, "delivery", "{\"version\":3,\"document\":\"handling-opinion\","
                + "\"method\":\"POST\",\"trackingNumber\":\"EA123456789CN\",\"deliveredOn\":\"" + deliveredOn
                + "\",\"outcome\":\"SIGNED\",\"deliveredBy\":\"中国邮政EMS\"}");
        String lastDay = clock.today().minusDays(1).plusDays(30).toString();
        assertThat((String) delivered.read("$.deadlines.reviewRequestDeadline")).isEqualTo(lastDay);
        assertThat((String) delivered.read("$.deliveries[0].document")).isEqualTo("handling-opinion");
        assertThat((String) delivered.read("$.deliveries[0].method")).isEqualTo("POST");
        assertThat((String) delivered.read("$.deliveries[0].deliveredOn")).isEqualTo(deliveredOn);
        assertThat((String) delivered.read("$.deliveries[0].trackingNumber")).isEqualTo("EA123456789CN");
        assertThat((String) delivered.read("$.deliveries[0].recordedBy")).isEqualTo("yuanling.housing");
        assertThat((List<String>) delivered.read("$.undelivered")).containsExactly("acceptance-notice");
        assertThat((List<String>) api.get("yuanling.registrar", "/api/v1/matters/" + id).read("$.allowedActions"))
                .contains("REQUEST_REVIEW");

        clock.advanceDays(30);
        try {
            Answer late = api.post("yuanling.registrar", "/api/v1/matters/" + id + "/review-request", "{\"version\":4,\"reason\":\"不服\"}");
            assertThat(late.status()).isEqualTo(409);
            assertThat((String) late.read("$.detail")).contains("复查请求已超过法定期限", lastDay, deliveredOn);
        } finally {
            clock.advanceDays(-34);
        }
    }

    @Test
    void badDeliveriesAreRefusedNamingTheFieldAndInTheCallersLanguage() {
        long id = repliedMatter();
        String today = clock.today().toString();
        Answer unknown = delivery(id, "{\"version\":3,\"document\":\"letter\",\"method\":\"IN_PERSON\",\"outcome\":\"SIGNED\"}");
        assertRefused(unknown, 400, "document");
        assertThat((String) unknown.read("$.detail")).contains("没有名为“letter”的文书", "handling-opinion");

        Answer notIssued = delivery(id, "{\"version\":3,\"document\":\"review-opinion\",\"method\":\"IN_PERSON\",\"outcome\":\"SIGNED\"}");
        assertThat(notIssued.status()).isEqualTo(409);
        assertThat((String) notIssued.read("$.detail")).contains("复查意见书", "尚未作出");

        Answer noTracking = delivery(id, "{\"version\":3,\"document\":\"handling-opinion\",\"method\":\"POST\",\"outcome\":\"SIGNED\"}");
        assertRefused(noTracking, 400, "trackingNumber");
        assertThat((String) noTracking.read("$.detail")).contains("邮件号码");
        Answer noTrackingEn = api.postInEnglish("yuanling.registrar", "/api/v1/matters/" + id + "/delivery",
                "{\"version\":3,\"document\":\"handling-opinion\",\"method\":\"POST\",\"outcome\":\"SIGNED\"}");
        assertThat((String) noTrackingEn.read("$.detail")).contains("tracking number").doesNotContain("邮件");

        Answer future = delivery(id, "{\"version\":3,\"document\":\"handling-opinion\",\"method\":\"IN_PERSON\",\"outcome\":\"SIGNED\","
                + "\"deliveredOn\":\"" + clock.today().plusDays(1) + "\"}");
        assertRefused(future, 400, "deliveredOn");
        assertThat((String) future.read("$.detail")).contains(clock.today().plusDays(1).toString(), today);

        Answer early = delivery(id, "{\"version\":3,\"document\":\"handling-opinion\",\"method\":\"IN_PERSON\",\"outcome\":\"SIGNED\","
                + "\"deliveredOn\":\"" + clock.today().minusDays(1) + "\"}");
        assertRefused(early, 400, "deliveredOn");
        assertThat((String) early.read("$.detail")).contains("早于", today);

        Answer refusedWithoutNote = delivery(id, "{\"version\":3,\"document\":\"handling-opinion\",\"method\":\"IN_PERSON\","
                + "\"outcome\":\"REFUSED\"}");
        assertRefused(refusedWithoutNote, 400, "note");
        Answer badMethod = delivery(id, "{\"version\":3,\"document\":\"handling-opinion\",\"method\":\"PIGEON\",\"outcome\":\"SIGNED\"}");
        assertRefused(badMethod, 400, "method");

        assertThat((List<String>) api.get("yuanling.registrar", "/api/v1/matters/" + id).read("$.undelivered"))
                .as("nothing was recorded").containsExactly("acceptance-notice", "handling-opinion");
        Answer refused = step("yuanling.registrar", id, "delivery", "{\"version\":3,\"document\":\"HANDLING_OPINION\","
                + "\"method\":\"IN_PERSON\",\"outcome\":\"REFUSED\",\"note\":\"信访人拒绝签收，社区主任见证，留置送达\"}");
        assertThat((String) refused.read("$.deliveries[0].outcome")).isEqualTo("REFUSED");
        assertThat((String) refused.read("$.deadlines.reviewRequestDeadline")).isEqualTo(clock.today().plusDays(30).toString());
        Answer twice = delivery(id, "{\"version\":4,\"document\":\"handling-opinion\",\"method\":\"IN_PERSON\",\"outcome\":\"SIGNED\"}");
        assertThat(twice.status()).isEqualTo(409);
        assertThat((String) twice.read("$.detail")).contains("已登记于 " + today + " 送达");
    }

    @Test
    void theUndeliveredFilterListsMattersWithADocumentNotYetDelivered() throws Exception {
        long id = repliedMatter();
        String reference = api.get("yuanling.registrar", "/api/v1/matters/" + id).read("$.referenceNo");
        assertThat(listed("undelivered=true", id)).isTrue();
        assertThat(listed("undelivered=false", id)).isFalse();
        assertThat(page("yuanling.registrar", "/worklist?scope=all&state=REPLIED&flag=undelivered")).contains(reference);

        step("yuanling.registrar", id, "delivery", "{\"version\":3,\"document\":\"acceptance-notice\",\"method\":\"SMS_LINK\",\"outcome\":\"SIGNED\"}");
        assertThat(listed("undelivered=true", id)).as("the opinion is still undelivered").isTrue();
        step("yuanling.registrar", id, "delivery", "{\"version\":4,\"document\":\"handling-opinion\",\"method\":\"ELECTRONIC\",\"outcome\":\"SIGNED\"}");

        assertThat(listed("undelivered=true", id)).isFalse();
        assertThat(listed("undelivered=false", id)).isTrue();
        assertThat(page("yuanling.registrar", "/worklist?scope=all&state=REPLIED&flag=undelivered")).doesNotContain(reference);
    }

    @Test
    void theMatterPageListsTheUndeliveredDocumentsAndRecordsADeliveryFromItsForm() throws Exception {
        long id = repliedMatter();
        String page = page("yuanling.registrar", "/matters/" + id);
        assertThat(page).contains("id=\"undelivered\"", "未送达：", "id=\"undelivered-acceptance-notice\"",
                "id=\"undelivered-handling-opinion\"", "id=\"flag-undelivered\"", "id=\"form-record_delivery\"");
        assertThat(page.substring(page.indexOf("id=\"undelivered\""))).contains("受理告知书", "处理意见书");

        MvcResult posted = mvc.perform(post("/matters/" + id + "/delivery").with(user(users.loadUserByUsername("yuanling.registrar")))
                .with(csrf()).param("version", "3").param("document", "handling-opinion").param("method", "POST")
                .param("deliveredOn", clock.today().toString()).param("outcome", "SIGNED")
                .param("trackingNumber", "EB987654321CN").param("deliveredBy", "")).andReturn();
        assertThat(posted.getResponse().getRedirectedUrl()).isEqualTo("/matters/" + id);
        page = page("yuanling.registrar", "/matters/" + id);
        assertThat(page).contains("id=\"delivery-handling-opinion\"", "邮寄送达", "签收", "EB987654321CN",
                "id=\"undelivered-acceptance-notice\"").doesNotContain("id=\"undelivered-handling-opinion\"");

        MvcResult bad = mvc.perform(post("/matters/" + id + "/delivery").with(user(users.loadUserByUsername("yuanling.registrar")))
                .with(csrf()).param("version", "4").param("document", "acceptance-notice").param("method", "POST")
                .param("outcome", "SIGNED")).andReturn();
        assertThat(bad.getFlashMap().get("error")).asString().contains("邮件号码");
    }

    /** A matter in Yuanling with its handling opinion given today and nothing delivered (version 3). */
    private long repliedMatter() {
        long id = api.post("yuanling.registrar", "/api/v1/matters",
                ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION")).id();
        step("yuanling.registrar", id, "routing", "{\"version\":0,\"kind\":\"ASSIGNMENT\",\"unitCode\":\"431222-HOUSING\"}");
        step("yuanling.housing", id, "acceptance", "{\"version\":1,\"outcome\":\"ACCEPTED\",\"leadUnitCode\":\"431222-HOUSING\"}");
        step("yuanling.leader", id, "opinion", "{\"version\":2,\"outcome\":\"PARTIALLY_SUPPORTED\",\"text\":\"补偿款下月发放。\"}");
        return id;
    }

    /** Whether the matter is on the first page of REPLIED matters with this query (newest first among them). */
    private boolean listed(String query, long id) {
        Answer list = api.get("yuanling.registrar", "/api/v1/matters?state=REPLIED&size=200&" + query);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        return ((List<Number>) list.read("$.items[*].id")).stream().anyMatch(n -> n.longValue() == id);
    }

    private String page(String username, String uri) throws Exception {
        MvcResult r = mvc.perform(get(uri).with(user(users.loadUserByUsername(username)))).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(200);
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private Answer delivery(long id, String json) {
        return api.post("yuanling.registrar", "/api/v1/matters/" + id + "/delivery", json);
    }

    private Answer step(String user, long id, String action, String json) {
        Answer a = api.post(user, "/api/v1/matters/" + id + "/" + action, json);
        assertThat(a.status()).as("%s by %s: %s", action, user, a.body()).isEqualTo(200);
        return a;
    }

    private static void assertRefused(Answer a, int status, String field) {
        assertThat(a.status()).as(a.body()).isEqualTo(status);
        assertThat((List<String>) a.read("$.errors[*].field")).as(a.body()).contains(field);
        assertThat((String) a.read("$.detail")).isNotBlank();
    }
}
