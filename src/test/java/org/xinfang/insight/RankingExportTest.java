package org.xinfang.insight;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.xinfang.platform.web.LocaleConfiguration;
import org.xinfang.support.IntegrationTest;
import org.xinfang.support.MutableClock;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.Territory;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The ranking as Excel ({@code GET /insight/rankings.xlsx}) on {@link RankingDataset} (2010), read back with POI: the
 * same units, ranks, scores and breakdown as {@link Rankings} computes (under whatever scheme version the shared
 * database holds: other tests save versions), in the page's order; the heads in the reader's language; the viewer's
 * own area only; the page's refusals.
 */
@IntegrationTest
class RankingExportTest {

    private static final String YEAR = String.valueOf(RankingDataset.YEAR);

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    NamedParameterJdbcTemplate jdbc;
    @Autowired
    Territory territory;
    @Autowired
    Rankings rankings;
    @Autowired
    MutableClock clock;

    @BeforeEach
    void dataset() {
        RankingDataset.write(jdbc, territory);
    }

    @Test
    void theWorkbookHoldsTheCountiesRankingAsRankingsComputesIt() throws Exception {
        MockHttpServletResponse file = as("city.analyst", "/insight/rankings.xlsx?year=2010&kind=counties", "zh-CN");
        assertThat(file.getStatus()).isEqualTo(200);
        assertThat(file.getContentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(file.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"rankings-2010-counties.xlsx\"; "
                + "filename*=UTF-8''" + URLEncoder.encode("排名考核", StandardCharsets.UTF_8) + "-2010-counties.xlsx");

        // kept for a person to open
        java.nio.file.Files.write(java.nio.file.Path.of("target", "rankings-2010-counties.xlsx"), file.getContentAsByteArray());
        Rankings.Ranking expected = rankings.ranking(principal("city.analyst"), YEAR, "counties");
        List<Rankings.Line> byRank = expected.lines().stream().sorted(Comparator.comparing(Rankings.Line::rank, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
        try (XSSFWorkbook book = workbook(file)) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("排名考核");
            assertThat(text(sheet, 0, 0)).startsWith("怀化市 2010 年县市区排名")
                    .contains(expected.scheme().version() == 0 ? "初始考核方案" : "考核方案第 " + expected.scheme().version() + " 版")
                    .as("11 counties without matters: their blank rates explained").endsWith("比率为空：当年没有可计算的事项，该项按满分计");
            assertThat(List.of(text(sheet, 1, 0), text(sheet, 1, 1), text(sheet, 1, 2))).containsExactly("名次", "单位", "考核得分");
            assertThat(sheet.getPaneInformation().getVerticalSplitPosition()).as("rank and unit stay in view").isEqualTo((short) 2);
            assertThat(sheet.getLastRowNum() - 1).as("a row per county").isEqualTo(13).isEqualTo(byRank.size());

            // the heads: each weighted rate and its points (with the weight), then each deduction and its points
            Rankings.Line first = byRank.get(0);
            int column = 3;
            for (Rankings.Scored s : first.scored()) {
                assertThat(text(sheet, 1, column)).isEqualTo(indicatorName(s.key()) + "（%）");
                assertThat(text(sheet, 1, column + 1)).isEqualTo(indicatorName(s.key()) + "得分（权重"
                        + s.weight().stripTrailingZeros().toPlainString() + "）");
                column += 2;
            }
            for (Rankings.Deducted d : first.deducted()) {
                assertThat(text(sheet, 1, column)).isEqualTo(indicatorName(d.key()));
                assertThat(text(sheet, 1, column + 1)).startsWith(indicatorName(d.key()) + "扣分（每")
                        .endsWith(d.perItem().stripTrailingZeros().toPlainString() + "分）");
                column += 2;
            }
            assertThat(sheet.getRow(1).getLastCellNum()).isEqualTo((short) column);

            // every line: rank, name, score and the breakdown, in the page's order (by rank)
            for (int i = 0; i < byRank.size(); i++) {
                Rankings.Line l = byRank.get(i);
                Row row = sheet.getRow(2 + i);
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(l.unit().name());
                if (l.appraised()) {
                    assertThat(row.getCell(0).getNumericCellValue()).isEqualTo((double) l.rank());
                    assertNumber(row.getCell(2), l.score());
                } else {
                    assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.BLANK);
                    assertThat(row.getCell(2).getStringCellValue()).isEqualTo("无可考核事项，不参与排名");
                }
                int c = 3;
                for (Rankings.Scored s : l.scored()) {
                    assertNumber(row.getCell(c++), s.rate().value());
                    assertNumber(row.getCell(c++), s.points());
                }
                for (Rankings.Deducted d : l.deducted()) {
                    assertThat(row.getCell(c++).getNumericCellValue()).isEqualTo(d.count());
                    assertNumber(row.getCell(c++), d.points());
                }
            }

            // 靖州 (g1–g3, worked out in RankingsTest) comes second, after 通道; the counties without a matter follow,
            // not ranked; 靖州's acceptance 2 of 3 on time is 66.7 as scored
            Row jingzhou = sheet.getRow(3);
            assertThat(jingzhou.getCell(1).getStringCellValue()).isEqualTo("靖州苗族侗族自治县");
            assertThat(jingzhou.getCell(0).getNumericCellValue()).isEqualTo(2);
            int weighted = first.scored().stream().map(Rankings.Scored::key).toList().indexOf("rate.acceptance-on-time");
            if (weighted >= 0) {
                int acceptance = 3 + 2 * weighted;
                assertThat(jingzhou.getCell(acceptance).getNumericCellValue()).isEqualTo(66.7);
                assertThat(jingzhou.getCell(acceptance).getCellStyle().getDataFormatString()).isEqualTo("#,##0.0");
            }
            assertThat(jingzhou.getCell(2).getCellStyle().getDataFormatString()).as("the score as shown").isEqualTo("#,##0.00");
        }
    }

    @Test
    void theWorkbookKeepsThePagesOrderAndTheIndicatorSortedByAndReadsInEnglish() throws Exception {
        MockHttpServletResponse file = as("city.supervisor",
                "/insight/rankings.xlsx?year=2010&kind=departments&sort=rate.satisfaction", "zh-CN");
        assertThat(file.getStatus()).isEqualTo(200);
        assertThat(file.getHeader("Content-Disposition")).contains(URLEncoder.encode("排名考核", StandardCharsets.UTF_8) + "-2010-departments.xlsx");
        try (XSSFWorkbook book = workbook(file)) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(text(sheet, 0, 0)).contains("部门排名", "按“满意率”排序");
            assertThat(List.of(text(sheet, 1, 3), text(sheet, 1, 4))).containsExactly("满意率", "满意率名次");
            // satisfaction: human resources (g4) 100% first, housing (g1 of g1, g2) 50% second; then those with none
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo(department("HUMAN_RESOURCES"));
            assertThat(sheet.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(100.0);
            assertThat(sheet.getRow(2).getCell(4).getNumericCellValue()).isEqualTo(1);
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo(department("HOUSING"));
            assertThat(sheet.getRow(3).getCell(3).getNumericCellValue()).isEqualTo(50.0);
            assertThat(sheet.getRow(3).getCell(4).getNumericCellValue()).isEqualTo(2);
            assertThat(sheet.getRow(4).getCell(3).getCellType()).as("no rating: no value").isEqualTo(CellType.BLANK);
        }

        MockHttpServletResponse english = as("city.supervisor", "/insight/rankings.xlsx?year=2010&kind=departments", "en");
        assertThat(english.getStatus()).isEqualTo(200);
        assertThat(english.getHeader("Content-Disposition")).contains("filename*=UTF-8''rankings-2010-departments.xlsx");
        try (XSSFWorkbook book = workbook(english)) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Rankings and appraisal");
            assertThat(text(sheet, 0, 0)).contains("2010 · Departments");
            assertThat(List.of(text(sheet, 1, 0), text(sheet, 1, 1), text(sheet, 1, 2))).containsExactly("Rank", "Unit", "Score");
            assertThat(text(sheet, 1, 3)).isEqualTo("On-time acceptance rate (%)");
            assertThat(text(sheet, 1, 4)).startsWith("On-time acceptance rate: points (weight ");
        }
    }

    @Test
    void aCountysStaffExportTheirOwnTownshipsOnlyAndOthersAreRefusedAsOnThePage() throws Exception {
        Rankings.Ranking jingzhou = rankings.ranking(principal("jingzhou.supervisor"), YEAR, "counties");
        List<String> townships = jingzhou.lines().stream().map(l -> l.unit().name()).sorted().toList();
        try (XSSFWorkbook book = workbook(as("jingzhou.supervisor", "/insight/rankings.xlsx?year=2010", "zh-CN"))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(text(sheet, 0, 0)).startsWith("靖州苗族侗族自治县 2010 年");
            assertThat(column(sheet, 1).stream().sorted().toList()).isEqualTo(townships);
            // 431229001 holds all of 靖州's matters: the only township appraised, first; the others are not ranked
            String first = territory.unitByCode("431229001").orElseThrow().name();
            Row row = sheet.getRow(2);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo(first);
            assertThat(sheet.getRow(sheet.getLastRowNum()).getCell(2).getStringCellValue()).isEqualTo("无可考核事项，不参与排名");
            assertNumber(row.getCell(2), jingzhou.lines().stream().filter(l -> l.unit().code().equals("431229001"))
                    .findFirst().orElseThrow().score());
        }
        // 通道's supervisor gets 通道's townships, none of 靖州's
        try (XSSFWorkbook book = workbook(as("tongdao.supervisor", "/insight/rankings.xlsx?year=2010&kind=counties", "zh-CN"))) {
            List<String> tongdao = column(book.getSheetAt(0), 1);
            assertThat(tongdao).isNotEmpty().doesNotContainAnyElementsOf(townships)
                    .contains(territory.unitByCode("431230001").orElseThrow().name());
        }
        MockHttpServletResponse registrar = as("jingzhou.registrar", "/insight/rankings.xlsx?year=2010", "zh-CN");
        assertThat(registrar.getStatus()).as("not a viewer of rankings, as on the page").isEqualTo(403);
        assertThat(as("jingzhou.registrar", "/insight/rankings?year=2010", "zh-CN").getStatus()).isEqualTo(403);
    }

    @Test
    void wrongParametersAreRefusedWithThePagesReasonNeverAServerError() throws Exception {
        int thisYear = LocalDate.now(clock).getYear();
        for (String[] wrong : new String[][]{
                {"year=abc", "年度“abc”无效：请填写 2000 至 " + thisYear + " 之间的年份。"},
                {"year=1999", "年度“1999”无效"},
                {"year=" + (thisYear + 1), "年度“" + (thisYear + 1) + "”无效"},
                {"kind=towns", "对象“towns”无效：请选择县市区或部门。"}}) {
            MockHttpServletResponse file = as("city.analyst", "/insight/rankings.xlsx?" + wrong[0], "zh-CN");
            MockHttpServletResponse page = as("city.analyst", "/insight/rankings?" + wrong[0], "zh-CN");
            assertThat(file.getStatus()).as(wrong[0]).isEqualTo(400).isEqualTo(page.getStatus());
            assertThat(file.getContentAsString(StandardCharsets.UTF_8)).as(wrong[0]).contains(wrong[1]);
            assertThat(page.getContentAsString(StandardCharsets.UTF_8)).as(wrong[0]).contains(wrong[1]);
        }
        MockHttpServletResponse english = as("city.analyst", "/insight/rankings.xlsx?year=abc", "en");
        assertThat(english.getStatus()).isEqualTo(400);
        assertThat(english.getContentAsString(StandardCharsets.UTF_8)).contains("is not valid: give a year from 2000 to " + thisYear);
        assertThat(as("city.analyst", "/insight/rankings.xlsx?year=2010&sort=no.such", "zh-CN").getStatus())
                .as("an unknown sort falls back to the score, as on the page").isEqualTo(200);
    }

    @Test
    void thePagesExportButtonCarriesTheFilterShown() throws Exception {
        String page = as("city.analyst", "/insight/rankings?year=2010&kind=DEPARTMENTS&sort=rate.satisfaction", "zh-CN")
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"export-ranking\"", "data-testid=\"export-ranking\"",
                "href=\"/insight/rankings.xlsx?year=2010&amp;kind=departments&amp;sort=rate.satisfaction\"", "导出Excel");
        assertThat(page).as("the table and the phone's cards, one of each per unit").contains("id=\"ranking-table\"", "id=\"ranking-cards\"");
        String housing = territory.department(territory.root().orElseThrow(), "HOUSING").orElseThrow().code();
        assertThat(page).contains("id=\"line-" + housing + "\"", "id=\"card-" + housing + "\"");
    }

    /** The name of the city's department of {@code function}. */
    private String department(String function) {
        return territory.department(territory.root().orElseThrow(), function).orElseThrow().name();
    }

    private static String indicatorName(String key) {
        return switch (key) {
            case "rate.acceptance-on-time" -> "及时受理率";
            case "rate.completion-on-time" -> "按期办结率";
            case "rate.participation" -> "参评率";
            case "rate.satisfaction" -> "满意率";
            case "repeat.items" -> "重复信访";
            case "handling.overdue" -> "当前超期未办结";
            case "collective.visits" -> "集体访批次";
            case "leap-level.visits" -> "越级访批次";
            default -> key;
        };
    }

    private StaffPrincipal principal(String username) {
        return (StaffPrincipal) users.loadUserByUsername(username);
    }

    /** A page as a person in the browser asks for it: in the language chosen (the cookie), else in Chinese. */
    private MockHttpServletResponse as(String username, String uri, String language) throws Exception {
        var request = get(uri).with(user(users.loadUserByUsername(username)));
        if (language.startsWith("en")) {
            request.cookie(new jakarta.servlet.http.Cookie(LocaleConfiguration.LANGUAGE_COOKIE, language));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private static XSSFWorkbook workbook(MockHttpServletResponse file) throws Exception {
        assertThat(file.getStatus()).as(file.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(200);
        return new XSSFWorkbook(new ByteArrayInputStream(file.getContentAsByteArray()));
    }

    private static String text(Sheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }

    private static List<String> column(Sheet sheet, int column) {
        List<String> values = new ArrayList<>();
        for (int r = 2; r <= sheet.getLastRowNum(); r++) {
            values.add(sheet.getRow(r).getCell(column).getStringCellValue());
        }
        return values;
    }

    private static void assertNumber(Cell cell, BigDecimal expected) {
        if (expected == null) {
            assertThat(cell.getCellType()).isEqualTo(CellType.BLANK);
        } else {
            assertThat(BigDecimal.valueOf(cell.getNumericCellValue())).isEqualByComparingTo(expected);
        }
    }
}
