package org.xinfang.prevention;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.xinfang.support.ApiClient;
import org.xinfang.support.ApiClient.Answer;
import org.xinfang.support.Concurrently;
import org.xinfang.support.IntegrationTest;
import org.xinfang.support.MutableClock;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Social stability risk assessments (社会稳定风险评估, issue 13, item 5): recorded once per request key with risk points,
 * a level no lower than the highest point and a conclusion the level allows; matters linked to the project raise its
 * level by RiskRules, the reason shown and printed in the PDF report; revisions at the version seen.
 */
@IntegrationTest
class RiskAssessmentApiTest {

    @Autowired
    ApiClient api;
    @Autowired
    MutableClock clock;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @Test
    void linkedMattersRaiseTheProjectsLevelWithTheReasonOnTheAssessmentAndInItsReport() throws Exception {
        LocalDate today = clock.today();
        String key = UUID.randomUUID().toString();
        Answer recorded = record("yuanling.supervisor", key, assessment("沅陵县城北棚户区改造项目", today.minusDays(10),
                "LOW", "PROCEED"));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        long id = recorded.id();
        String no = recorded.read("$.referenceNo");
        assertThat(no).startsWith("SR431222-" + today.minusDays(10).getYear() + "-");
        assertThat(record("yuanling.supervisor", key, assessment("另一个", today, "LOW", "PROCEED")).id())
                .as("the retried request answers with the first").isEqualTo(id);
        assertThat((String) recorded.read("$.currentLevel")).isEqualTo("LOW");

        String first = matter(1);
        String second = matter(1);
        link("yuanling.registrar", id, first);
        Answer two = link("yuanling.registrar", id, second);
        assertThat((String) two.read("$.currentLevel")).as("two matters do not raise it").isEqualTo("LOW");
        Answer again = link("yuanling.registrar", id, second);
        assertThat(again.status()).as("linking again changes nothing").isEqualTo(200);
        assertThat((List<?>) again.read("$.matters")).hasSize(2);
        Answer three = link("yuanling.registrar", id, matter(1));
        assertThat((String) three.read("$.currentLevel")).isEqualTo("MEDIUM");
        assertThat((List<String>) three.read("$.raises[*].reason")).containsExactly("近30日内关联信访事项3件，达到3件的标准，上调一级");
        Answer collective = link("yuanling.registrar", id, matter(6));
        assertThat((String) collective.read("$.currentLevel")).isEqualTo("HIGH");
        assertThat((List<String>) collective.read("$.raises[*].raise")).containsExactly("MATTERS_IN_WINDOW", "COLLECTIVE_VISIT");
        assertThat((String) collective.read("$.assessedLevel")).as("the assessed level stays as assessed").isEqualTo("LOW");

        // a matter arises from one project only
        long other = record("yuanling.supervisor", null, assessment("沅陵县教育布局调整决策", today, "LOW", "PROCEED")).id();
        Answer elsewhere = link("yuanling.registrar", other, first);
        assertThat(elsewhere.status()).isEqualTo(409);
        assertThat(elsewhere.body()).contains(no);
        assertThat(link("yuanling.registrar", id, "XF431222-1999-0000001").body()).contains("referenceNo", "没有找到编号");
        assertThat(api.get("hecheng.supervisor", "/api/v1/risk-assessments/" + id).status()).isEqualTo(404);
        assertThat((List<Number>) api.get("city.analyst", "/api/v1/risk-assessments").read("$[*].id"))
                .extracting(Number::longValue).contains(id, other);

        MockHttpServletResponse pdf = mvc.perform(get("/api/v1/risk-assessments/" + id + "/report.pdf")
                .with(user(users.loadUserByUsername("yuanling.supervisor"))).accept(MediaType.APPLICATION_PDF))
                .andReturn().getResponse();
        Assumptions.assumeTrue(pdf.getStatus() != 503 || "true".equalsIgnoreCase(System.getenv("CI")),
                "no font with Chinese glyphs for the letters (apt-get install fonts-noto-cjk)");
        assertThat(pdf.getStatus()).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(pdf.getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s", "");
            assertThat(text).contains("社会稳定风险评估报告", no, "沅陵县城北棚户区改造项目", "沅陵县人民政府", "征地补偿标准争议",
                    "风险等级由低风险调整为高风险", "评估后发生集体访1件", first);
        }
        MockHttpServletResponse page = mvc.perform(get("/prevention/assessments/" + id + "/report.pdf")
                .with(user(users.loadUserByUsername("city.analyst")))).andReturn().getResponse();
        assertThat(page.getStatus()).as("the staff page's link").isEqualTo(200);
        assertThat(page.getContentType()).isEqualTo("application/pdf");
    }

    @Test
    void aMatterLinkedByMistakeIsUnlinkedWithItsReasonOnRecordAndNoLongerRaisesTheLevel() {
        long id = record("yuanling.supervisor", null, assessment("沅陵县城南道路拓宽项目", clock.today().minusDays(5),
                "LOW", "PROCEED")).id();
        String wrong = matter(1);
        link("yuanling.registrar", id, matter(1));
        link("yuanling.registrar", id, wrong);
        assertThat((String) link("yuanling.registrar", id, matter(1)).read("$.currentLevel")).isEqualTo("MEDIUM");

        Answer blank = unlink("yuanling.registrar", id, wrong, " ");
        assertThat(blank.status()).isEqualTo(400);
        Answer unlinked = unlink("yuanling.registrar", id, wrong, "登记时误关联，该事项涉及城北项目");
        assertThat(unlinked.status()).as(unlinked.body()).isEqualTo(200);
        assertThat((List<String>) unlinked.read("$.matters[*].referenceNo")).hasSize(2).doesNotContain(wrong);
        assertThat((String) unlinked.read("$.currentLevel")).as("two matters left do not raise it").isEqualTo("LOW");
        assertThat((List<String>) unlinked.read("$.unlinked[*].referenceNo")).containsExactly(wrong);
        assertThat((List<String>) unlinked.read("$.unlinked[*].reason")).containsExactly("登记时误关联，该事项涉及城北项目");

        Answer again = unlink("yuanling.registrar", id, wrong, "再次取消");
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body()).contains(wrong, "未关联");
        assertThat(unlink("hecheng.supervisor", id, wrong, "无权").status()).as("another county's").isEqualTo(404);
        long other = record("yuanling.supervisor", null, assessment("沅陵县城北供水项目", clock.today(), "LOW", "PROCEED")).id();
        assertThat(link("yuanling.registrar", other, wrong).status()).as("once unlinked it may be linked where it belongs")
                .isEqualTo(200);
    }

    private Answer unlink(String who, long id, String referenceNo, String reason) {
        return api.post(who, "/api/v1/risk-assessments/" + id + "/unlinkings",
                "{\"referenceNo\":\"%s\",\"reason\":\"%s\"}".formatted(referenceNo, reason));
    }

    @Test
    void twoRevisionsAtTheSameVersionLeaveOneAndRefuseTheOther() throws Exception {
        long id = record("yuanling.leader", null, assessment("沅陵县垃圾焚烧发电项目", clock.today(), "LOW", "PROCEED")).id();
        List<Answer> answers = Concurrently.run(2, () -> api.call("yuanling.supervisor",
                MockMvcRequestBuilders.put("/api/v1/risk-assessments/" + id), """
                        {"version":0,"points":[{"description":"%s","level":"MEDIUM"}],"level":"MEDIUM",
                         "measures":"公开听证","conclusion":"PROCEED_WITH_MEASURES"}""".formatted(UUID.randomUUID()), "zh-CN"));
        assertThat(answers).extracting(Answer::status).containsExactlyInAnyOrder(200, 409);
        String winner = answers.stream().filter(a -> a.status() == 200).findFirst().orElseThrow().read("$.points[0].description");
        Answer now = api.get("yuanling.supervisor", "/api/v1/risk-assessments/" + id);
        assertThat((List<String>) now.read("$.points[*].description")).containsExactly(winner);
        assertThat((Integer) now.read("$.version")).isEqualTo(1);
        assertThat(answers.stream().filter(a -> a.status() == 409).findFirst().orElseThrow().body()).contains("第 0 版");
    }

    @Test
    void aCreateRetriedConcurrentlyWithTheSameKeyRecordsOneAssessmentWithItsPoints() throws Exception {
        String key = UUID.randomUUID().toString();
        List<Answer> answers = Concurrently.run(3, () -> record("yuanling.supervisor", key,
                assessment("沅陵县污水处理厂扩建项目", clock.today(), "LOW", "PROCEED")));
        assertThat(answers).extracting(Answer::status).containsOnly(201);
        assertThat(answers).extracting(Answer::id).containsOnly(answers.get(0).id());
        assertThat((List<?>) api.get("yuanling.supervisor", "/api/v1/risk-assessments/" + answers.get(0).id())
                .read("$.points")).hasSize(2);
    }

    @Test
    void badInputIsRefusedNamingTheProblemInBothLanguagesAndNothingIsWritten() {
        LocalDate today = clock.today();
        int before = ((List<?>) api.get("city.supervisor", "/api/v1/risk-assessments").read("$")).size();
        Answer below = record("yuanling.supervisor", null, assessment("项目", today, "LOW", "PROCEED")
                .replace("\"level\":\"LOW\"}]", "\"level\":\"HIGH\"}]"));
        assertThat(below.status()).isEqualTo(400);
        assertThat(below.body()).contains("level", "低于最高的风险点等级");
        Answer conclusion = record("yuanling.supervisor", null, assessment("项目", today, "HIGH", "PROCEED"));
        assertThat(conclusion.status()).isEqualTo(400);
        assertThat(conclusion.body()).contains("conclusion", "高风险", "可以实施");
        Answer english = api.call("yuanling.supervisor", MockMvcRequestBuilders.post("/api/v1/risk-assessments"),
                assessment("项目", today, "HIGH", "PROCEED"), "en");
        assertThat(english.body()).contains("cannot conclude \\\"Proceed\\\"");
        Answer unit = record("yuanling.supervisor", null, assessment("项目", today, "LOW", "PROCEED")
                .replace("\"unitCode\":\"431222\"", "\"unitCode\":\"431202\""));
        assertThat(unit.body()).contains("unitCode", "不是您辖区内");
        Answer future = record("yuanling.supervisor", null, assessment("项目", today.plusDays(1), "LOW", "PROCEED"));
        assertThat(future.body()).contains("assessedOn");
        Answer noPoints = record("yuanling.supervisor", null, assessment("项目", today, "LOW", "PROCEED")
                .replaceAll("\"points\":\\[.*?\\]", "\"points\":[{\"description\":\" \",\"level\":\"LOW\"}]"));
        assertThat(noPoints.status()).isEqualTo(400);
        assertThat(noPoints.body()).contains("points", "第 1 个风险点");
        assertThat(record("yuanling.registrar", null, assessment("项目", today, "LOW", "PROCEED")).status())
                .as("a registrar does not record assessments").isEqualTo(403);
        Answer kind = record("yuanling.supervisor", null, assessment("项目", today, "LOW", "PROCEED")
                .replace("\"PROJECT\"", "\"BRIDGE\""));
        assertThat(kind.status()).isEqualTo(400);
        assertThat(kind.body()).contains("kind");
        assertThat(((List<?>) api.get("city.supervisor", "/api/v1/risk-assessments").read("$")).size())
                .as("nothing half-written").isEqualTo(before);
    }

    private Answer record(String who, String key, String json) {
        var request = MockMvcRequestBuilders.post("/api/v1/risk-assessments");
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return api.call(who, request, json, "zh-CN");
    }

    private Answer link(String who, long id, String referenceNo) {
        return api.post(who, "/api/v1/risk-assessments/" + id + "/matters", "{\"referenceNo\":\"%s\"}".formatted(referenceNo));
    }

    /** A matter registered today in 沅陵县 by a visit of so many persons; its reference number. */
    private String matter(int persons) {
        Answer a = api.post("yuanling.registrar", "/api/v1/matters", ApiClient.visit(ApiClient.freshIdNumber(),
                "431222001001", "URBAN.DEMOLITION").replace("\"persons\":1,", "\"persons\":" + persons + ","));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.read("$.referenceNo");
    }

    private static String assessment(String title, LocalDate on, String level, String conclusion) {
        return """
                {"kind":"PROJECT","title":"%s","sponsor":"沅陵县住房和城乡建设局","unitCode":"431222","assessedOn":"%s",
                 "points":[{"description":"征地补偿标准争议","level":"LOW"},{"description":"施工扰民","level":"LOW"}],
                 "level":"%s","measures":"公开补偿标准，设立项目信访接待点","conclusion":"%s"}"""
                .formatted(title, on, level, conclusion);
    }
}
