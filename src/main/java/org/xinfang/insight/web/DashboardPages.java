package org.xinfang.insight.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.xinfang.insight.DashboardFigures;
import org.xinfang.insight.Indicators;
import org.xinfang.platform.Refusal;
import org.xinfang.territory.StaffPrincipal;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboards page: the indicators' form, then each chart (ECharts) with a table of the same numbers under it; a
 * click on a bar, slice or tile, or a table's link, opens the worklist of the matters behind the number.
 */
@Controller
class DashboardPages {

    private final DashboardFigures figures;
    private final Indicators indicators;
    private final DashboardViews views;
    private final MessageSource messages;
    private final JsonMapper json;

    DashboardPages(DashboardFigures figures, Indicators indicators, DashboardViews views, MessageSource messages,
                   JsonMapper json) {
        this.json = json;
        this.figures = figures;
        this.indicators = indicators;
        this.views = views;
        this.messages = messages;
    }

    @GetMapping("/insight/dashboard")
    String dashboard(@RequestParam(required = false) String unit, @RequestParam(required = false) String from,
                     @RequestParam(required = false) String to, @AuthenticationPrincipal StaffPrincipal me, Model model,
                     HttpServletResponse response) {
        if (!Indicators.mayView(me)) {
            throw Refusal.forbidden("insight.forbidden");
        }
        model.addAttribute("units", indicators.choosable(me));
        try {
            DashboardViews.DashboardJson d = views.json(figures.of(me, unit, from, to));
            model.addAttribute("d", d);
            // the charts' data in the page, as the API gives it (the API itself takes no session); "</" escaped so
            // the data cannot close its script element
            model.addAttribute("data", json.writeValueAsString(d).replace("</", "<\\/"));
            PeriodForm.shown(model, d.unit().code(), d.from(), d.to());
        } catch (Refusal r) {
            PeriodForm.refused(r, messages, model, response, unit, from, to);
        }
        return "insight/dashboard";
    }
}
