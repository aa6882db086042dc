package org.xinfang.casework.web;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.xinfang.support.ApiClient;
import org.xinfang.support.ApiClient.Answer;
import org.xinfang.support.IntegrationTest;
import org.xinfang.support.MutableClock;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The handler's own steps (issue 11, item 3) through the API and the pages, by the demo city's people, on the real
 * database: the sign-for (签收), the send-back (退回, the objection of 2022 art. 23 ¶3) and the extension request
 * (art. 34).
 */
@IntegrationTest
class HandlerStepsApiTest {

    @Autowired
    ApiClient api;
    @Autowired
    MutableClock clock;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    /** Registered by Yuanling's petition bureau and transferred to Yuanling's housing bureau now. */
    private long routedToHousing() {
        long id = api.post("yuanling.registrar", "/api/v1/matters",
                ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION")).id();
        step("yuanling.registrar", id, "routing", "{\"version\":0,\"kind\":\"TRANSFER\",\"unitCode\":\"431222-HOUSING\",\"reason\":\"属住建部门职责\"}");
        return id;
    }

    /** Registered and accepted by the petition bureau with the housing bureau as the lead unit: in handling. */
    private long inHandlingAtHousing() {
        long id = api.post("yuanling.registrar", "/api/v1/matters",
                ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION")).id();
        step("yuanling.registrar", id, "acceptance",
                "{\"version\":0,\"outcome\":\"ACCEPTED\",\"notice\":\"已受理\",\"leadUnitCode\":\"431222-HOUSING\",\"type\":\"APPEAL\"}");
        return id;
    }

    private Answer step(String username, long id, String path, String json) {
        Answer a = api.post(username, "/api/v1/matters/" + id + "/" + path, json);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a;
    }


    private static boolean absent(Answer a, String path) {
        try {
            return a.read(path) == null;
        } catch (com.jayway.jsonpath.PathNotFoundException missing) {
            return true;
        }
    }

    private List<Integer> listed(String username, String query) {
        return api.get(username, "/api/v1/matters?size=200&" + query).read("$.items[*].id");
    }

    private List<Long> awaitingExtensionDecision(String user) {
        Answer list = api.get(user, "/api/v1/matters?size=200&awaiting=EXTENSION_DECISION");
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        return ((List<Number>) list.read("$.items[*].id")).stream().map(Number::longValue).toList();
    }

    private String page(String username, String path) throws Exception {
        return mvc.perform(get(path).with(user(users.loadUserByUsername(username)))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Nested
    class SignFor {

        @Test
        @DisplayName("sign-for: the unit a matter was transferred to sees it waiting (待签收), signs for it; who, when and the time it took show in the API and on the page; the state does not change")
        void theReceivingUnitSignsForTheMatterAndTheTimeIsMeasured() throws Exception {
            long id = routedToHousing();
            Answer held = api.get("yuanling.housing", "/api/v1/matters/" + id);
            assertThat((Boolean) held.read("$.handlerSteps.signFor.pending")).isTrue();
            assertThat((String) held.read("$.handlerSteps.signFor.unit.code")).isEqualTo("431222-HOUSING");
            assertThat((List<String>) held.read("$.recordActions")).contains("SIGN_FOR");
            assertThat(listed("yuanling.housing", "awaiting=SIGN_FOR")).contains((int) id);
            assertThat(listed("yuanling.registrar", "awaiting=SIGN_FOR")).as("not the office that routed it")
                    .doesNotContain((int) id);
            assertThat(page("yuanling.housing", "/worklist?flag=sign-for-pending")).contains("/matters/" + id + "\"");
            assertThat(page("yuanling.housing", "/matters/" + id)).contains("id=\"sign-for-pending\"", "待签收", "form-sign_for");

            clock.advanceMinutes(135);
            Answer signed = step("yuanling.housing", id, "sign-for", "{\"version\":1}");
            assertThat((String) signed.read("$.state")).isEqualTo("ROUTED");
            assertThat((String) signed.read("$.deadlines.currentStep")).isEqualTo("ACCEPTANCE");
            assertThat((Boolean) signed.read("$.handlerSteps.signFor.pending")).isFalse();
            assertThat((String) signed.read("$.handlerSteps.signFor.signedBy")).isEqualTo("yuanling.housing");
            assertThat((String) signed.read("$.handlerSteps.signFor.signedByName")).isEqualTo("滕浩");
            assertThat((String) signed.read("$.handlerSteps.signFor.timeToSignFor")).isEqualTo("PT2H15M");
            assertThat(((Number) signed.read("$.handlerSteps.signFor.minutesToSignFor")).longValue()).isEqualTo(135);
            assertThat((List<String>) signed.read("$.recordActions")).doesNotContain("SIGN_FOR");
            assertThat((List<String>) signed.read("$.allowedActions")).contains("DECIDE_ACCEPTANCE", "OBJECT");
            assertThat(listed("yuanling.housing", "awaiting=SIGN_FOR")).doesNotContain((int) id);
            assertThat((List<String>) api.get("yuanling.housing", "/api/v1/matters/" + id + "/timeline").read("$[*].type"))
                    .containsExactly("REGISTERED", "ROUTED", "SIGNED_FOR");
            // the instants are stored for the figures: received and signed, 135 minutes apart
            assertThat(jdbc.queryForObject("select extract(epoch from signed_for_at - sign_for_received_at) / 60 from matter where id = ?",
                    Double.class, id)).isEqualTo(135.0);

            String after = page("yuanling.housing", "/matters/" + id);
            assertThat(after).contains("id=\"signed-for\"", "滕浩", "用时2小时15分钟").doesNotContain("id=\"sign-for-pending\"");
        }

        @Test
        @DisplayName("sign-for: a second sign-for is refused, naming who signed for it and when, in Chinese and in English")
        void aSecondSignForIsRefused() {
            long id = routedToHousing();
            step("yuanling.housing", id, "sign-for", "{\"version\":1}");
            Answer zh = api.post("yuanling.housing", "/api/v1/matters/" + id + "/sign-for", "{\"version\":2}");
            assertThat(zh.status()).isEqualTo(409);
            assertThat((String) zh.read("$.detail")).contains("不能重复签收", "yuanling.housing");
            Answer en = api.postInEnglish("yuanling.housing", "/api/v1/matters/" + id + "/sign-for", "{\"version\":2}");
            assertThat((String) en.read("$.detail")).contains("cannot be signed for twice");
        }

        @Test
        @DisplayName("sign-for: only the unit the matter reached signs for it, not the office that routed it")
        void onlyTheUnitItselfSignsFor() {
            long id = routedToHousing();
            Answer registrar = api.post("yuanling.registrar", "/api/v1/matters/" + id + "/sign-for", "{\"version\":1}");
            assertThat(registrar.status()).isEqualTo(403);
            assertThat((Boolean) api.get("yuanling.housing", "/api/v1/matters/" + id).read("$.handlerSteps.signFor.pending")).isTrue();
        }

        @Test
        @DisplayName("sign-for: the lead unit named at acceptance (交办) receives the matter and signs for it; the office that accepted does not")
        void theLeadUnitNamedAtAcceptanceSignsFor() {
            long id = inHandlingAtHousing();
            Answer held = api.get("yuanling.housing", "/api/v1/matters/" + id);
            assertThat((String) held.read("$.state")).isEqualTo("IN_HANDLING");
            assertThat((Boolean) held.read("$.handlerSteps.signFor.pending")).isTrue();
            assertThat(listed("yuanling.housing", "awaiting=SIGN_FOR")).contains((int) id);
            Answer signed = step("yuanling.housing", id, "sign-for", "{\"version\":1}");
            assertThat((String) signed.read("$.state")).isEqualTo("IN_HANDLING");
            assertThat((String) signed.read("$.deadlines.handlingDueOn")).isEqualTo(clock.today().plusDays(60).toString());
        }

        @Test
        @DisplayName("sign-for: a matter of before V20, with no receipt on record, counts as signed for: nothing pending, nothing offered")
        void aMatterOfBeforeV20CountsAsSignedFor() {
            long id = routedToHousing();
            jdbc.update("update matter set sign_for_unit_id = null, sign_for_received_at = null where id = ?", id);
            Answer held = api.get("yuanling.housing", "/api/v1/matters/" + id);
            assertThat(absent(held, "$.handlerSteps.signFor")).isTrue();
            assertThat((List<String>) held.read("$.recordActions")).doesNotContain("SIGN_FOR");
            assertThat(listed("yuanling.housing", "awaiting=SIGN_FOR")).doesNotContain((int) id);
            Answer refused = api.post("yuanling.housing", "/api/v1/matters/" + id + "/sign-for", "{\"version\":1}");
            assertThat(refused.status()).isEqualTo(409);
            assertThat((String) refused.read("$.detail")).contains("没有转送、交办到本单位待签收的记录");
        }
    }

    @Nested
    class SendBack {

        @Test
        @DisplayName("art. 23 ¶3: a send-back (退回) without a reason is refused, naming the reason")
        void aSendBackNeedsAReason() {
            long id = routedToHousing();
            Answer blank = api.post("yuanling.housing", "/api/v1/matters/" + id + "/objection", "{\"version\":1,\"reason\":\" \"}");
            assertThat(blank.status()).isEqualTo(400);
            assertThat((List<String>) blank.read("$.errors[*].field")).contains("reason");
            assertThat((Boolean) api.get("yuanling.housing", "/api/v1/matters/" + id).read("$.objection.pending")).isFalse();
        }

        @Test
        @DisplayName("art. 23 ¶3: once the office confirms the send-back it finds the matter in its worklist to route again; routing it back to the same unit needs a reason, the refusal names the unit and the day")
        void theOfficeReRoutesTheMatterItGotBack() throws Exception {
            long id = routedToHousing();
            step("yuanling.housing", id, "sign-for", "{\"version\":1}");
            step("yuanling.housing", id, "objection", "{\"version\":2,\"reason\":\"涉及土地确权，属自然资源部门职责\"}");
            LocalDate sentBack = clock.today();
            clock.advanceDays(1);
            step("yuanling.registrar", id, "objection-decision", "{\"version\":3,\"outcome\":\"CONFIRMED\",\"reason\":\"核实属实\"}");

            assertThat(listed("yuanling.registrar", "awaiting=RE_ROUTING")).contains((int) id);
            assertThat(page("yuanling.registrar", "/worklist?flag=sent-back")).contains("/matters/" + id + "\"");
            String matterPage = page("yuanling.registrar", "/matters/" + id);
            assertThat(matterPage).contains("提出异议，申请退回", "异议核实同意，退回交还材料", "涉及土地确权", "form-route");

            Answer silent = api.post("yuanling.registrar", "/api/v1/matters/" + id + "/routing",
                    "{\"version\":4,\"kind\":\"TRANSFER\",\"unitCode\":\"431222-HOUSING\"}");
            assertThat(silent.status()).isEqualTo(400);
            assertThat((String) silent.read("$.detail")).contains("住房和城乡建设局", sentBack.toString(), "退回", "须在理由中说明");
            Answer en = api.postInEnglish("yuanling.registrar", "/api/v1/matters/" + id + "/routing",
                    "{\"version\":4,\"kind\":\"TRANSFER\",\"unitCode\":\"431222-HOUSING\"}");
            assertThat((String) en.read("$.detail")).contains("sent this matter back on " + sentBack, "needs a reason");

            Answer elsewhere = step("yuanling.registrar", id, "routing",
                    "{\"version\":4,\"kind\":\"TRANSFER\",\"unitCode\":\"431222-NATURAL_RESOURCES\",\"reason\":\"土地确权\"}");
            assertThat((String) elsewhere.read("$.handlerSteps.signFor.unit.code")).isEqualTo("431222-NATURAL_RESOURCES");
            assertThat((Boolean) elsewhere.read("$.handlerSteps.signFor.pending")).as("the new unit's receipt").isTrue();
            assertThat(listed("yuanling.registrar", "awaiting=RE_ROUTING")).doesNotContain((int) id);
            assertThat((List<String>) api.get("yuanling.registrar", "/api/v1/matters/" + id + "/timeline").read("$[*].type"))
                    .containsExactly("REGISTERED", "ROUTED", "SIGNED_FOR", "OBJECTED", "OBJECTION_CONFIRMED", "ROUTED");
        }

        @Test
        @DisplayName("art. 23 ¶3: with a reason, the office may route the matter back to the unit that sent it back; the reason is on the timeline")
        void routingBackWithAReason() {
            long id = routedToHousing();
            step("yuanling.housing", id, "objection", "{\"version\":1,\"reason\":\"不属本单位\"}");
            step("yuanling.registrar", id, "objection-decision", "{\"version\":2,\"outcome\":\"CONFIRMED\",\"reason\":\"同意\"}");
            Answer back = step("yuanling.registrar", id, "routing",
                    "{\"version\":3,\"kind\":\"ASSIGNMENT\",\"unitCode\":\"431222-HOUSING\",\"reason\":\"经县政府协调，仍由住建局办理\"}");
            assertThat((String) back.read("$.responsibleUnit.code")).isEqualTo("431222-HOUSING");
            assertThat((List<String>) api.get("yuanling.housing", "/api/v1/matters/" + id + "/timeline").read("$[*].reason"))
                    .contains("经县政府协调，仍由住建局办理");
        }
    }

    @Nested
    class ExtensionRequest {

        @Test
        @DisplayName("art. 34: the handler asks with a reason, the head approves: the one extension for the days asked, approved by the head; afterwards neither a request nor the head's own extension is offered, and a posted one is refused naming why")
        void theHeadApprovesTheHandlersRequest() throws Exception {
            long id = inHandlingAtHousing();
            LocalDate due = LocalDate.parse(api.get("yuanling.housing", "/api/v1/matters/" + id).read("$.deadlines.handlingDueOn"));
            assertThat((List<String>) api.get("yuanling.housing", "/api/v1/matters/" + id).read("$.allowedActions"))
                    .contains("REQUEST_EXTENSION").doesNotContain("EXTEND_HANDLING", "DECIDE_EXTENSION_REQUEST");
            String before = page("yuanling.housing", "/matters/" + id);
            assertThat(before).contains("id=\"form-request_extension\"", "id=\"request-extension-reason\"");

            Answer asked = step("yuanling.housing", id, "extension-request",
                    "{\"version\":1,\"days\":20,\"reason\":\"需等待不动产登记中心调取档案\"}");
            assertThat((Boolean) asked.read("$.handlerSteps.extensionRequest.pending")).isTrue();
            assertThat((Integer) asked.read("$.handlerSteps.extensionRequest.days")).isEqualTo(20);
            assertThat((List<String>) asked.read("$.allowedActions")).doesNotContain("REQUEST_EXTENSION");
            assertThat((String) asked.read("$.deadlines.handlingDueOn")).as("unchanged until approved").isEqualTo(due.toString());
            assertThat((List<String>) api.get("yuanling.leader", "/api/v1/matters/" + id).read("$.allowedActions"))
                    .contains("DECIDE_EXTENSION_REQUEST").doesNotContain("EXTEND_HANDLING");
            assertThat(awaitingExtensionDecision("yuanling.leader")).as("the head's worklist").contains(id);
            assertThat(awaitingExtensionDecision("hecheng.leader")).as("another county's head").doesNotContain(id);
            assertThat(page("yuanling.leader", "/")).as("the head's desk").contains("待审批的延期申请", "/matters/" + id);
            assertThat(page("yuanling.leader", "/matters/" + id)).contains("id=\"extension-request-pending\"",
                    "form-decide_extension_request", "需等待不动产登记中心调取档案").doesNotContain("form-extend\"");

            Answer direct = api.post("yuanling.leader", "/api/v1/matters/" + id + "/extension",
                    "{\"version\":2,\"days\":30,\"reason\":\"直接延期\"}");
            assertThat(direct.status()).isEqualTo(409);
            assertThat((String) direct.read("$.detail")).contains("尚待审批", "20");

            Answer approved = step("yuanling.leader", id, "extension-request-decision", "{\"version\":2,\"outcome\":\"APPROVED\"}");
            assertThat(awaitingExtensionDecision("yuanling.leader")).as("decided").doesNotContain(id);
            assertThat((String) approved.read("$.deadlines.handlingDueOn")).isEqualTo(due.plusDays(20).toString());
            assertThat((Integer) approved.read("$.extension.days")).isEqualTo(20);
            assertThat((String) approved.read("$.extension.approvedBy")).isEqualTo("yuanling.leader");
            assertThat((String) approved.read("$.extension.reason")).isEqualTo("需等待不动产登记中心调取档案");
            assertThat((String) approved.read("$.handlerSteps.extensionRequest.outcome")).isEqualTo("APPROVED");
            assertThat((String) approved.read("$.handlerSteps.extensionRequest.decidedByName")).isEqualTo("陈刚");
            assertThat((List<String>) approved.read("$.allowedActions")).doesNotContain("EXTEND_HANDLING", "DECIDE_EXTENSION_REQUEST");
            assertThat((List<String>) api.get("yuanling.housing", "/api/v1/matters/" + id).read("$.allowedActions"))
                    .doesNotContain("REQUEST_EXTENSION");
            assertThat((List<String>) api.get("yuanling.housing", "/api/v1/matters/" + id + "/timeline").read("$[*].type"))
                    .containsSubsequence("EXTENSION_REQUESTED", "EXTENDED");

            Answer again = api.post("yuanling.housing", "/api/v1/matters/" + id + "/extension-request",
                    "{\"version\":3,\"days\":10,\"reason\":\"再延\"}");
            assertThat(again.status()).isEqualTo(409);
            assertThat((String) again.read("$.detail")).contains("已延期20天", "只能延长一次");
            Answer leaderAgain = api.post("yuanling.leader", "/api/v1/matters/" + id + "/extension",
                    "{\"version\":3,\"days\":10,\"reason\":\"再延\"}");
            assertThat(leaderAgain.status()).isEqualTo(409);
            assertThat((String) leaderAgain.read("$.detail")).contains("只能延长一次");

            String handlerPage = page("yuanling.housing", "/matters/" + id);
            assertThat(handlerPage).contains("id=\"extension\"", "已延期20天", "陈刚").doesNotContain("form-request_extension");
        }

        @Test
        @DisplayName("art. 34: the head refuses with a reason, which the handler sees; the limit runs on and the handler may ask again")
        void theHeadRefusesWithAReason() throws Exception {
            long id = inHandlingAtHousing();
            LocalDate due = LocalDate.parse(api.get("yuanling.housing", "/api/v1/matters/" + id).read("$.deadlines.handlingDueOn"));
            step("yuanling.housing", id, "extension-request", "{\"version\":1,\"days\":30,\"reason\":\"案情复杂\"}");
            Answer bare = api.post("yuanling.leader", "/api/v1/matters/" + id + "/extension-request-decision",
                    "{\"version\":2,\"outcome\":\"REFUSED\"}");
            assertThat(bare.status()).isEqualTo(400);
            assertThat((String) bare.read("$.detail")).contains("不予批准延期须说明理由");

            Answer refused = step("yuanling.leader", id, "extension-request-decision",
                    "{\"version\":2,\"outcome\":\"REFUSED\",\"reason\":\"材料已齐，应在期限内办结\"}");
            assertThat((String) refused.read("$.handlerSteps.extensionRequest.outcome")).isEqualTo("REFUSED");
            assertThat((String) refused.read("$.deadlines.handlingDueOn")).isEqualTo(due.toString());
            assertThat(absent(refused, "$.extension")).isTrue();

            Answer handler = api.get("yuanling.housing", "/api/v1/matters/" + id);
            assertThat((String) handler.read("$.handlerSteps.extensionRequest.decisionReason")).isEqualTo("材料已齐，应在期限内办结");
            assertThat((List<String>) handler.read("$.allowedActions")).contains("REQUEST_EXTENSION");
            assertThat(page("yuanling.housing", "/matters/" + id)).contains("id=\"extension-request-outcome\"", "不予批准",
                    "材料已齐，应在期限内办结", "延期申请不予批准");
        }

        @Test
        @DisplayName("art. 34: a request of more than 30 days, or without a reason, is refused naming the problem")
        void aRequestBeyondTheLimitOrWithoutAReasonIsRefused() {
            long id = inHandlingAtHousing();
            Answer tooLong = api.post("yuanling.housing", "/api/v1/matters/" + id + "/extension-request",
                    "{\"version\":1,\"days\":31,\"reason\":\"案情复杂\"}");
            assertThat(tooLong.status()).isEqualTo(400);
            assertThat((String) tooLong.read("$.detail")).contains("1 至 30 天");
            Answer noReason = api.post("yuanling.housing", "/api/v1/matters/" + id + "/extension-request",
                    "{\"version\":1,\"days\":10,\"reason\":\"\"}");
            assertThat(noReason.status()).isEqualTo(400);
            assertThat((List<String>) noReason.read("$.errors[*].field")).contains("reason");
        }

        @Test
        @DisplayName("art. 34: the handler asks and the head decides: a handler cannot decide, a leader does not ask, and a request after the limit is refused naming the day it ended")
        void whoAsksAndWhoDecides() {
            long id = inHandlingAtHousing();
            assertThat(api.post("yuanling.leader", "/api/v1/matters/" + id + "/extension-request",
                    "{\"version\":1,\"days\":10,\"reason\":\"案情复杂\"}").status()).isEqualTo(403);
            step("yuanling.housing", id, "extension-request", "{\"version\":1,\"days\":10,\"reason\":\"案情复杂\"}");
            assertThat(api.post("yuanling.housing", "/api/v1/matters/" + id + "/extension-request-decision",
                    "{\"version\":2,\"outcome\":\"APPROVED\"}").status()).isEqualTo(403);
            Answer second = api.post("yuanling.housing", "/api/v1/matters/" + id + "/extension-request",
                    "{\"version\":2,\"days\":5,\"reason\":\"再申请\"}");
            assertThat(second.status()).isEqualTo(409);
            assertThat((String) second.read("$.detail")).contains("同一时间只能有一项延期申请");

            long late = inHandlingAtHousing();
            String due = api.get("yuanling.housing", "/api/v1/matters/" + late).read("$.deadlines.handlingDueOn");
            clock.advanceDays(61);
            try {
                Answer afterTheLimit = api.post("yuanling.housing", "/api/v1/matters/" + late + "/extension-request",
                        "{\"version\":1,\"days\":10,\"reason\":\"案情复杂\"}");
                assertThat(afterTheLimit.status()).isEqualTo(409);
                assertThat((String) afterTheLimit.read("$.detail")).contains(due);
            } finally {
                clock.advanceDays(-61);
            }
        }
    }
}
