package org.xinfang.casework.web;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.xinfang.support.ApiClient;
import org.xinfang.support.ApiClient.Answer;
import org.xinfang.support.IntegrationTest;
import org.xinfang.support.MutableClock;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Staff work in the office's zone (Asia/Shanghai), whatever zone the server runs in (UTC here): at 00:53 on
 * 2 December in Beijing it is still 1 December in UTC, and every time and date the staff see — API, pages, the
 * Excel export, the letters — must be the Beijing one.
 */
@IntegrationTest
class OfficeZoneTest {

    /** 2026-12-02 00:53 in Beijing. */
    static final Instant JUST_AFTER_MIDNIGHT = Instant.parse("2026-12-01T16:53:00Z");
    /** A county the other tests leave alone, so that its worklist starts with these matters. */
    private static final String REGISTRAR = "mayang.registrar";

    @Autowired
    ApiClient api;
    @Autowired
    MutableClock clock;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    private Instant before;

    @BeforeEach
    void justAfterMidnightInBeijing() {
        before = clock.instant();
        clock.set(JUST_AFTER_MIDNIGHT);
    }

    @AfterEach
    void backToTheSharedClock() {
        clock.set(before);
    }

    @Test
    void theApiAnswersTimesWithTheOfficesOffsetAndDatesAsTheOfficesDates() {
        Answer registered = register();
        assertThat((String) registered.read("$.registeredAt")).isEqualTo("2026-12-02T00:53:00+08:00");
        assertThat((String) registered.read("$.receivedOn")).isEqualTo("2026-12-02");
        assertThat((String) registered.read("$.deadlines.routingDueOn")).isEqualTo("2026-12-17");
        assertThat((Integer) registered.read("$.deadlines.daysLeft")).isEqualTo(15);
        clock.advanceMinutes(2);
        Answer declined = decline(registered.id());
        assertThat((String) declined.read("$.acceptance.decidedOn")).isEqualTo("2026-12-02");

        Answer timeline = api.get(REGISTRAR, "/api/v1/matters/" + registered.id() + "/timeline");
        assertThat(timeline.<List<String>>read("$[*].occurredAt"))
                .containsExactly("2026-12-02T00:53:00+08:00", "2026-12-02T00:55:00+08:00");
    }

    @Test
    void aTokensExpiryIsGivenInTheOfficesTime() throws Exception {
        String body = mvc.perform(post("/api/v1/auth/tokens").with(httpBasic(REGISTRAR, "demo"))
                .accept(MediaType.APPLICATION_JSON)).andReturn().getResponse().getContentAsString();
        // valid 12 hours
        assertThat(body).contains("\"expiresAt\":\"2026-12-02T12:53:00+08:00\"");
    }

    @Test
    void theMatterPageAndTheWorklistShowBeijingTime() throws Exception {
        Answer registered = register();
        String ref = registered.read("$.referenceNo");
        String matter = page(REGISTRAR, get("/matters/" + registered.id()));
        assertThat(matter).contains("收到日期 2026-12-02", "2026-12-02 00:53 · 肖斌").doesNotContain("2026-12-01");  // issue 11 item 5: staff by name in the timeline

        String worklist = page(REGISTRAR, get("/worklist"));
        assertThat(worklist).contains(ref, "2026-12-17");
    }

    @Test
    void theExcelExportAndTheLettersCarryTheOfficesDate() throws Exception {
        Answer registered = register();
        String ref = registered.read("$.referenceNo");
        byte[] xlsx = mvc.perform(get("/worklist.xlsx").with(user(users.loadUserByUsername(REGISTRAR))))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row head = book.getSheetAt(0).getRow(0);
            assertThat(head.getCell(7).getStringCellValue()).isEqualTo("收到日期");
            Row row = null;
            for (Row r : book.getSheetAt(0)) {
                row = ref.equals(r.getCell(0).getStringCellValue()) ? r : row;
            }
            assertThat(row).as("the matter's row").isNotNull();
            // date cells since issue 11 (item 6): the office day, as a date a spreadsheet can sort and filter
            assertThat(row.getCell(7).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(java.time.LocalDate.of(2026, 12, 2));
            assertThat(row.getCell(9).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(java.time.LocalDate.of(2026, 12, 17));
        }

        decline(registered.id());
        MockHttpServletResponse pdf = mvc.perform(get("/api/v1/matters/" + registered.id() + "/documents/non-acceptance-notice")
                .with(user(users.loadUserByUsername(REGISTRAR))).accept(MediaType.APPLICATION_PDF))
                .andReturn().getResponse();
        Assumptions.assumeTrue(pdf.getStatus() != 503 || "true".equalsIgnoreCase(System.getenv("CI")),
                "no font with Chinese glyphs for the letters (apt-get install fonts-noto-cjk)");
        assertThat(pdf.getStatus()).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(pdf.getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s", "");
            // received on and decided on 2 December: both dates of the letter
            assertThat(text).contains("于2026年12月2日提出", "2026年12月2日").doesNotContain("2026年12月1日");
        }
    }

    @Test
    void aMatterReceivedJustAfterMidnightOnNewYearsDayIsOfTheNewYear() {
        clock.set(Instant.parse("2026-12-31T16:05:00Z"));
        Answer registered = register();
        assertThat((String) registered.read("$.receivedOn")).isEqualTo("2027-01-01");
        assertThat((String) registered.read("$.referenceNo")).startsWith("XF431226-2027-");
        assertThat((String) registered.read("$.registeredAt")).isEqualTo("2027-01-01T00:05:00+08:00");
    }

    private Answer register() {
        Answer a = api.post(REGISTRAR, "/api/v1/matters",
                ApiClient.visit(ApiClient.freshIdNumber(), "431226001001", "URBAN.DEMOLITION"));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a;
    }

    private Answer decline(long id) {
        Answer a = api.post(REGISTRAR, "/api/v1/matters/" + id + "/acceptance", """
                {"version":0,"outcome":"NOT_ACCEPTED","reason":"属于诉讼事项","properChannel":"LITIGATION"}""");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a;
    }

    private String page(String username, MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse r = mvc.perform(request.with(user(users.loadUserByUsername(username)))).andReturn().getResponse();
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(200);
        return r.getContentAsString(StandardCharsets.UTF_8);
    }
}
