package org.xinfang.coordination;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.xinfang.support.ApiClient;
import org.xinfang.support.ApiClient.Answer;
import org.xinfang.support.IntegrationTest;
import org.xinfang.support.MutableClock;
import org.xinfang.territory.Territory;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Joint handling of a complex matter (联合办理, issue 12, item 3): the county's joint conference office opens a case
 * with its responsibility apportionment form, each unit reports on its own duty, the case shows who is late, bundled
 * help names its responsible parties, and the three documents print. Refusals name the problem; two offices' clerks
 * acting at once never lose an update.
 */
@IntegrationTest
class JointCaseApiTest {

    @Autowired
    ApiClient api;
    @Autowired
    MutableClock clock;
    @Autowired
    Territory territory;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @Test
    void theOfficeOpensACaseEachUnitReportsOnItsOwnDutyAndTheCaseShowsWhoIsLate() throws Exception {
        String ref = matter();
        LocalDate today = clock.today();
        long housing = unit("431222-HOUSING");
        long stability = unit("431222-STABILITY");
        long discipline = unit("431222-DISCIPLINE");
        Answer opened = open("yuanling.supervisor", ref, List.of(
                line("BUSINESS_DEPARTMENT", housing, "调处化解，依法作出补偿决定", today.plusDays(10)),
                line("STABILITY_OFFICE", stability, "落实稳控措施", today.plusDays(5)),
                line("DISCIPLINE_INSPECTION", discipline, "调查拆迁中的失职问题", today.plusDays(20))), "open-1");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        long id = opened.id();
        assertThat((String) opened.read("$.office")).isEqualTo("沅陵县信访局");
        assertThat((List<String>) opened.read("$.duties[*].unit")).containsExactly("沅陵县住房和城乡建设局",
                "沅陵县委政法委员会", "沅陵县纪律检查委员会");
        assertThat(open("yuanling.supervisor", ref, List.of(line("BUSINESS_DEPARTMENT", housing, "再次", today.plusDays(10)),
                line("STABILITY_OFFICE", stability, "再次", today.plusDays(5))), "open-1").id())
                .as("the same request again answers with the case opened").isEqualTo(id);
        Answer twice = open("yuanling.supervisor", ref, List.of(line("BUSINESS_DEPARTMENT", housing, "再次", today.plusDays(10)),
                line("STABILITY_OFFICE", stability, "再次", today.plusDays(5))), "open-2");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body()).contains(ref, "已在联合办理中");

        // the housing bureau reports on its own duty, not on another's
        List<Number> dutyIds = opened.read("$.duties[*].id");
        long housingDuty = dutyIds.get(0).longValue();
        long stabilityDuty = dutyIds.get(1).longValue();
        Answer report = report("yuanling.housing", housingDuty, today, "召开协调会，补偿方案已报县政府", false, "r-1");
        assertThat(report.status()).as(report.body()).isEqualTo(201);
        assertThat(report("yuanling.housing", housingDuty, today, "召开协调会，补偿方案已报县政府", false, "r-1").id())
                .isEqualTo(report.id());
        Answer notMine = report("yuanling.housing", stabilityDuty, today, "代为报告", false, null);
        assertThat(notMine.status()).isEqualTo(403);
        assertThat(notMine.body()).contains("沅陵县委政法委员会的职责", "只有该单位的工作人员");
        assertThat(api.get("yuanling.housing", "/api/v1/joint-cases/" + id).status())
                .as("a unit on the form sees the case").isEqualTo(200);

        // six days on, the stability office is late; the housing bureau completes in time
        clock.advanceDays(6);
        try {
            assertThat(report("yuanling.housing", housingDuty, clock.today(), "补偿协议已签订", true, null).status()).isEqualTo(201);
            Answer late = api.get("yuanling.supervisor", "/api/v1/joint-cases/" + id);
            assertThat((List<String>) late.read("$.lateUnits")).containsExactly("沅陵县委政法委员会");
            assertThat((List<Boolean>) late.read("$.duties[*].late")).containsExactly(false, true, false);
            assertThat((String) late.read("$.duties[0].doneOn")).isEqualTo(clock.today().toString());
            Answer again = report("yuanling.housing", housingDuty, clock.today(), "再报", false, null);
            assertThat(again.status()).isEqualTo(409);
            assertThat(again.body()).contains("已于", "报告落实完毕");
            Answer listing = api.get("yuanling.supervisor", "/api/v1/joint-cases");
            assertThat((List<Number>) listing.read("$.cases[*].id")).extracting(Number::longValue).contains(id);
            assertThat(((Number) listing.read("$.late")).longValue()).as("a unit late today").isPositive();
            assertThat((List<Number>) api.get("yuanling.housing", "/api/v1/joint-cases").read("$.cases[*].id"))
                    .as("a unit on the form follows the case").extracting(Number::longValue).contains(id);
            assertThat(api.get("hecheng.supervisor", "/api/v1/joint-cases/" + id).status()).as("another county's")
                    .isEqualTo(404);
        } finally {
            clock.advanceDays(-6);
        }

        // bundled help: the office names the parties, one of each kind, at the version it saw
        int version = api.get("yuanling.supervisor", "/api/v1/joint-cases/" + id).version();
        Answer named = api.post("yuanling.supervisor", "/api/v1/joint-cases/" + id + "/parties",
                "{\"version\":%d,\"kind\":\"RELATIVE\",\"name\":\"王某（信访人之子）\",\"duty\":\"做通家属思想工作\"}".formatted(version));
        assertThat(named.status()).as(named.body()).isEqualTo(200);
        Answer lost = api.post("yuanling.supervisor", "/api/v1/joint-cases/" + id + "/parties",
                "{\"version\":%d,\"kind\":\"DECISION_MAKER\",\"name\":\"县住建局局长\",\"duty\":\"决定补偿标准\"}".formatted(version));
        assertThat(lost.status()).as("a second clerk at the old version").isEqualTo(409);
        assertThat(lost.body()).contains("已被他人修改");
        long party = ((Number) named.read("$.parties[0].id")).longValue();
        Answer progress = api.post("yuanling.supervisor", "/api/v1/joint-cases/parties/" + party + "/progress",
                "{\"version\":0,\"progress\":\"已两次上门，家属表示理解\"}");
        assertThat((String) progress.read("$.parties[0].progress")).isEqualTo("已两次上门，家属表示理解");
        assertThat(api.post("yuanling.supervisor", "/api/v1/joint-cases/parties/" + party + "/progress",
                "{\"version\":0,\"progress\":\"覆盖\"}").status()).as("a stale progress note").isEqualTo(409);
        assertThat(api.post("yuanling.housing", "/api/v1/joint-cases/parties/" + party + "/progress",
                "{\"version\":1,\"progress\":\"越权\"}").body()).contains("只有沅陵县信访局的督查员或领导");

        // the three documents
        String form = pdf("yuanling.supervisor", id, "apportionment-form");
        assertThat(form).as("the matter's number is no one's personal data: whole for a supervisor too").contains(ref);
        assertThat(form).contains("沅陵县信访工作联席会议办公室", "责任分解表", "沅陵县住房和城乡建设局", "业务主管部门",
                "沅陵县委政法委员会", "综治维稳部门", "纪检监察机关", "捆绑帮扶责任主体", "亲属", "已两次上门", "第十三条第一款");
        assertThat(pdf("yuanling.supervisor", id, "transfer-letter")).contains("联合办理转送函", "转送你们联合办理",
                "第二十四条第一款", "特此函告");
        String summary = pdf("yuanling.housing", id, "case-summary");
        assertThat(summary).contains("信访事项摘要", ref, "案情摘要", "拆迁补偿涉及住建、维稳、纪检");
    }

    @Test
    void refusalsNameTheProblem() {
        String ref = matter();
        LocalDate today = clock.today();
        long housing = unit("431222-HOUSING");
        long stability = unit("431222-STABILITY");
        List<String> two = List.of(line("BUSINESS_DEPARTMENT", housing, "调处", today.plusDays(10)),
                line("STABILITY_OFFICE", stability, "稳控", today.plusDays(10)));
        Answer registrar = open("yuanling.registrar", ref, two, null);
        assertThat(registrar.status()).isEqualTo(403);
        assertThat(registrar.body()).contains("联席会议办公室");
        assertThat(open("yuanling.leader", ref, two, null).status()).as("a leader of the government, not of its office")
                .isEqualTo(403);
        Answer one = open("yuanling.supervisor", ref, List.of(line("BUSINESS_DEPARTMENT", housing, "调处", today.plusDays(10))), null);
        assertThat(one.status()).isEqualTo(400);
        assertThat(one.body()).contains("至少需要两个责任单位");
        Answer outside = open("yuanling.supervisor", ref, List.of(line("BUSINESS_DEPARTMENT", housing, "调处", today.plusDays(10)),
                line("STABILITY_OFFICE", unit("431202-STABILITY"), "稳控", today.plusDays(10))), null);
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.body()).contains("鹤城区委政法委员会", "不在", "辖区内");
        Answer tooLate = open("yuanling.supervisor", ref, List.of(line("BUSINESS_DEPARTMENT", housing, "调处", today.plusDays(61)),
                line("STABILITY_OFFICE", stability, "稳控", today.plusDays(10))), null);
        assertThat(tooLate.status()).isEqualTo(400);
        assertThat(tooLate.body()).contains("dueOn", "60日");
        Answer unknown = open("yuanling.supervisor", "XF431222-1999-0000001", two, null);
        assertThat(unknown.body()).contains("没有找到编号");
        assertThat(open("hecheng.supervisor", ref, List.of(line("BUSINESS_DEPARTMENT", unit("431202-HOUSING"), "调处", today.plusDays(10)),
                line("STABILITY_OFFICE", unit("431202-STABILITY"), "稳控", today.plusDays(10))), null).body())
                .as("another county's matter is not found").contains("没有找到编号");
        Answer english = api.postInEnglish("yuanling.registrar", "/api/v1/joint-cases", opening(ref, two));
        assertThat(english.body()).contains("Only a supervisor or leader");
        assertThat(api.get("yuanling.supervisor", "/api/v1/joint-cases/1/documents/nothing").status()).isEqualTo(404);
    }

    private String matter() {
        long id = api.post("yuanling.registrar", "/api/v1/matters",
                ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION")).id();
        return api.get("yuanling.registrar", "/api/v1/matters/" + id).read("$.referenceNo");
    }

    private long unit(String code) {
        return territory.unitByCode(code).orElseThrow().id();
    }

    private static String line(String role, long unit, String duty, LocalDate due) {
        return "{\"role\":\"%s\",\"unitId\":%d,\"duty\":\"%s\",\"dueOn\":\"%s\"}".formatted(role, unit, duty, due);
    }

    private static String opening(String ref, List<String> lines) {
        return "{\"referenceNo\":\"%s\",\"summary\":\"拆迁补偿涉及住建、维稳、纪检，信访人多次越级上访\",\"duties\":[%s]}"
                .formatted(ref, String.join(",", lines));
    }

    private Answer open(String who, String ref, List<String> lines, String key) {
        var request = MockMvcRequestBuilders.post("/api/v1/joint-cases");
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return api.call(who, request, opening(ref, lines), "zh-CN");
    }

    private Answer report(String who, long duty, LocalDate day, String note, boolean completes, String key) {
        var request = MockMvcRequestBuilders.post("/api/v1/joint-cases/duties/" + duty + "/reports");
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return api.call(who, request, "{\"reportedOn\":\"%s\",\"note\":\"%s\",\"completes\":%s}".formatted(day, note, completes),
                "zh-CN");
    }

    private String pdf(String who, long id, String slug) throws Exception {
        MvcResult result = mvc.perform(MockMvcRequestBuilders.get("/api/v1/joint-cases/" + id + "/documents/" + slug)
                .with(user(users.loadUserByUsername(who)))).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
        try (PDDocument doc = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s", "");
        }
    }
}
