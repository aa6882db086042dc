package org.xinfang.recommendation;

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

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The recommendation letter (建议书, issue 13, item 4; 2022 art. 40): the PDF the bureau sends the receiving body bears
 * the letterhead, the number, the body addressed, the kind's paragraph of art. 40, the matters by reference number
 * (unbroken, and no petitioner's personal data), the text, the feedback due day with art. 40 ¶4, and the day of issue
 * in the office's zone (issued at 01:00 in Beijing, still the day before in UTC).
 */
@IntegrationTest
class RecommendationLetterTest {

    @Autowired
    ApiClient api;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    MutableClock clock;
    @Autowired
    Territory territory;

    @Test
    void theLetterCarriesTheNumberTheMattersAndTheFeedbackDueDay() throws Exception {
        RecommendationFixtures given = new RecommendationFixtures(api, territory);
        String idNumber = ApiClient.freshIdNumber();
        long matter = api.post("yuanling.registrar", "/api/v1/matters",
                ApiClient.visit(idNumber, "431222001001", "URBAN.DEMOLITION")).id();
        String ref = api.get("yuanling.registrar", "/api/v1/matters/" + matter).read("$.referenceNo");
        String other = given.matter();
        Instant before = clock.instant();
        clock.set(Instant.parse("2026-12-02T17:00:00Z"));   // 01:00 on 3 December in Beijing
        Answer issued;
        try {
            issued = given.issue("yuanling.supervisor", "ACCOUNTABILITY", given.unit("431222-HOUSING"), List.of(ref, other), null);
        } finally {
            clock.set(before);
        }
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        long id = issued.id();
        String number = issued.read("$.number");

        String raw = pdf("yuanling.housing", "/api/v1/recommendations/" + id + "/letter");
        String text = raw.replaceAll("\\s", "");
        assertThat(text).contains("沅陵县信访局", "追究责任建议书", number, "沅陵县住房和城乡建设局：",
                "第四十条第三款", "建议对超期未办结事项建立台账", "第四十条第四款",
                "请你单位于2027年1月2日前将采纳情况书面反馈本机关", "特此建议。", "2026年12月3日");
        String first = ref.compareTo(other) < 0 ? ref : other;
        String second = first.equals(ref) ? other : ref;
        assertThat(raw).as("each reference number whole on a line of its own").contains("1．" + first + "\n", "2．" + second + "\n");
        assertThat(text).as("no personal data").doesNotContain(idNumber);
        assertThat(pdf("yuanling.supervisor", "/recommendations/" + id + "/letter")).as("the page's link").contains(number);
        assertThat(api.get("hecheng.supervisor", "/api/v1/recommendations/" + id + "/letter").status())
                .as("another county's").isEqualTo(404);
    }

    private String pdf(String who, String uri) throws Exception {
        MvcResult result = mvc.perform(MockMvcRequestBuilders.get(uri).with(user(users.loadUserByUsername(who)))).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
        byte[] bytes = result.getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
