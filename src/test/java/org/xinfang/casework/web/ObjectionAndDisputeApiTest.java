package org.xinfang.casework.web;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.xinfang.statute.WorkingDays;
import org.xinfang.support.ApiClient;
import org.xinfang.support.ApiClient.Answer;
import org.xinfang.support.IntegrationTest;
import org.xinfang.support.MutableClock;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The objection of the unit a matter was passed to (2022 art. 23 ¶3) and disputed competence (art. 24), through the
 * API and the pages, by the demo city's people, on the shipped working-day calendar.
 */
@IntegrationTest
class ObjectionAndDisputeApiTest {

    @Autowired
    ApiClient api;
    @Autowired
    MutableClock clock;
    @Autowired
    WorkingDays workingDays;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    /** Registered by Yuanling's petition bureau and routed to Yuanling's housing bureau today. */
    private long routedToHousing() {
        long id = api.post("yuanling.registrar", "/api/v1/matters",
                ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION")).id();
        Answer routed = api.post("yuanling.registrar", "/api/v1/matters/" + id + "/routing",
                "{\"version\":0,\"kind\":\"TRANSFER\",\"unitCode\":\"431222-HOUSING\",\"reason\":\"属住建部门职责\"}");
        assertThat(routed.status()).as(routed.body()).isEqualTo(200);
        return id;
    }

    private Answer step(String username, long id, String path, String json) {
        Answer a = api.post(username, "/api/v1/matters/" + id + "/" + path, json);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a;
    }

    @Test
    @DisplayName("art. 23 ¶3: the receiving unit objects in time; the transferring office finds it, confirms, and the matter is to be routed again")
    void aConfirmedObjectionReturnsTheMatterForReRouting() throws Exception {
        long id = routedToHousing();
        LocalDate received = clock.today();
        Answer held = api.get("yuanling.housing", "/api/v1/matters/" + id);
        assertThat((List<String>) held.read("$.allowedActions")).contains("OBJECT", "DECIDE_ACCEPTANCE");
        assertThat((String) held.read("$.objection.deadline")).isEqualTo(workingDays.addWorkingDays(received, 5).toString());
        assertThat((String) held.read("$.objection.passedOnBy.code")).isEqualTo("431222-PETITION");

        clock.advanceDays(1);
        Answer objected = step("yuanling.housing", id, "objection",
                "{\"version\":1,\"reason\":\"涉及土地确权，属自然资源部门职责\"}");
        assertThat((Boolean) objected.read("$.objection.pending")).isTrue();
        assertThat((String) objected.read("$.objection.objectingUnit.code")).isEqualTo("431222-HOUSING");
        assertThat((List<String>) objected.read("$.allowedActions")).doesNotContain("DECIDE_ACCEPTANCE", "OBJECT");

        Answer waiting = api.get("yuanling.registrar", "/api/v1/matters?awaiting=OBJECTION_DECISION&size=200");
        assertThat((List<Integer>) waiting.read("$.items[*].id")).contains((int) id);
        Answer notForTheHolder = api.get("yuanling.housing", "/api/v1/matters?awaiting=OBJECTION_DECISION&size=200");
        assertThat((List<Integer>) notForTheHolder.read("$.items[*].id")).doesNotContain((int) id);
        assertThat(mvc.perform(get("/worklist?flag=objection-pending")
                .with(user(users.loadUserByUsername("yuanling.registrar")))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("/matters/" + id + "\"");
        String page = mvc.perform(get("/matters/" + id).with(user(users.loadUserByUsername("yuanling.registrar"))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"objection-pending\"", "涉及土地确权", "form-decide_objection");

        assertThat(api.post("yuanling.housing", "/api/v1/matters/" + id + "/objection-decision",
                "{\"version\":2,\"outcome\":\"CONFIRMED\",\"reason\":\"同意\"}").status())
                .as("the objecting unit does not decide its own objection").isEqualTo(403);

        clock.advanceDays(1);
        Answer confirmed = step("yuanling.registrar", id, "objection-decision",
                "{\"version\":2,\"outcome\":\"CONFIRMED\",\"reason\":\"核实属实，交还重新转送\"}");
        assertThat((String) confirmed.read("$.state")).isEqualTo("REGISTERED");
        assertThat((String) confirmed.read("$.responsibleUnit.code")).isEqualTo("431222-PETITION");
        assertThat((String) confirmed.read("$.deadlines.currentStep")).isEqualTo("ROUTING");
        assertThat((String) confirmed.read("$.deadlines.routingDueOn")).isEqualTo(clock.today().plusDays(15).toString());
        assertThat((String) confirmed.read("$.objection.outcome")).isEqualTo("CONFIRMED");
        assertThat((List<String>) confirmed.read("$.allowedActions")).contains("ROUTE");

        Answer rerouted = step("yuanling.registrar", id, "routing",
                "{\"version\":3,\"kind\":\"TRANSFER\",\"unitCode\":\"431222-NATURAL_RESOURCES\",\"reason\":\"土地确权\"}");
        assertThat((String) rerouted.read("$.responsibleUnit.code")).isEqualTo("431222-NATURAL_RESOURCES");
        assertThat((List<String>) api.get("yuanling.registrar", "/api/v1/matters/" + id + "/timeline").read("$[*].type"))
                .containsExactly("REGISTERED", "ROUTED", "OBJECTED", "OBJECTION_CONFIRMED", "ROUTED");
    }

    @Test
    @DisplayName("art. 23 ¶3: a rejected objection keeps the matter with the unit, which then decides on acceptance")
    void aRejectedObjectionKeepsTheMatter() {
        long id = routedToHousing();
        String acceptanceDue = api.get("yuanling.housing", "/api/v1/matters/" + id).read("$.deadlines.acceptanceDueOn");
        step("yuanling.housing", id, "objection", "{\"version\":1,\"reason\":\"不属本单位职责\"}");
        Answer rejected = step("yuanling.registrar", id, "objection-decision",
                "{\"version\":2,\"outcome\":\"REJECTED\",\"reason\":\"房屋征收补偿属住建部门职责\"}");
        assertThat((String) rejected.read("$.state")).isEqualTo("ROUTED");
        assertThat((String) rejected.read("$.responsibleUnit.code")).isEqualTo("431222-HOUSING");
        assertThat((String) rejected.read("$.deadlines.acceptanceDueOn")).isEqualTo(acceptanceDue);
        assertThat((String) rejected.read("$.objection.outcome")).isEqualTo("REJECTED");
        Answer held = api.get("yuanling.housing", "/api/v1/matters/" + id);
        assertThat((List<String>) held.read("$.allowedActions")).contains("DECIDE_ACCEPTANCE").doesNotContain("OBJECT");
    }

    @Test
    @DisplayName("art. 23 ¶3: an objection after the 5 working days is refused, naming the deadline, in Chinese and in English")
    void anObjectionAfterFiveWorkingDaysIsRefusedNamingTheDeadline() {
        long id = routedToHousing();
        LocalDate received = clock.today();
        String deadline = workingDays.addWorkingDays(received, 5).toString();
        clock.advanceDays(20);
        assertThat((List<String>) api.get("yuanling.housing", "/api/v1/matters/" + id).read("$.allowedActions"))
                .doesNotContain("OBJECT");
        Answer zh = api.post("yuanling.housing", "/api/v1/matters/" + id + "/objection", "{\"version\":1,\"reason\":\"不属本单位\"}");
        assertThat(zh.status()).isEqualTo(409);
        assertThat((String) zh.read("$.detail")).contains("异议已超过期限", received.toString(), deadline, "5个工作日");
        Answer en = api.postInEnglish("yuanling.housing", "/api/v1/matters/" + id + "/objection",
                "{\"version\":1,\"reason\":\"not ours\"}");
        assertThat(en.status()).isEqualTo(409);
        assertThat((String) en.read("$.detail")).contains("period to object has passed", received.toString(), deadline,
                "5 working days");
    }

    @Test
    @DisplayName("art. 24 ¶1: two departments of a county dispute; their common superior, the county, decides; a party may not")
    void aDisputeIsDecidedByTheCommonSuperior() throws Exception {
        long id = routedToHousing();
        Answer raised = step("yuanling.housing", id, "dispute", """
                {"version":1,"partyUnitCodes":["431222-HOUSING","431222-NATURAL_RESOURCES"],
                 "reason":"住建局与自然资源局均认为不属本部门职责"}""");
        assertThat((String) raised.read("$.dispute.forum")).isEqualTo("COMMON_SUPERIOR");
        assertThat((String) raised.read("$.dispute.decider.code")).isEqualTo("431222");
        assertThat((Boolean) raised.read("$.dispute.pending")).isTrue();
        assertThat((List<String>) raised.read("$.dispute.parties[*].code"))
                .containsExactly("431222-HOUSING", "431222-NATURAL_RESOURCES");
        assertThat((List<String>) raised.read("$.allowedActions")).doesNotContain("DECIDE_ACCEPTANCE", "OBJECT");

        Answer waiting = api.get("yuanling.leader", "/api/v1/matters?awaiting=DISPUTE_DECISION&size=200");
        assertThat((List<Integer>) waiting.read("$.items[*].id")).contains((int) id);

        String decision = "{\"version\":2,\"acceptingUnitCode\":\"431222-NATURAL_RESOURCES\",\"reason\":\"属土地确权\"}";
        assertThat(api.post("yuanling.housing", "/api/v1/matters/" + id + "/dispute-decision", decision).status())
                .as("a party").isEqualTo(403);
        Answer byTheCity = api.post("city.leader", "/api/v1/matters/" + id + "/dispute-decision", decision);
        assertThat(byTheCity.status()).as("a body above the common superior").isEqualTo(403);
        assertThat((String) byTheCity.read("$.detail")).contains("决定受理机关");

        clock.advanceDays(2);
        Answer decided = step("yuanling.leader", id, "dispute-decision", decision);
        assertThat((String) decided.read("$.state")).isEqualTo("ROUTED");
        assertThat((String) decided.read("$.responsibleUnit.code")).isEqualTo("431222-NATURAL_RESOURCES");
        assertThat((String) decided.read("$.dispute.acceptingUnit.code")).isEqualTo("431222-NATURAL_RESOURCES");
        assertThat((String) decided.read("$.dispute.decidedBy")).isEqualTo("yuanling.leader");
        assertThat((String) decided.read("$.dispute.decidedOn")).isEqualTo(clock.today().toString());
        assertThat((String) decided.read("$.deadlines.acceptanceDueOn")).isEqualTo(clock.today().plusDays(15).toString());
        assertThat((Boolean) decided.read("$.dispute.pending")).isFalse();

        String page = mvc.perform(get("/matters/" + id).with(user(users.loadUserByUsername("yuanling.registrar"))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"dispute\"", "id=\"dispute-outcome\"", "住建局与自然资源局均认为不属本部门职责");
    }

    @Test
    @DisplayName("art. 24 ¶1: without a common superior (the city government is a party) the joint conference office, the city's petition bureau, decides")
    void aDisputeWithoutACommonSuperiorGoesToTheJointConferenceOffice() throws Exception {
        long id = api.post("yuanling.registrar", "/api/v1/matters",
                ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION")).id();
        Answer raised = step("yuanling.registrar", id, "dispute", """
                {"version":0,"partyUnitCodes":["431200","431222"],"reason":"市、县政府对受理有争议"}""");
        assertThat((String) raised.read("$.dispute.forum")).isEqualTo("JOINT_CONFERENCE");
        assertThat((String) raised.read("$.dispute.decider.code")).isEqualTo("431200-PETITION");
        assertThat((List<String>) raised.read("$.allowedActions")).doesNotContain("ROUTE", "DECIDE_ACCEPTANCE");

        String decision = "{\"version\":1,\"acceptingUnitCode\":\"431222\",\"reason\":\"联席会议协调：由县政府受理\"}";
        assertThat(api.post("city.leader", "/api/v1/matters/" + id + "/dispute-decision", decision).status())
                .as("a party, not the conference's office").isEqualTo(403);
        assertThat(api.post("yuanling.registrar", "/api/v1/matters/" + id + "/dispute-decision", decision).status())
                .isEqualTo(403);
        Answer decided = step("city.registrar", id, "dispute-decision", decision);
        assertThat((String) decided.read("$.responsibleUnit.code")).isEqualTo("431222");
        assertThat((String) decided.read("$.state")).isEqualTo("ROUTED");
        assertThat((String) decided.read("$.dispute.decidedBy")).isEqualTo("city.registrar");

        // the page's form posts the same command; a second decision is refused as no longer possible
        int status = mvc.perform(post("/matters/" + id + "/dispute-decision").with(csrf())
                .with(user(users.loadUserByUsername("city.registrar")))
                .param("version", "2").param("acceptingUnitCode", "431200").param("reason", "again")).andReturn()
                .getResponse().getStatus();
        assertThat(status).isEqualTo(302);
    }

    @Test
    @DisplayName("art. 24 ¶1: a dispute names at least two different bodies that exist")
    void aDisputeNeedsTwoParties() {
        long id = routedToHousing();
        Answer one = api.post("yuanling.housing", "/api/v1/matters/" + id + "/dispute",
                "{\"version\":1,\"partyUnitCodes\":[\"431222-HOUSING\",\"431222-HOUSING\"],\"reason\":\"争议\"}");
        assertThat(one.status()).isEqualTo(400);
        Answer unknown = api.post("yuanling.housing", "/api/v1/matters/" + id + "/dispute",
                "{\"version\":1,\"partyUnitCodes\":[\"431222-HOUSING\",\"NO-SUCH\"],\"reason\":\"争议\"}");
        assertThat(unknown.status()).isEqualTo(400);
    }
}
