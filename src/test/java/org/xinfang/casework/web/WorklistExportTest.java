package org.xinfang.casework.web;

import com.jayway.jsonpath.JsonPath;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.xinfang.support.ApiClient;
import org.xinfang.support.IntegrationTest;
import org.xinfang.support.MutableClock;
import org.xinfang.territory.StaffPrincipal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The worklist's Excel export as a bureau uses it (issue 11, item 6). */
@IntegrationTest
class WorklistExportTest {

    @Autowired
    ApiClient api;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    WorklistExport export;
    @Autowired
    MutableClock clock;

    @Test
    void theFileHasDateCellsAFrozenHeaderWithFiltersColumnWidthsAndTheWholePlace() throws Exception {
        String ref = register();
        byte[] xlsx = mvc.perform(get("/worklist.xlsx").param("scope", "all").param("channel", "VISIT")
                .with(user(users.loadUserByUsername("yuanling.registrar")))).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = book.getSheetAt(0);
            Row row = rowOf(sheet, ref);
            assertThat(DateUtil.isCellDateFormatted(row.getCell(7))).as("received is a date cell").isTrue();
            assertThat(row.getCell(7).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.now(clock));
            assertThat(DateUtil.isCellDateFormatted(row.getCell(9))).as("the deadline is a date cell").isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().isSetAutoFilter()).as("the header filters").isTrue();
            assertThat(sheet.getColumnWidth(1)).as("the title's column").isGreaterThan(30 * 256);
            // county, township and village, not the village alone
            assertThat(row.getCell(5).getStringCellValue()).startsWith("沅陵县 / ").contains(" / ").matches(".+ / .+ / .+");
        }
    }

    @Test
    void aListLongerThanTheLimitSaysSoInTheFileAndOnThePage() throws Exception {
        register();
        register();
        StaffPrincipal registrar = (StaffPrincipal) users.loadUserByUsername("yuanling.registrar");
        WorklistQuery all = new WorklistQuery(null, null, null, null, null, "all", null, null, null, null, null, null, null, null, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WorklistExport.Extent extent = export.write(all, registrar, Locale.SIMPLIFIED_CHINESE, out, n -> { }, 1);
        assertThat(extent.limited()).isTrue();
        assertThat(extent.rows()).isEqualTo(1);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(sheet.getLastRowNum()).getCell(0).getStringCellValue())
                    .isEqualTo("只导出了前 1 件（列表共 " + extent.total() + " 件）：请用筛选条件缩小范围后分批导出。");
        }

        int limit = export.maxRows();
        ReflectionTestUtils.setField(export, "maxRows", 1);
        try {
            String page = mvc.perform(get("/worklist").param("scope", "all").with(user(registrar))).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).contains("id=\"export-limit\"", "导出最多 1 件，超出部分不会导出");
        } finally {
            ReflectionTestUtils.setField(export, "maxRows", limit);
        }
    }

    @Test
    void theButtonsExportRunsAsAJobThatReportsItsRowsAndOnlyItsOwnerGetsTheFile() throws Exception {
        String ref = register();
        StaffPrincipal registrar = (StaffPrincipal) users.loadUserByUsername("yuanling.registrar");
        String started = mvc.perform(post("/worklist/exports").param("scope", "all").with(csrf()).with(user(registrar)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String id = JsonPath.read(started, "$.id");
        long rows = ((Number) JsonPath.read(started, "$.rows")).longValue();
        assertThat(rows).isPositive();

        String status = started;
        for (int i = 0; i < 300 && "RUNNING".equals(JsonPath.read(status, "$.status")); i++) {
            Thread.sleep(100);
            status = mvc.perform(get("/worklist/exports/" + id).with(user(registrar))).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
        }
        assertThat((String) JsonPath.read(status, "$.status")).isEqualTo("DONE");
        assertThat(((Number) JsonPath.read(status, "$.written")).longValue()).isEqualTo(rows);
        assertThat((String) JsonPath.read(status, "$.message")).isEqualTo("导出完成：共 " + rows + " 件。");

        MockHttpServletResponse file = mvc.perform(get((String) JsonPath.read(status, "$.file")).with(user(registrar)))
                .andReturn().getResponse();
        assertThat(file.getStatus()).isEqualTo(200);
        assertThat(file.getHeader("Content-Disposition")).startsWith("attachment; filename=\"worklist-");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.getContentAsByteArray()))) {
            assertThat(rowOf(book.getSheetAt(0), ref)).isNotNull();
        }

        // another registrar does not learn that the export exists
        MockHttpServletResponse other = mvc.perform(get("/worklist/exports/" + id)
                .with(user(users.loadUserByUsername("hecheng.registrar"))).header("Accept-Language", "zh-CN")).andReturn().getResponse();
        assertThat(other.getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/worklist/exports/" + id + "/file").with(user(users.loadUserByUsername("hecheng.registrar"))))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    private String register() {
        ApiClient.Answer a = api.post("yuanling.registrar", "/api/v1/matters",
                ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION"));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.read("$.referenceNo");
    }

    private static Row rowOf(XSSFSheet sheet, String ref) {
        for (Row r : sheet) {
            if (r.getCell(0) != null && ref.equals(r.getCell(0).getStringCellValue())) {
                return r;
            }
        }
        throw new AssertionError("no row for " + ref);
    }
}
