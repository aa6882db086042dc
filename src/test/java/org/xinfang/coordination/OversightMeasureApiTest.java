package org.xinfang.coordination;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.xinfang.support.ApiClient;
import org.xinfang.support.ApiClient.Answer;
import org.xinfang.support.IntegrationTest;
import org.xinfang.support.MutableClock;
import org.xinfang.territory.Territory;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The joint conference's measures (约谈、通报、挂牌督办, issue 12, item 4): the county's office lists a unit for
 * supervision with a deadline to rectify; the list shows it listed and, once the deadline passes, late; the
 * rectification lifts it, once, at the version seen.
 */
@IntegrationTest
class OversightMeasureApiTest {

    @Autowired
    ApiClient api;
    @Autowired
    MutableClock clock;
    @Autowired
    Territory territory;

    @Test
    void theOfficeListsAUnitForSupervisionAndRecordsItsRectification() {
        String ref = matter();
        LocalDate today = clock.today();
        long housing = unit("431222-HOUSING");
        Answer decided = decide("yuanling.supervisor", housing, "LISTED_SUPERVISION", List.of(ref), today, today.plusDays(30), "m-1");
        assertThat(decided.status()).as(decided.body()).isEqualTo(201);
        long id = decided.id();
        assertThat((String) decided.read("$.unit")).isEqualTo("沅陵县住房和城乡建设局");
        assertThat((String) decided.read("$.office")).isEqualTo("沅陵县信访局");
        assertThat((List<String>) decided.read("$.matters[*].referenceNo")).containsExactly(ref);
        assertThat((Boolean) decided.read("$.listed")).isTrue();
        assertThat(decide("yuanling.supervisor", housing, "LISTED_SUPERVISION", List.of(ref), today, today.plusDays(30), "m-1").id())
                .as("the same request again answers with the measure recorded").isEqualTo(id);

        clock.advanceDays(31);
        try {
            Answer listing = api.get("yuanling.supervisor", "/api/v1/oversight/measures");
            assertThat((List<Number>) listing.read("$.awaiting[?(@.pastDeadline == true)].id")).extracting(Number::longValue)
                    .contains(id);
            assertThat(((Number) listing.read("$.listed")).longValue()).isPositive();
            assertThat((List<Number>) api.get("city.supervisor", "/api/v1/oversight/measures").read("$.awaiting[*].id"))
                    .as("the city sees its counties' measures").extracting(Number::longValue).contains(id);
            assertThat(api.get("hecheng.supervisor", "/api/v1/oversight/measures/" + id).status()).as("another county's")
                    .isEqualTo(404);

            int version = api.get("yuanling.supervisor", "/api/v1/oversight/measures/" + id).version();
            Answer rectified = rectify("yuanling.supervisor", id, version, clock.today(), "补偿款已全部兑现，约谈整改报告已报县联席办");
            assertThat(rectified.status()).as(rectified.body()).isEqualTo(200);
            assertThat((Boolean) rectified.read("$.listed")).as("listed until rectified").isFalse();
            assertThat((Boolean) rectified.read("$.pastDeadline")).isFalse();
            assertThat((String) rectified.read("$.rectifiedOn")).isEqualTo(clock.today().toString());
            Answer stale = rectify("yuanling.supervisor", id, version, clock.today(), "再次");
            assertThat(stale.status()).isEqualTo(409);
            assertThat(stale.body()).contains("已于", "完成整改");
            assertThat((List<Number>) api.get("yuanling.supervisor", "/api/v1/oversight/measures").read("$.latestRectified[*].id"))
                    .extracting(Number::longValue).contains(id);
        } finally {
            clock.advanceDays(-31);
        }
    }

    @Test
    void aStaleRectificationIsRefusedNamingTheVersions() {
        LocalDate today = clock.today();
        Answer decided = decide("yuanling.supervisor", unit("431222-HOUSING"), "INTERVIEW", List.of(), today, today.plusDays(10), null);
        long id = decided.id();
        Answer stale = rectify("yuanling.supervisor", id, 7, today, "整改完毕");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("第 7 版", "第 0 版");
    }

    @Test
    void refusalsNameTheProblem() {
        LocalDate today = clock.today();
        long housing = unit("431222-HOUSING");
        Answer registrar = decide("yuanling.registrar", housing, "INTERVIEW", List.of(), today, today.plusDays(10), null);
        assertThat(registrar.status()).isEqualTo(403);
        assertThat(registrar.body()).contains("只有市、县信访工作联席会议办公室", "约谈、通报、挂牌督办");
        assertThat(decide("yuanling.leader", housing, "INTERVIEW", List.of(), today, today.plusDays(10), null).status())
                .as("a leader of the government, not of its office").isEqualTo(403);
        Answer outside = decide("yuanling.supervisor", unit("431202-HOUSING"), "INTERVIEW", List.of(), today, today.plusDays(10), null);
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.body()).contains("“鹤城区住房和城乡建设局”不在沅陵县人民政府辖区内");
        Answer deadline = decide("yuanling.supervisor", housing, "INTERVIEW", List.of(), today, today, null);
        assertThat(deadline.body()).contains("整改期限", "须晚于决定日期");
        Answer unknown = decide("yuanling.supervisor", housing, "INTERVIEW", List.of("XF431222-1999-0000001"), today,
                today.plusDays(10), null);
        assertThat(unknown.body()).contains("没有找到编号为“XF431222-1999-0000001”的事项");
        long id = decide("yuanling.supervisor", housing, "CIRCULATED_NOTICE", List.of(), today, today.plusDays(10), null).id();
        Answer notTheOffice = rectify("city.supervisor", id, 0, today, "代记");
        assertThat(notTheOffice.status()).isEqualTo(403);
        assertThat(notTheOffice.body()).contains("只有沅陵县信访局的督查员或领导");
        Answer english = api.postInEnglish("yuanling.registrar", "/api/v1/oversight/measures",
                body(housing, "INTERVIEW", List.of(), today, today.plusDays(10)));
        assertThat(english.body()).contains("Only a supervisor or leader of a city's or county's joint conference office");
    }

    private String matter() {
        long id = api.post("yuanling.registrar", "/api/v1/matters",
                ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION")).id();
        return api.get("yuanling.registrar", "/api/v1/matters/" + id).read("$.referenceNo");
    }

    private long unit(String code) {
        return territory.unitByCode(code).orElseThrow().id();
    }

    private static String body(long unit, String kind, List<String> refs, LocalDate decided, LocalDate rectifyBy) {
        return "{\"unitId\":%d,\"kind\":\"%s\",\"reason\":\"拆迁补偿信访积案久拖不决，群众反映强烈\",\"referenceNos\":[%s],\"decidedOn\":\"%s\",\"rectifyBy\":\"%s\"}"
                .formatted(unit, kind, String.join(",", refs.stream().map(r -> "\"" + r + "\"").toList()), decided, rectifyBy);
    }

    private Answer decide(String who, long unit, String kind, List<String> refs, LocalDate decided, LocalDate rectifyBy, String key) {
        var request = MockMvcRequestBuilders.post("/api/v1/oversight/measures");
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return api.call(who, request, body(unit, kind, refs, decided, rectifyBy), "zh-CN");
    }

    private Answer rectify(String who, long id, int version, LocalDate day, String text) {
        return api.post(who, "/api/v1/oversight/measures/" + id + "/rectification",
                "{\"version\":%d,\"rectifiedOn\":\"%s\",\"rectification\":\"%s\"}".formatted(version, day, text));
    }
}
