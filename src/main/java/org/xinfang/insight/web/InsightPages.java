package org.xinfang.insight.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.xinfang.insight.Indicators;
import org.xinfang.platform.Refusal;
import org.xinfang.territory.StaffPrincipal;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The indicators page: a form for the unit and the period, and the table of indicators by section (also as Excel). A wrong field comes
 * back on the form with the reason and what was typed.
 */
@Controller
class InsightPages {

    private final Indicators indicators;
    private final InsightViews views;
    private final MessageSource messages;

    private final IndicatorTableExport export;

    InsightPages(Indicators indicators, InsightViews views, MessageSource messages, IndicatorTableExport export) {
        this.indicators = indicators;
        this.views = views;
        this.messages = messages;
        this.export = export;
    }

    /** The same table as an Excel workbook; a wrong field is refused as the API refuses it. */
    @GetMapping("/insight.xlsx")
    ResponseEntity<byte[]> workbook(@RequestParam(required = false) String unit, @RequestParam(required = false) String from,
                                    @RequestParam(required = false) String to, @AuthenticationPrincipal StaffPrincipal me) {
        InsightViews.TableJson table = views.json(indicators.table(me, unit, from, to));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(IndicatorTableExport.fileName(table)).build().toString())
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(export.workbook(table, LocaleContextHolder.getLocale()));
    }

    @GetMapping("/insight")
    String table(@RequestParam(required = false) String unit, @RequestParam(required = false) String from,
                 @RequestParam(required = false) String to, @AuthenticationPrincipal StaffPrincipal me, Model model,
                 HttpServletResponse response) {
        if (!Indicators.mayView(me)) {
            throw Refusal.forbidden("insight.forbidden");
        }
        model.addAttribute("units", indicators.choosable(me));
        try {
            InsightViews.TableJson table = views.json(indicators.table(me, unit, from, to));
            model.addAttribute("table", table);
            PeriodForm.shown(model, table.unit().code(), table.from(), table.to());
        } catch (Refusal r) {
            PeriodForm.refused(r, messages, model, response, unit, from, to);
        }
        return "insight/indicators";
    }
}
