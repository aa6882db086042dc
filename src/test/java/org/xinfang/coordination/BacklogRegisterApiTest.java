package org.xinfang.coordination;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.xinfang.support.ApiClient;
import org.xinfang.support.ApiClient.Answer;
import org.xinfang.support.IntegrationTest;
import org.xinfang.support.MutableClock;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The backlog register (积案台账, issue 12, item 2): an old matter still unsettled goes on the register once, with a
 * leader of its area, a target date and a plan; progress is noted; its leader declares it settled (案结事了) once the
 * procedure has concluded it, at the version seen. Refusals name the problem.
 */
@IntegrationTest
class BacklogRegisterApiTest {

    @Autowired
    ApiClient api;
    @Autowired
    MutableClock clock;

    long old;
    String oldRef;

    /** A matter received today, then the clock moved past its 60-day handling limit (and back after the test). */
    @BeforeEach
    void anOldMatter() {
        old = register();
        oldRef = api.get("yuanling.registrar", "/api/v1/matters/" + old).read("$.referenceNo");
        clock.advanceDays(61);
    }

    @AfterEach
    void backToToday() {
        clock.advanceDays(-61);
    }

    @Test
    void anOldMatterIsRegisteredOnceProgressIsNotedAndItsLeaderSettlesItOnceTheProcedureHasConcludedIt() {
        LocalDate today = clock.today();
        Answer registered = api.post("yuanling.supervisor", "/api/v1/backlog", registration(oldRef, "yuanling.leader",
                today.plusDays(30), "县领导牵头，住建局、镇政府三十日内拿出补偿方案"));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        long id = registered.id();
        assertThat((String) registered.read("$.leader")).isEqualTo("陈刚");
        assertThat((Boolean) registered.read("$.settled")).isFalse();
        Answer again = api.post("yuanling.supervisor", "/api/v1/backlog", registration(oldRef, "yuanling.leader",
                today.plusDays(30), "再次列入"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("已在积案台账中");

        Answer progress = note("yuanling.leader", id, today, "召开协调会，明确补偿标准", "p-1");
        assertThat(progress.status()).as(progress.body()).isEqualTo(201);
        assertThat(note("yuanling.leader", id, today, "召开协调会，明确补偿标准", "p-1").id()).isEqualTo(progress.id());
        assertThat((List<?>) api.get("yuanling.leader", "/api/v1/backlog/" + id).read("$.progress")).hasSize(1);

        // not yet concluded: the leader cannot settle it
        Answer early = api.post("yuanling.leader", "/api/v1/backlog/" + id + "/settlement",
                "{\"version\":0,\"settlement\":\"信访人签署息访承诺书\"}");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.body()).contains("尚未终结");
        // the matter is merged into another (concluded); only its leader settles it, at the version seen
        long original = register();
        String originalRef = api.get("yuanling.registrar", "/api/v1/matters/" + original).read("$.referenceNo");
        assertThat(api.post("yuanling.registrar", "/api/v1/matters/" + old + "/duplicate-of",
                "{\"version\":0,\"originalReferenceNo\":\"%s\",\"reason\":\"同一事项\"}".formatted(originalRef)).status())
                .isEqualTo(200);
        assertThat(api.post("yuanling.supervisor", "/api/v1/backlog/" + id + "/settlement",
                "{\"version\":0,\"settlement\":\"信访人签署息访承诺书\"}").status()).isEqualTo(403);
        Answer settled = api.post("yuanling.leader", "/api/v1/backlog/" + id + "/settlement",
                "{\"version\":0,\"settlement\":\"补偿到位，信访人签署息访承诺书\"}");
        assertThat(settled.status()).as(settled.body()).isEqualTo(200);
        assertThat((Boolean) settled.read("$.settled")).isTrue();
        Answer stale = api.post("yuanling.leader", "/api/v1/backlog/" + id + "/settlement",
                "{\"version\":0,\"settlement\":\"再次确认\"}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(note("yuanling.leader", id, today, "补记", null).status()).as("a settled case no longer changes")
                .isEqualTo(409);

        Answer list = api.get("yuanling.supervisor", "/api/v1/backlog");
        assertThat((List<Number>) list.read("$.settledCases[*].id")).extracting(Number::longValue).contains(id);
        assertThat(api.get("hecheng.supervisor", "/api/v1/backlog/" + id).status()).as("another county's").isEqualTo(404);
    }

    @Test
    void refusalsNameTheProblem() {
        LocalDate today = clock.today();
        // received today (the clock's today): still within its handling limit
        long recent = register();
        String recentRef = api.get("yuanling.registrar", "/api/v1/matters/" + recent).read("$.referenceNo");
        assertThat(post("yuanling.registrar", oldRef, "yuanling.leader", today.plusDays(10), "方案").status())
                .as("a registrar does not register backlog").isEqualTo(403);
        Answer tooRecent = post("yuanling.supervisor", recentRef, "yuanling.leader", today.plusDays(10), "方案");
        assertThat(tooRecent.status()).isEqualTo(400);
        assertThat(tooRecent.body()).contains("尚在办理期限");
        Answer notALeader = post("yuanling.supervisor", oldRef, "yuanling.registrar", today.plusDays(10), "方案");
        assertThat(notALeader.status()).isEqualTo(400);
        assertThat(notALeader.body()).contains("leader", "不是该事项所在地的领导");
        assertThat(post("yuanling.supervisor", oldRef, "hecheng.leader", today.plusDays(10), "方案").status())
                .as("a leader of another county").isEqualTo(400);
        Answer past = post("yuanling.supervisor", oldRef, "yuanling.leader", today, "方案");
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.body()).contains("targetOn", "须在今天之后");
        Answer unknown = post("yuanling.supervisor", "XF431222-1999-0000001", "yuanling.leader", today.plusDays(10), "方案");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("没有找到编号");
        assertThat(post("hecheng.supervisor", oldRef, "hecheng.leader", today.plusDays(10), "方案").body())
                .as("another county's matter is not found").contains("没有找到编号");
        Answer blank = post("yuanling.supervisor", oldRef, "yuanling.leader", today.plusDays(10), " ");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body()).contains("plan");
    }

    private Answer post(String who, String ref, String leader, LocalDate target, String plan) {
        return api.post(who, "/api/v1/backlog", registration(ref, leader, target, plan));
    }

    private static String registration(String ref, String leader, LocalDate target, String plan) {
        return "{\"referenceNo\":\"%s\",\"leader\":\"%s\",\"targetOn\":\"%s\",\"plan\":\"%s\"}".formatted(ref, leader, target, plan);
    }

    private Answer note(String who, long id, LocalDate day, String text, String key) {
        var request = MockMvcRequestBuilders.post("/api/v1/backlog/" + id + "/progress");
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return api.call(who, request, "{\"notedOn\":\"%s\",\"note\":\"%s\"}".formatted(day, text), "zh-CN");
    }

    private long register() {
        return api.post("yuanling.registrar", "/api/v1/matters",
                ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION")).id();
    }
}
