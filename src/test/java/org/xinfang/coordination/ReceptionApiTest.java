package org.xinfang.coordination;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.platform.Pseudonyms;
import org.xinfang.support.ApiClient;
import org.xinfang.support.ApiClient.Answer;
import org.xinfang.support.IntegrationTest;
import org.xinfang.support.MutableClock;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Leader receptions (领导接访, issue 12, item 6): receptions of the three kinds on a unit's calendar, a joint reception
 * of several units, the batches received with the "four meet, two nods" record and the matters they touched, the
 * batches and persons counted by level, appointment requests answered once; refusals name the problem.
 */
@IntegrationTest
class ReceptionApiTest {

    @Autowired
    ApiClient api;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Pseudonyms pseudonyms;

    @Test
    void receptionsOfTheThreeKindsGoOnTheCalendarAndWhatWasReceivedIsCounted() {
        LocalDate lastMonday = clock.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Answer openDay = create("yuanling.registrar", "OPEN_DAY", "431222", lastMonday, "县信访接待中心", "yuanling.leader", List.of());
        assertThat(openDay.status()).as(openDay.body()).isEqualTo(201);
        assertThat((String) openDay.read("$.leader")).isEqualTo("陈刚");
        assertThat((String) openDay.read("$.leaderLevel")).isEqualTo("COUNTY");
        Answer appointment = create("yuanling.registrar", "APPOINTMENT", "431222-HOUSING", lastMonday.plusDays(2),
                "县住建局会议室", "yuanling.leader", List.of());
        assertThat(appointment.status()).as(appointment.body()).isEqualTo(201);
        Answer downVisit = create("yuanling.supervisor", "DOWN_VISIT", "431222001", lastMonday.plusDays(3),
                "沅陵镇张家村村部", "yuanling.leader", List.of());
        assertThat(downVisit.status()).as(downVisit.body()).isEqualTo(201);
        Answer joint = create("yuanling.registrar", "OPEN_DAY", "431222-PETITION", lastMonday, "县联合接访中心",
                "yuanling.leader", List.of("431222-HOUSING", "431222-HUMAN_RESOURCES", "431222-NATURAL_RESOURCES"));
        assertThat(joint.status()).as(joint.body()).isEqualTo(201);
        assertThat((Boolean) joint.read("$.joint")).isTrue();
        assertThat((List<String>) joint.read("$.joinedBy[*].code"))
                .containsExactlyInAnyOrder("431222-HOUSING", "431222-HUMAN_RESOURCES", "431222-NATURAL_RESOURCES");

        Answer calendar = api.get("yuanling.supervisor", "/api/v1/receptions?from=%s&to=%s".formatted(lastMonday, lastMonday.plusDays(6)));
        assertThat((List<Number>) calendar.read("$.receptions[*].id")).extracting(Number::longValue)
                .contains(openDay.id(), appointment.id(), downVisit.id(), joint.id());
        assertThat(api.get("hecheng.supervisor", "/api/v1/receptions/" + openDay.id()).status()).as("another county's").isEqualTo(404);

        Answer before = indicators("yuanling.supervisor", lastMonday);
        String ref = api.get("yuanling.registrar", "/api/v1/matters/" + register()).read("$.referenceNo");
        Answer received = visit("yuanling.registrar", joint.id(), 6, "向红梅", List.of(ref), true, true);
        assertThat(received.status()).as(received.body()).isEqualTo(201);
        assertThat((Integer) received.read("$.batches")).isEqualTo(1);
        assertThat((Integer) received.read("$.persons")).isEqualTo(6);
        assertThat((Boolean) received.read("$.visits[0].allFourMet")).isTrue();
        assertThat((Boolean) received.read("$.visits[0].bothNodded")).isTrue();
        assertThat((String) received.read("$.visits[0].matters[0].referenceNo")).isEqualTo(ref);
        assertThat((String) received.read("$.visits[0].petitioner")).isEqualTo("向红梅");
        Answer second = visit("yuanling.leader", joint.id(), 1, "李建国", List.of(), true, false);
        assertThat((Boolean) second.read("$.visits[1].bothNodded")).as("the unit did not nod").isFalse();
        assertThat((String) api.get("city.analyst", "/api/v1/receptions/" + joint.id()).read("$.visits[0].petitioner"))
                .as("an analyst reads the name masked").isEqualTo("向某");

        Answer after = indicators("yuanling.supervisor", lastMonday);
        assertThat(count(after, "batches") - count(before, "batches")).isEqualTo(2);
        assertThat(count(after, "persons") - count(before, "persons")).isEqualTo(7);
        assertThat(((Number) after.read("$.byLevel[1].batches")).longValue() - ((Number) before.read("$.byLevel[1].batches")).longValue())
                .as("the county's leaders").isEqualTo(2);
        assertThat((String) after.read("$.byLevel[1].level")).isEqualTo("COUNTY");
        assertThat(((Number) after.read("$.joint")).longValue()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void refusalsNameTheProblem() {
        LocalDate lastMonday = clock.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Answer handler = create("yuanling.housing", "OPEN_DAY", "431222", lastMonday, "接待中心", "yuanling.leader", List.of());
        assertThat(handler.status()).isEqualTo(403);
        assertThat(handler.body()).contains("只有登记员、督查员或领导可以安排领导接访");
        Answer notALeader = create("yuanling.registrar", "OPEN_DAY", "431222", lastMonday, "接待中心", "hecheng.leader", List.of());
        assertThat(notALeader.status()).isEqualTo(400);
        assertThat(notALeader.body()).contains("leader", "hecheng.leader", "不是该单位所在地的领导");
        Answer notMonday = create("yuanling.registrar", "OPEN_DAY", "431222", lastMonday.plusDays(1), "接待中心", "yuanling.leader", List.of());
        assertThat(notMonday.status()).isEqualTo(400);
        assertThat(notMonday.body()).contains("heldOn", "领导接访日为每周一");
        Answer township = create("yuanling.registrar", "OPEN_DAY", "431222001", lastMonday, "镇接待室", "yuanling.leader",
                List.of("431222-HOUSING"));
        assertThat(township.status()).isEqualTo(400);
        assertThat(township.body()).contains("joinedBy", "联合接访由市、县两级组织");
        Answer otherCounty = create("yuanling.registrar", "OPEN_DAY", "431222", lastMonday, "接待中心", "yuanling.leader",
                List.of("431202-HOUSING"));
        assertThat(otherCounty.status()).isEqualTo(400);
        assertThat(otherCounty.body()).contains("431202-HOUSING", "不能参加这次联合接访");

        long id = create("yuanling.registrar", "OPEN_DAY", "431222", lastMonday, "接待中心", "yuanling.leader", List.of()).id();
        Answer unknown = visit("yuanling.registrar", id, 2, "王某", List.of("XF431222-1999-0000001"), true, true);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("matters", "没有找到编号为“XF431222-1999-0000001”的事项");
        Answer analyst = visit("city.analyst", id, 2, "王某", List.of(), true, true);
        assertThat(analyst.status()).isEqualTo(403);
        long ahead = create("yuanling.registrar", "APPOINTMENT", "431222", clock.today().plusDays(3), "接待中心",
                "yuanling.leader", List.of()).id();
        Answer early = visit("yuanling.registrar", ahead, 1, "王某", List.of(), true, true);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.body()).contains("接访之后才能记录");
    }

    @Test
    void anAppointmentRequestIsAnsweredOnceAndAStaleAnswerIsRefused() {
        Long yuanling = jdbc.queryForObject("select id from unit where code = '431222'", Long.class);
        Long id = jdbc.queryForObject("""
                insert into appointment_request (unit_id, unit_path, wished_on, subject, petitioner, phone_hash, phone_last4, requested_at)
                select id, path, ?, '征收补偿', '向红梅', ?, '0001', now() from unit where id = ? returning id""", Long.class,
                clock.today().plusDays(5), pseudonyms.of("phone", "13974500001"), yuanling);
        Answer list = api.get("yuanling.registrar", "/api/v1/receptions/requests");
        assertThat((List<Number>) list.read("$[*].id")).extracting(Number::longValue).contains(id);
        String answer = "{\"version\":0,\"heldOn\":\"%s\",\"startsAt\":\"10:00\",\"place\":\"县信访接待中心\",\"leader\":\"yuanling.leader\"}"
                .formatted(clock.today().plusDays(6));
        assertThat(api.post("yuanling.supervisor", "/api/v1/receptions/requests/" + id + "/answer", answer).body())
                .contains("只有登记员或领导可以答复约访申请");
        Answer first = api.post("yuanling.registrar", "/api/v1/receptions/requests/" + id + "/answer", answer);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat((String) first.read("$.state")).isEqualTo("OTHER_TIME");
        assertThat((String) first.read("$.reception.kind")).isEqualTo("APPOINTMENT");
        Answer stale = api.post("yuanling.leader", "/api/v1/receptions/requests/" + id + "/answer", answer);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("该约访申请已被他人答复或修改", "第 0 版", "第 1 版");
        assertThat(jdbc.queryForObject("select count(*) from reception where id > ? and kind = 'APPOINTMENT' and held_on = ?",
                Long.class, ((Number) first.read("$.reception.id")).longValue(), clock.today().plusDays(6)))
                .as("the refused answer left no reception behind").isZero();
    }

    private Answer create(String who, String kind, String unit, LocalDate day, String place, String leader, List<String> joinedBy) {
        return api.post(who, "/api/v1/receptions", """
                {"kind":"%s","unitCode":"%s","heldOn":"%s","startsAt":"09:00","place":"%s","leader":"%s","joinedBy":[%s]}"""
                .formatted(kind, unit, day, place, leader, String.join(",", joinedBy.stream().map(c -> "\"" + c + "\"").toList())));
    }

    private Answer visit(String who, long reception, int persons, String petitioner, List<String> matters, boolean petitionerNods,
                         boolean unitNods) {
        return api.post(who, "/api/v1/receptions/" + reception + "/visits", """
                {"persons":%d,"petitioner":"%s","subject":"房屋征收补偿款未兑现","outcome":"住建局一个月内核定补偿并兑现",
                 "met":{"leader":true,"petitioner":true,"unit":true,"office":true},
                 "petitionerAgreed":%s,"unitAgreed":%s,"matters":[%s]}"""
                .formatted(persons, petitioner, petitionerNods, unitNods,
                        String.join(",", matters.stream().map(c -> "\"" + c + "\"").toList())));
    }

    private Answer indicators(String who, LocalDate day) {
        return api.get(who, "/api/v1/receptions/indicators?from=%s&to=%s".formatted(day, day));
    }

    private static long count(Answer a, String figure) {
        return ((Number) a.read("$.all." + figure)).longValue();
    }

    private long register() {
        return api.post("yuanling.registrar", "/api/v1/matters",
                ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION")).id();
    }
}
