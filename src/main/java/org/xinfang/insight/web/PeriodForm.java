package org.xinfang.insight.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.xinfang.platform.Refusal;

import java.time.LocalDate;

/**
 * The unit-and-period form at the top of insight's pages: what it shows after a query, and how a wrong field comes
 * back on it with the reason and what was typed (any other refusal goes on to the error pages).
 */
final class PeriodForm {

    private PeriodForm() {
    }

    static void shown(Model model, String unitCode, LocalDate from, LocalDate to) {
        model.addAttribute("unit", unitCode);
        model.addAttribute("from", from.toString());
        model.addAttribute("to", to.toString());
    }

    static void refused(Refusal r, MessageSource messages, Model model, HttpServletResponse response, String unit,
                        String from, String to) {
        if (r.kind() != Refusal.Kind.INVALID) {
            throw r;
        }
        response.setStatus(400);
        model.addAttribute("error", r.describe(messages, LocaleContextHolder.getLocale()));
        model.addAttribute("errorField", r.field());
        model.addAttribute("unit", unit);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
    }
}
