package org.xinfang.insight;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.xinfang.support.ApiClient;
import org.xinfang.support.IntegrationTest;
import org.xinfang.support.MutableClock;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.Territory;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The reports: the indicator table as Excel (read back with POI, equal to the table), the monthly bulletin, the annual
 * report (2022 art. 41) and the work summary as PDF (text read back with PDFBox) and as editable HTML, with the figures
 * of a small dataset worked out by hand; the refusals. (The summary of the demo city's last full year:
 * {@link org.xinfang.demo.ReportsDemoDataTest}.)
 *
 * <p>The dataset, in 2010 and 2011 (years no other test uses), in 靖州 (431229), ids negative:
 * <pre>
 *  id      received    channel persons type        category            held by          accused   passed on
 *  -15001  2011-03-05  LETTER  1       APPEAL      URBAN.DEMOLITION    431229-HOUSING   -         TRANSFER
 *  -15002  2011-03-10  VISIT   3       APPEAL      URBAN.DEMOLITION    431229-HOUSING   -         ASSIGNMENT
 *  -15003  2011-03-20  ONLINE  1       ACCUSATION  LABOUR.WAGE_ARREARS 431229-HOUSING   431200-HR TRANSFER
 *  -15004  2011-03-25  PHONE   1       SUGGESTION  LABOUR.WAGE_ARREARS 431229-PETITION  -         -
 *  -15005  2011-07-01  LETTER  1       APPEAL      URBAN.DEMOLITION    431229-PETITION  -         -
 *  -15006  2010-03-15  LETTER  1       APPEAL      URBAN.DEMOLITION    431229-HOUSING   -         TRANSFER
 *  -15007  2010-08-01  LETTER  1       APPEAL      LABOUR.WAGE_ARREARS 431229-HOUSING   -         -
 * </pre>
 */
@IntegrationTest
class ReportsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApiClient api;
    @Autowired
    NamedParameterJdbcTemplate jdbc;
    @Autowired
    Territory territory;
    @Autowired
    MutableClock clock;
    @Autowired
    Reports reports;
    @Autowired
    Indicators indicators;

    @BeforeEach
    void dataset() {
        IndicatorDataset.clear(jdbc);
        IndicatorDataset.write(jdbc, territory);
        fact(-15001, "2011-03-05", "LETTER", 1, "APPEAL", "URBAN.DEMOLITION", "431229-HOUSING", null, "TRANSFER");
        fact(-15002, "2011-03-10", "VISIT", 3, "APPEAL", "URBAN.DEMOLITION", "431229-HOUSING", null, "ASSIGNMENT");
        fact(-15003, "2011-03-20", "ONLINE", 1, "ACCUSATION", "LABOUR.WAGE_ARREARS", "431229-HOUSING", "431200-HUMAN_RESOURCES", "TRANSFER");
        fact(-15004, "2011-03-25", "PHONE", 1, "SUGGESTION", "LABOUR.WAGE_ARREARS", "431229-PETITION", null, null);
        fact(-15005, "2011-07-01", "LETTER", 1, "APPEAL", "URBAN.DEMOLITION", "431229-PETITION", null, null);
        fact(-15006, "2010-03-15", "LETTER", 1, "APPEAL", "URBAN.DEMOLITION", "431229-HOUSING", null, "TRANSFER");
        fact(-15007, "2010-08-01", "LETTER", 1, "APPEAL", "LABOUR.WAGE_ARREARS", "431229-HOUSING", null, null);
        IndicatorDataset.sumPlaceDays(jdbc);
    }

    @Test
    void theExcelWorkbookHoldsTheTableAsThePageShowsIt() throws Exception {
        MockHttpServletResponse file = as("city.analyst", "/insight.xlsx?unit=431229&from=2013-01-01&to=2013-12-31");
        assertThat(file.getStatus()).isEqualTo(200);
        assertThat(file.getHeader("Content-Disposition")).contains("xinfang-indicators-431229-2013-01-01-2013-12-31.xlsx");
        ApiClient.Answer json = api.get("city.analyst", "/api/v1/insight/indicators?unit=431229&from=2013-01-01&to=2013-12-31");
        List<Map<String, Object>> expected = json.read("$.indicators");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.getContentAsByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("靖州苗族侗族自治县").contains("2013-01-01", "2012-12-31");
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("本期");
            List<Row> indicatorRows = new ArrayList<>();
            Set<String> sections = new HashSet<>();
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row.getLastCellNum() == 1) {
                    sections.add(row.getCell(0).getStringCellValue());
                } else {
                    indicatorRows.add(row);
                }
            }
            assertThat(sections).contains("信访总量与渠道", "受理、办理与评价");
            assertThat(indicatorRows).hasSize(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                Map<String, Object> e = expected.get(i);
                Row row = indicatorRows.get(i);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(e.get("name"));
                assertNumber(row.getCell(2), e.get("value"));
                assertNumber(row.getCell(3), e.get("yearEarlier"));
                assertNumber(row.getCell(4), e.get("change"));
                assertNumber(row.getCell(5), e.get("changePerCent"));
            }
            // worked out by hand in IndicatorsTest: 5 items in 2013, 2 in 2012, +3, +150%
            Row items = indicatorRows.get(0);
            assertThat(items.getCell(0).getStringCellValue()).isEqualTo("信访总量");
            assertThat(items.getCell(1).getStringCellValue()).isEqualTo("件");
            assertThat(List.of(items.getCell(2).getNumericCellValue(), items.getCell(3).getNumericCellValue(),
                    items.getCell(4).getNumericCellValue(), items.getCell(5).getNumericCellValue())).containsExactly(5.0, 2.0, 3.0, 150.0);
        }
        assertThat(as("jingzhou.supervisor", "/insight.xlsx?unit=431230").getStatus()).as("another county").isEqualTo(404);
        assertThat(as("jingzhou.registrar", "/insight.xlsx").getStatus()).isEqualTo(403);
        String page = as("city.analyst", "/insight?unit=431229&from=2013-01-01&to=2013-12-31").getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"export-insight\"", "/insight.xlsx?unit=431229&amp;from=2013-01-01&amp;to=2013-12-31", "导出Excel");
    }

    @Test
    void theMonthlyBulletinGivesTheMonthWithItsChangeTheChannelsAndTheMainCategories() throws Exception {
        MockHttpServletResponse pdf = as("jingzhou.supervisor", "/insight/reports/bulletin?unit=431229&month=2011-03");
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        String text = pdfText(pdf);
        // March 2011: f1..f4, 4 items and 6 persons; March 2010: f6 alone, 1 and 1
        assertThat(text).contains("信访简报", "2011年第3期", "靖州苗族侗族自治县信访局", "一、总体情况",
                "2011年3月，靖州苗族侗族自治县信访部门共登记信访事项4件（同比上升300.0%）；涉及群众6人次（同比上升500.0%）",
                // one each of 4: a quarter
                "来信1件，占25.0%", "来访批次1批，占25.0%", "网上信访1件，占25.0%", "来电1件，占25.0%",
                // 2 and 2 of 4, ties by code; 征收拆迁 was 1 in March 2010, 欠薪 none
                "反映较多的问题依次是：欠薪2件，占50.0%；征收拆迁2件，占50.0%。",
                "征收拆迁2件50.0%1件同比上升100.0%", "欠薪2件50.0%0件上年同期为0");
        assertThat(text).doesNotContain("刘昌盛", "王建国");

        MockHttpServletResponse html = as("jingzhou.supervisor", "/insight/reports/bulletin?unit=431229&month=2011-03&format=html");
        assertThat(html.getStatus()).isEqualTo(200);
        assertThat(html.getContentType()).startsWith("text/html");
        String page = html.getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("contenteditable=\"true\"", "系统不保存修改", "共登记信访事项4件（同比上升300.0%）")
                .doesNotContain("<script", "href=\"/");
    }

    @Test
    void theAnnualReportHasWhatArticle41Lists() throws Exception {
        String text = pdfText(as("jingzhou.supervisor", "/insight/reports/annual?unit=431229&year=2011"));
        assertThat(text).contains("靖州苗族侗族自治县2011年信访情况年度报告", "根据《信访工作条例》第四十一条",
                // (一) the statistics: 5 items in 2011 against 2 in 2010
                "一、信访事项数据统计", "共登记信访事项5件（同比上升150.0%）",
                // the fields: 城乡建设 f1 f2 f5 (3 of 5), 劳动和社会保障 f3 f4 (2 of 5); a year earlier 1 and 1
                "二、信访事项涉及领域", "城乡建设3件，占60.0%；劳动和社会保障2件，占40.0%",
                // the bodies: housing holds f1 f2 (f3 names the city's HR bureau; f4 is a suggestion; f5 is held by the bureau)
                "三、被投诉较多的机关、单位", "靖州苗族侗族自治县住房和城乡建设局2件，占40.0%", "人力资源和社会保障局1件，占20.0%",
                // (二) f1 f3 transferred, f2 assigned; in 2010 f6 transferred
                "四、转送、交办、督办情况", "全年转送信访事项2件（同比上升100.0%），交办信访事项1件（上年同期为0）",
                "五、提出改进工作、完善政策、追究责任建议及被采纳情况", "六、其他应当报告的事项");
        assertThat(text.indexOf("二、信访事项涉及领域")).isLessThan(text.indexOf("四、转送"));
        assertThat(text).doesNotContain("信访局1件").as("the petition office passes matters on; it is not complained of");
        String html = as("jingzhou.supervisor", "/insight/reports/annual?unit=431229&year=2011&format=html")
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("城乡建设3件，占60.0%", "全年转送信访事项2件");
    }

    @Test
    void aBadMonthOrYearComesBackOnThePageWithTheReasonAndAUnitOutsideIsNotFound() throws Exception {
        MockHttpServletResponse month = as("city.analyst", "/insight/reports/bulletin?month=2011-13");
        assertThat(month.getStatus()).isEqualTo(400);
        assertThat(month.getContentAsString(StandardCharsets.UTF_8)).contains("月份“2011-13”无效", "id=\"form-bulletin\"",
                "value=\"2011-13\"", "is-invalid");
        String thisMonth = clock.today().toString().substring(0, 7);
        assertThat(as("city.analyst", "/insight/reports/bulletin?month=" + thisMonth).getContentAsString(StandardCharsets.UTF_8))
                .contains(thisMonth + " 还没有结束");
        MockHttpServletResponse year = as("city.analyst", "/insight/reports/annual?year=20x1");
        assertThat(year.getStatus()).isEqualTo(400);
        assertThat(year.getContentAsString(StandardCharsets.UTF_8)).contains("年度“20x1”无效");
        MockHttpServletResponse unfinished = as("city.analyst", "/insight/reports/summary?year=" + clock.today().getYear());
        assertThat(unfinished.getStatus()).isEqualTo(400);
        assertThat(unfinished.getContentAsString(StandardCharsets.UTF_8)).contains(clock.today().getYear() + "年还没有结束");
        var english = mvc.perform(get("/insight/reports/summary?year=next").cookie(new jakarta.servlet.http.Cookie(org.xinfang.platform.web.LocaleConfiguration.LANGUAGE_COOKIE, "en"))
                .with(user(users.loadUserByUsername("city.analyst")))).andReturn().getResponse();
        assertThat(english.getContentAsString(StandardCharsets.UTF_8)).contains("The year &quot;next&quot; is not valid");
        assertThat(as("jingzhou.supervisor", "/insight/reports/annual?unit=431230&year=2011").getStatus()).isEqualTo(404);
        assertThat(as("jingzhou.registrar", "/insight/reports/annual?year=2011").getStatus()).isEqualTo(403);
        assertThat(as("jingzhou.registrar", "/insight/reports").getStatus()).isEqualTo(403);
        assertThat(as("city.analyst", "/insight/reports").getContentAsString(StandardCharsets.UTF_8))
                .contains("id=\"nav-reports\"", "id=\"form-summary\"", "value=\"" + (clock.today().getYear() - 1) + "\"");
    }

    /** The same reports in the API, refused there as the API refuses: with the field and the reason in JSON. */
    @Test
    void theApiGivesTheReportsAsThePageDoes() throws Exception {
        String page = pdfText(as("jingzhou.supervisor", "/insight/reports/annual?unit=431229&year=2011"));
        MockHttpServletResponse pdf = as("jingzhou.supervisor", "/api/v1/insight/reports/annual?unit=431229&year=2011");
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(pdfText(pdf)).isEqualTo(page).contains("共登记信访事项5件（同比上升150.0%）");
        MockHttpServletResponse html = as("jingzhou.supervisor", "/api/v1/insight/reports/bulletin?unit=431229&month=2011-03&format=html");
        assertThat(html.getStatus()).isEqualTo(200);
        assertThat(html.getContentType()).startsWith("text/html");
        assertThat(html.getContentAsString(StandardCharsets.UTF_8)).contains("信访简报", "2011年第3期", "contenteditable");
        assertThat(pdfText(as("city.analyst", "/api/v1/insight/reports/summary?unit=431229&year=2011"))).contains("2011年");

        ApiClient.Answer format = api.get("jingzhou.supervisor", "/api/v1/insight/reports/annual?unit=431229&year=2011&format=docx");
        assertThat(format.status()).isEqualTo(400);
        assertThat(format.body()).contains("format", "格式“docx”不可选");
        ApiClient.Answer year = api.get("jingzhou.supervisor", "/api/v1/insight/reports/annual?unit=431229&year=twenty");
        assertThat(year.status()).isEqualTo(400);
        assertThat(year.body()).contains("year", "twenty");
        assertThat(api.get("jingzhou.supervisor", "/api/v1/insight/reports/annual?unit=431230&year=2011").status())
                .as("another county").isEqualTo(404);
        assertThat(api.get("jingzhou.registrar", "/api/v1/insight/reports/annual?year=2011").status()).isEqualTo(403);
    }

    private MockHttpServletResponse as(String username, String uri) throws Exception {
        return mvc.perform(get(uri).with(user(users.loadUserByUsername(username)))).andReturn().getResponse();
    }

    static String pdfText(MockHttpServletResponse pdf) throws Exception {
        assertThat(pdf.getStatus()).as(pdf.getContentAsString()).isEqualTo(200);
        // kept for a person to look at, as the browser tests keep their screenshots
        java.nio.file.Files.write(java.nio.file.Path.of("target", java.net.URLDecoder.decode(pdf.getHeader("Content-Disposition")
                .replaceAll(".*filename\\*=UTF-8''", ""), StandardCharsets.UTF_8)), pdf.getContentAsByteArray());
        try (PDDocument doc = Loader.loadPDF(pdf.getContentAsByteArray())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s", "");
        }
    }

    private static void assertNumber(Cell cell, Object expected) {
        if (expected == null) {
            assertThat(cell.getCellType()).isEqualTo(CellType.BLANK);
        } else {
            assertThat(cell.getNumericCellValue()).isEqualTo(((Number) expected).doubleValue());
        }
    }

    private void fact(long id, String received, String channel, int persons, String type, String category, String heldBy,
                      String accused, String routing) {
        var place = territory.unitByCode(received.startsWith("2011-03-2") ? "431229002" : "431229001").orElseThrow();
        var holder = territory.unitByCode(heldBy).orElseThrow();
        LocalDate day = LocalDate.parse(received);
        jdbc.update("""
                insert into insight_matter_fact (matter_id, event_seq, received_on, place_unit_id, place_path, channel,
                       persons, collective, repeat_of_id, leap_level, first_anywhere, handling_type, category_code, state,
                       acceptance_due_on, decided_on, accepted, handling_due_on, replied_on, satisfaction, rating_due_on,
                       concluded_on, responsible_unit_id, responsible_path, routing_kind, accused_unit_id, written_at)
                values (:id, 1, :received, :place, :path, :channel, :persons, false, null, false, true, :type, :category,
                       'IN_HANDLING', :due, :received, true, null, null, null, null, null, :holder, :holderPath, :routing,
                       :accused, now())
                on conflict (matter_id) do nothing""", new MapSqlParameterSource("id", id).addValue("received", day)
                .addValue("place", place.id()).addValue("path", place.path()).addValue("channel", channel)
                .addValue("persons", persons).addValue("type", type).addValue("category", category)
                .addValue("due", day.plusDays(15)).addValue("holder", holder.id()).addValue("holderPath", holder.path())
                .addValue("routing", routing)
                .addValue("accused", accused == null ? null : territory.unitByCode(accused).orElseThrow().id()));
    }
}
