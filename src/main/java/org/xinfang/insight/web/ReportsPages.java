package org.xinfang.insight.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.xinfang.insight.Indicators;
import org.xinfang.insight.ReportDocument;
import org.xinfang.insight.Reports;
import org.xinfang.platform.Refusal;
import org.xinfang.territory.StaffPrincipal;

import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The reports page: the monthly bulletin, the annual report (2022 art. 41) and the draft work summary, each for a unit
 * and a month or year, as PDF or as an HTML file to edit. The HTML is the bureau's draft: edited in the browser (or a
 * word processor) and saved as a file of its own; nothing is saved back, and a new one is generated from the figures
 * each time. A wrong field comes back on the page with the reason and what was typed.
 */
@Controller
class ReportsPages {

    private final Reports reports;
    private final Indicators indicators;
    private final ReportFiles files;
    private final MessageSource messages;
    private final Clock clock;

    ReportsPages(Reports reports, Indicators indicators, ReportFiles files, MessageSource messages, Clock clock) {
        this.reports = reports;
        this.indicators = indicators;
        this.files = files;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/insight/reports")
    String page(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        return form(me, model, null, Map.of());
    }

    @GetMapping("/insight/reports/bulletin")
    String bulletin(@RequestParam(required = false) String unit, @RequestParam(required = false) String month,
                    @RequestParam(defaultValue = "pdf") String format, @AuthenticationPrincipal StaffPrincipal me, Model model,
                   HttpServletResponse response) throws IOException {
        return serve(() -> reports.bulletin(me, unit, month), format, me, model, response, "bulletin", Map.of("unit", nz(unit), "month", nz(month)));
    }

    @GetMapping("/insight/reports/annual")
    String annual(@RequestParam(required = false) String unit, @RequestParam(required = false) String year,
                  @RequestParam(defaultValue = "pdf") String format, @AuthenticationPrincipal StaffPrincipal me, Model model,
                   HttpServletResponse response) throws IOException {
        return serve(() -> reports.annualReport(me, unit, year), format, me, model, response, "annual", Map.of("unit", nz(unit), "year", nz(year)));
    }

    @GetMapping("/insight/reports/summary")
    String summary(@RequestParam(required = false) String unit, @RequestParam(required = false) String year,
                   @RequestParam(defaultValue = "pdf") String format, @AuthenticationPrincipal StaffPrincipal me, Model model,
                   HttpServletResponse response) throws IOException {
        return serve(() -> reports.workSummary(me, unit, year), format, me, model, response, "summary", Map.of("unit", nz(unit), "year", nz(year)));
    }

    /** Writes the report to the response (and shows no page), or shows the page again with the refusal. */
    private String serve(Supplier<ReportDocument> generate, String format, StaffPrincipal me, Model model,
                         HttpServletResponse response, String which, Map<String, String> typed) throws IOException {
        if (!Indicators.mayView(me)) {
            throw Refusal.forbidden("insight.forbidden");
        }
        ReportDocument report;
        try {
            report = generate.get();
        } catch (Refusal r) {
            if (r.kind() != Refusal.Kind.INVALID) {
                throw r;
            }
            model.addAttribute("error", r.describe(messages, LocaleContextHolder.getLocale()));
            model.addAttribute("errorField", which + "-" + r.field());
            response.setStatus(400);
            return form(me, model, which, typed);
        }
        files.write(report, ReportFiles.Format.ofPage(format), me, response);
        return null;
    }

    private String form(StaffPrincipal me, Model model, String which, Map<String, String> typed) {
        if (!Indicators.mayView(me)) {
            throw Refusal.forbidden("insight.forbidden");
        }
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("units", indicators.choosable(me));
        model.addAttribute("lastMonth", YearMonth.from(today).minusMonths(1).toString());
        model.addAttribute("lastYear", String.valueOf(today.getYear() - 1));
        model.addAttribute("which", which);
        model.addAttribute("typed", typed);
        return "insight/reports";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
