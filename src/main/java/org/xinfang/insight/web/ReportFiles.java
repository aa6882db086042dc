package org.xinfang.insight.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.xinfang.insight.ReportDocument;
import org.xinfang.insight.Reports;
import org.xinfang.platform.Refusal;
import org.xinfang.territory.StaffPrincipal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A generated report as the file the page and the API send: a PDF, or a standalone HTML file to edit (its styles
 * inside, nothing loaded from the server), named after the report, shown in the browser rather than saved at once.
 */
@Component
class ReportFiles {

    /** The two forms of a report. */
    enum Format {
        PDF, HTML;

        /** The format the reports page asks for: its own links say {@code html}, anything else is the PDF. */
        static Format ofPage(String typed) {
            return "html".equals(typed) ? HTML : PDF;
        }

        /** The format typed in the API ({@code pdf} when blank), refused naming what was typed. */
        static Format parse(String typed) {
            if (typed == null || typed.isBlank()) {
                return PDF;
            }
            try {
                return valueOf(typed.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw Refusal.invalid("format", "insight.report.format", typed.strip());
            }
        }
    }

    private final Reports reports;
    private final TemplateEngine templates;

    ReportFiles(Reports reports, TemplateEngine templates) {
        this.reports = reports;
        this.templates = templates;
    }

    /** Writes the report to the response in {@code format}, as {@code viewer} may read it. */
    void write(ReportDocument report, Format format, StaffPrincipal viewer, HttpServletResponse response) throws IOException {
        boolean html = format == Format.HTML;
        byte[] body = html ? html(report).getBytes(StandardCharsets.UTF_8) : reports.pdf(report, viewer);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                .filename(report.fileName() + (html ? ".html" : ".pdf"), StandardCharsets.UTF_8).build().toString());
        response.setContentType(html ? "text/html;charset=UTF-8" : MediaType.APPLICATION_PDF_VALUE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private String html(ReportDocument report) {
        Context context = new Context(LocaleContextHolder.getLocale());
        context.setVariable("report", report);
        return templates.process("insight/report-document", context);
    }
}
