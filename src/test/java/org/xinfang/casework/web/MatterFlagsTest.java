package org.xinfang.casework.web;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.xinfang.casework.MatterCounts;
import org.xinfang.casework.MatterFlag;
import org.xinfang.support.ApiClient;
import org.xinfang.support.ApiClient.Answer;
import org.xinfang.support.IntegrationTest;
import org.xinfang.support.MutableClock;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The flags the national system records on every matter (issue 10, item 7): computed or given at registration,
 * corrected with a reason, shown, filtered and counted; a major or urgent matter reported at once (2022 art. 25).
 */
@IntegrationTest
class MatterFlagsTest {

    @Autowired
    ApiClient api;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    MatterCounts counts;
    @Autowired
    MutableClock clock;

    private static String withFlags(String registration, String flags) {
        return registration.substring(0, registration.lastIndexOf('}')) + ",\"flags\":" + flags + "}";
    }

    @Test
    @DisplayName("first petition (初次信访) is computed from the petitioner's earlier matters, here and anywhere; never claimed against one on file")
    void firstPetitionFollowsThePetitionersHistory() {
        String idNumber = ApiClient.freshIdNumber();
        Answer first = api.post("yuanling.registrar", "/api/v1/matters", ApiClient.visit(idNumber, "431222001001", "URBAN.DEMOLITION"));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat((Boolean) first.read("$.flags.firstToBody")).isTrue();
        assertThat((Boolean) first.read("$.flags.firstAnywhere")).isTrue();
        assertThat((Boolean) first.read("$.flags.anonymous")).isFalse();
        assertThat((Boolean) first.read("$.flags.majorUrgent")).isFalse();
        assertThat((List<?>) first.read("$.urgentReports")).isEmpty();

        Answer again = api.post("yuanling.registrar", "/api/v1/matters", ApiClient.visit(idNumber, "431222001001", "LABOUR.WAGE_ARREARS"));
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        assertThat((Boolean) again.read("$.flags.firstToBody")).isFalse();
        assertThat((Boolean) again.read("$.flags.firstAnywhere")).isFalse();

        // the city office never had this person: first to it, not first anywhere
        Answer atTheCity = api.post("city.registrar", "/api/v1/matters", ApiClient.visit(idNumber, "431222001001", "URBAN.DEMOLITION"));
        assertThat((Boolean) atTheCity.read("$.flags.firstToBody")).isTrue();
        assertThat((Boolean) atTheCity.read("$.flags.firstAnywhere")).isFalse();

        Answer claimed = api.post("yuanling.registrar", "/api/v1/matters",
                withFlags(ApiClient.visit(idNumber, "431222001001", "URBAN.DEMOLITION"), "{\"firstToBody\":true}"));
        assertThat(claimed.status()).isEqualTo(400);
        assertThat((String) claimed.read("$.detail")).contains(first.<String>read("$.referenceNo"));

        // the petitioner says they went to the province before: the registrar may say "not first"
        Answer elsewhere = api.post("yuanling.registrar", "/api/v1/matters",
                withFlags(ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION"), "{\"firstAnywhere\":false}"));
        assertThat((Boolean) elsewhere.read("$.flags.firstToBody")).isTrue();
        assertThat((Boolean) elsewhere.read("$.flags.firstAnywhere")).isFalse();
    }

    @Test
    @DisplayName("a letter signed by several is a joint letter (联名); the other flags are recorded as given")
    void givenFlagsAreRecordedAndAJointLetterIsComputed() {
        String letter = ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION")
                .replace("\"channel\":\"VISIT\"", "\"channel\":\"LETTER\"").replace("\"persons\":1", "\"persons\":12");
        Answer joint = api.post("yuanling.registrar", "/api/v1/matters", letter);
        assertThat(joint.status()).as(joint.body()).isEqualTo(201);
        assertThat((Boolean) joint.read("$.flags.jointLetter")).isTrue();

        Answer flagged = api.post("yuanling.registrar", "/api/v1/matters", withFlags(
                ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION"),
                "{\"litigationRelated\":true,\"hmtForeign\":true,\"threat\":true}"));
        assertThat((Boolean) flagged.read("$.flags.litigationRelated")).isTrue();
        assertThat((Boolean) flagged.read("$.flags.hmtForeign")).isTrue();
        assertThat((Boolean) flagged.read("$.flags.threat")).isTrue();
        assertThat((Boolean) flagged.read("$.flags.jointLetter")).isFalse();

        Answer contradictory = api.post("yuanling.registrar", "/api/v1/matters", withFlags(
                ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION"),
                "{\"firstToBody\":false,\"firstAnywhere\":true}"));
        assertThat(contradictory.status()).isEqualTo(400);
    }

    @Test
    @DisplayName("flags are corrected later with a reason, on the timeline; the worklist filters and the counts split by them")
    void flagsAreCorrectedFilteredAndCounted() throws Exception {
        long id = api.post("yuanling.registrar", "/api/v1/matters",
                ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION")).id();
        Map<MatterFlag, Long> before = counts.byFlag(clock.today(), clock.today().plusDays(1), null);

        assertThat(api.post("yuanling.registrar", "/api/v1/matters/" + id + "/flags", "{\"version\":0,\"threat\":true}").status())
                .as("a correction needs its reason").isEqualTo(400);
        Answer corrected = api.post("yuanling.registrar", "/api/v1/matters/" + id + "/flags",
                "{\"version\":0,\"threat\":true,\"reason\":\"信访人来电扬言到市政府门前\"}");
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        assertThat((Boolean) corrected.read("$.flags.threat")).isTrue();
        assertThat((Boolean) corrected.read("$.flags.firstToBody")).as("a flag left out stays as it was").isTrue();
        assertThat(api.post("yuanling.registrar", "/api/v1/matters/" + id + "/flags",
                "{\"version\":1,\"threat\":true,\"reason\":\"再次\"}").status()).as("nothing changes").isEqualTo(400);

        Answer timeline = api.get("yuanling.registrar", "/api/v1/matters/" + id + "/timeline");
        assertThat((List<String>) timeline.read("$[*].type")).containsExactly("REGISTERED", "FLAGS_CORRECTED");
        assertThat((String) timeline.read("$[1].reason")).isEqualTo("信访人来电扬言到市政府门前");
        assertThat((List<String>) timeline.read("$[1].changes.flags.after")).contains("THREAT");

        List<Integer> threats = api.get("yuanling.registrar", "/api/v1/matters?flag=THREAT&size=200").read("$.items[*].id");
        assertThat(threats).contains((int) id);
        List<Integer> anonymous = api.get("yuanling.registrar", "/api/v1/matters?flag=ANONYMOUS&size=200").read("$.items[*].id");
        assertThat(anonymous).doesNotContain((int) id);
        String worklist = mvc.perform(get("/worklist?scope=all&flag=threat").with(user(users.loadUserByUsername("yuanling.registrar"))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(worklist).contains("/matters/" + id + "\"", "扬言");

        Map<MatterFlag, Long> after = counts.byFlag(clock.today(), clock.today().plusDays(1), null);
        assertThat(after.get(MatterFlag.THREAT)).isEqualTo(before.get(MatterFlag.THREAT) + 1);
        assertThat(after.get(MatterFlag.ANONYMOUS)).isEqualTo(before.get(MatterFlag.ANONYMOUS));
    }

    @Test
    @DisplayName("an anonymous matter (匿名) withholds the petitioner's identity from everyone but the receiving office's registrars")
    void anAnonymousMatterWithholdsThePetitionersIdentity() throws Exception {
        long id = api.post("yuanling.registrar", "/api/v1/matters", withFlags(
                ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION"), "{\"anonymous\":true}")).id();
        Answer registrar = api.get("yuanling.registrar", "/api/v1/matters/" + id);
        assertThat((String) registrar.read("$.petitioner.name")).isEqualTo("王建国");
        assertThat((Boolean) registrar.read("$.identityWithheld")).isFalse();
        for (String other : List.of("yuanling.supervisor", "city.registrar", "yuanling.leader")) {
            Answer withheld = api.get(other, "/api/v1/matters/" + id);
            assertThat((String) withheld.read("$.petitioner.name")).as(other).isEqualTo("匿名（身份信息不予显示）");
            assertThat((Map<String, Object>) withheld.read("$.petitioner")).as(other)
                    .doesNotContainKeys("idNumber", "phone", "address", "id");
            assertThat((Boolean) withheld.read("$.identityWithheld")).isTrue();
        }
        String page = mvc.perform(get("/matters/" + id).with(user(users.loadUserByUsername("yuanling.leader"))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("flag-anonymous").doesNotContain("王建国");
        // the letters name the petitioner: only the receiving office prints them
        assertThat(api.get("yuanling.leader", "/api/v1/matters/" + id + "/documents/acceptance-notice").status()).isEqualTo(403);
        assertThat(api.get("yuanling.registrar", "/api/v1/matters/" + id + "/documents/acceptance-notice").status())
                .as("not yet accepted, but not withheld").isEqualTo(409);
    }

    @Test
    @DisplayName("art. 25 ¶1, ¶2: a major or urgent matter is on the same-level government's and the next-higher office's desks until acknowledged, with who and when")
    void art25_aMajorOrUrgentMatterStaysOnTheDesksUntilAcknowledged() throws Exception {
        Answer registered = api.post("yuanling.registrar", "/api/v1/matters", withFlags(
                ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION"), "{\"majorUrgent\":true}"));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        long id = registered.id();
        int v = registered.version();
        assertThat((List<String>) registered.read("$.urgentReports[*].recipient.code")).containsExactlyInAnyOrder("431222", "431200-PETITION");
        assertThat((List<String>) registered.read("$.urgentReports[*].receivedAs"))
                .containsExactlyInAnyOrder("SAME_LEVEL_COMMITTEE_AND_GOVERNMENT", "HIGHER_PETITION_OFFICE");
        assertThat((List<String>) registered.read("$.urgentReports[*].reportedBy")).containsOnly("yuanling.registrar");
        assertThat((List<Object>) registered.read("$.urgentReports[*].reportedAt")).doesNotContainNull();
        assertThat((List<String>) api.get("yuanling.registrar", "/api/v1/matters/" + id + "/timeline").read("$[*].type"))
                .containsExactly("REGISTERED", "URGENT_REPORTED");

        assertThat(desk("city.registrar")).contains((int) id);
        assertThat((List<String>) api.get("city.registrar", "/api/v1/matters/" + id).read("$.recordActions"))
                .contains("ACKNOWLEDGE_URGENT_REPORT");
        assertThat((List<String>) api.get("yuanling.supervisor", "/api/v1/matters/" + id).read("$.recordActions"))
                .doesNotContain("ACKNOWLEDGE_URGENT_REPORT");
        assertThat(desk("city.supervisor")).contains((int) id);
        assertThat(desk("yuanling.leader")).contains((int) id);
        assertThat(desk("yuanling.supervisor")).as("the reporting office itself").doesNotContain((int) id);
        assertThat(desk("chenxi.registrar")).doesNotContain((int) id);
        String page = mvc.perform(get("/desk/urgent").with(user(users.loadUserByUsername("city.registrar"))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(registered.<String>read("$.referenceNo"), "上一级信访部门");

        assertThat(api.post("yuanling.supervisor", "/api/v1/matters/" + id + "/urgent-acknowledgement", "{\"version\":" + v + "}").status())
                .as("a unit not reported to").isEqualTo(403);
        clock.advanceMinutes(30);
        Answer acknowledged = api.post("city.registrar", "/api/v1/matters/" + id + "/urgent-acknowledgement", "{\"version\":" + v + "}");
        assertThat(acknowledged.status()).as(acknowledged.body()).isEqualTo(200);
        assertThat((List<String>) acknowledged.read("$.urgentReports[?(@.recipient.code == '431200-PETITION')].acknowledgedBy"))
                .containsExactly("city.registrar");
        assertThat((List<Object>) acknowledged.read("$.urgentReports[?(@.recipient.code == '431200-PETITION')].acknowledgedAt"))
                .doesNotContainNull();
        assertThat((List<Object>) acknowledged.read("$.urgentReports[?(@.recipient.code == '431222')].acknowledgedAt"))
                .as("the county government has not acknowledged yet").isEmpty();
        assertThat((List<Object>) acknowledged.read("$.urgentReports[?(@.recipient.code == '431222')].reportedAt")).hasSize(1);

        assertThat(desk("city.registrar")).doesNotContain((int) id);
        assertThat(desk("city.supervisor")).as("one acknowledgement for the unit").doesNotContain((int) id);
        assertThat(desk("yuanling.leader")).as("until the county government acknowledges").contains((int) id);
        assertThat(api.post("city.registrar", "/api/v1/matters/" + id + "/urgent-acknowledgement", "{\"version\":" + acknowledged.version() + "}").status())
                .isEqualTo(403);
        assertThat(api.post("yuanling.leader", "/api/v1/matters/" + id + "/urgent-acknowledgement",
                "{\"version\":" + acknowledged.version() + "}").status())
                .isEqualTo(200);
        assertThat(desk("yuanling.leader")).doesNotContain((int) id);
    }

    @Test
    @DisplayName("art. 25: a matter found major or urgent later is reported when its flag is set")
    void art25_aMatterMadeMajorOrUrgentLaterIsReportedThen() {
        long id = api.post("yuanling.registrar", "/api/v1/matters",
                ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION")).id();
        assertThat(desk("city.registrar")).doesNotContain((int) id);
        Answer flagged = api.post("yuanling.leader", "/api/v1/matters/" + id + "/flags",
                "{\"version\":0,\"majorUrgent\":true,\"reason\":\"涉及五十余户，可能引发群体性事件\"}");
        assertThat(flagged.status()).as(flagged.body()).isEqualTo(200);
        // the county government reports: to the city's office; not to itself
        assertThat((List<String>) flagged.read("$.urgentReports[*].recipient.code")).containsExactly("431200-PETITION");
        assertThat((List<String>) flagged.read("$.urgentReports[*].reportedBy")).containsExactly("yuanling.leader");
        assertThat(desk("city.registrar")).contains((int) id);
    }

    private List<Integer> desk(String username) {
        Answer desk = api.get(username, "/api/v1/desk/urgent");
        assertThat(desk.status()).as(desk.body()).isEqualTo(200);
        return desk.read("$[*].matterId");
    }
}
