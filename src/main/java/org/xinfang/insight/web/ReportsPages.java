package org.xinfang.insight.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.xinfang.insight.Indicators;
import org.xinfang.insight.ReportDocument;
import org.xinfang.insight.Reports;
import org.xinfang.platform.Refusal;
import org.xinfang.territory.StaffPrincipal;

import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
    private final TemplateEngine templates;
    private final MessageSource messages;
    private final Clock clock;

    ReportsPages(Reports reports, Indicators indicators, TemplateEngine templates, MessageSource messages, Clock clock) {
        this.reports = reports;
        this.indicators = indicators;
        this.templates = templates;
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
        boolean html = "html".equals(format);
        byte[] body = html ? html(report).getBytes(StandardCharsets.UTF_8) : reports.pdf(report, me);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                .filename(report.fileName() + (html ? ".html" : ".pdf"), StandardCharsets.UTF_8).build().toString());
        response.setContentType(html ? "text/html;charset=UTF-8" : MediaType.APPLICATION_PDF_VALUE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        return null;
    }

    /** The standalone, editable HTML file of the report: its styles inside, nothing loaded from the server. */
    String html(ReportDocument report) {
        Context context = new Context(LocaleContextHolder.getLocale());
        context.setVariable("report", report);
        return templates.process("insight/report-document", context);
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
