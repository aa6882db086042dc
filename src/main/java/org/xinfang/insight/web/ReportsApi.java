package org.xinfang.insight.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xinfang.insight.Indicators;
import org.xinfang.insight.ReportDocument;
import org.xinfang.insight.Reports;
import org.xinfang.platform.Refusal;
import org.xinfang.territory.StaffPrincipal;

import java.io.IOException;
import java.util.function.Supplier;

/**
 * The reports in the API, as the reports page gives them: the monthly bulletin (信访简报), the annual report
 * (信访情况年度报告, 2022 art. 41) and the draft annual work summary, as PDF or as editable HTML. A wrong field is
 * refused as the API refuses one, naming it.
 */
@RestController
@RequestMapping("/api/v1/insight/reports")
@Tag(name = "Insight", description = "指标分析: every indicator for a unit's subtree and a period, with the same period a year earlier and the change")
class ReportsApi {

    private static final String UNIT = "a unit's code (a government: city, county, township); the caller's own area when left out";
    private static final String YEAR = "the year, four digits, a year already over (required)";
    private static final String FORMAT = "pdf (the default) or html (a standalone file to edit)";

    private final Reports reports;
    private final ReportFiles files;

    ReportsApi(Reports reports, ReportFiles files) {
        this.reports = reports;
        this.files = files;
    }

    @GetMapping("/bulletin")
    @Operation(summary = "The monthly bulletin (信访简报) of the unit's subtree for a month; for supervisors, leaders, analysts and administrators, within their own area")
    void bulletin(@Parameter(description = UNIT) @RequestParam(required = false) String unit,
                  @Parameter(description = "the month, yyyy-mm, a month already over (required)") @RequestParam(required = false) String month,
                  @Parameter(description = FORMAT) @RequestParam(required = false) String format,
                  @AuthenticationPrincipal StaffPrincipal me, HttpServletResponse response) throws IOException {
        send(() -> reports.bulletin(me, unit, month), format, me, response);
    }

    @GetMapping("/annual")
    @Operation(summary = "The annual report on letters and visits (信访情况年度报告, 2022 art. 41) of the unit's subtree for a year; for supervisors, leaders, analysts and administrators, within their own area")
    void annual(@Parameter(description = UNIT) @RequestParam(required = false) String unit,
                @Parameter(description = YEAR) @RequestParam(required = false) String year,
                @Parameter(description = FORMAT) @RequestParam(required = false) String format,
                @AuthenticationPrincipal StaffPrincipal me, HttpServletResponse response) throws IOException {
        send(() -> reports.annualReport(me, unit, year), format, me, response);
    }

    @GetMapping("/summary")
    @Operation(summary = "The draft annual work summary of the unit's subtree for a year, in the seed's structure; for supervisors, leaders, analysts and administrators, within their own area")
    void summary(@Parameter(description = UNIT) @RequestParam(required = false) String unit,
                 @Parameter(description = YEAR) @RequestParam(required = false) String year,
                 @Parameter(description = FORMAT) @RequestParam(required = false) String format,
                 @AuthenticationPrincipal StaffPrincipal me, HttpServletResponse response) throws IOException {
        send(() -> reports.workSummary(me, unit, year), format, me, response);
    }

    private void send(Supplier<ReportDocument> generate, String format, StaffPrincipal me, HttpServletResponse response)
            throws IOException {
        if (!Indicators.mayView(me)) {
            throw Refusal.forbidden("insight.forbidden");
        }
        ReportFiles.Format f = ReportFiles.Format.parse(format);
        files.write(generate.get(), f, me, response);
    }
}
