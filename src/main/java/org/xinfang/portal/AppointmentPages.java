package org.xinfang.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinfang.coordination.AppointmentRequests;
import org.xinfang.platform.PersonalData;
import org.xinfang.platform.RateLimits;
import org.xinfang.platform.Refusal;
import org.xinfang.platform.web.ClientAddress;
import org.xinfang.statute.ReceptionRules;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * Asking a leader for an appointment (约访) on the portal: with the phone verified as for petitioning, the citizen
 * chooses the city or a county and a day; the unit's answer (the day accepted, or another proposed) is read on the
 * same page, by the same phone. Nothing on the page identifies anyone: the citizen's name is not shown back.
 */
@Controller
class AppointmentPages {

    private static final String PAGE = "/portal/appointments";

    private final AppointmentRequests requests;
    private final RateLimits rateLimits;
    private final PortalLimits limits;
    private final PortalErrors errors;
    private final Clock clock;

    AppointmentPages(AppointmentRequests requests, RateLimits rateLimits, PortalLimits limits, PortalErrors errors, Clock clock) {
        this.requests = requests;
        this.rateLimits = rateLimits;
        this.limits = limits;
        this.errors = errors;
        this.clock = clock;
    }

    @GetMapping(PAGE)
    String page(HttpSession session, Model model) {
        String phone = PortalSession.verifiedPhone(session, clock);
        if (phone == null) {
            PortalSession.continueAfterVerification(session, PAGE);
            return "portal/verify";
        }
        return form(model, phone, Map.of());
    }

    @PostMapping(PAGE)
    String ask(@RequestParam(required = false) Long unit, @RequestParam(required = false) String wishedOn,
               @RequestParam(required = false) String name, @RequestParam(required = false) String subject,
               HttpServletRequest request, HttpServletResponse response, HttpSession session, Model model,
               RedirectAttributes flash) {
        String phone = PortalSession.verifiedPhone(session, clock);
        if (phone == null) {
            PortalSession.continueAfterVerification(session, PAGE);
            model.addAttribute("error", errors.message(Refusal.invalid("phone", "portal.phone.verify-again")));
            return "portal/verify";
        }
        try {
            // the same daily budget as petitions: one phone or address cannot flood a unit's requests
            rateLimits.hit(limits.submitsPerAddressLimit(), ClientAddress.of(request), "portal.limit.submits");
            rateLimits.hit(limits.submitsPerPhoneLimit(), phone, "portal.limit.submits");
            requests.ask(unit, day(wishedOn), subject, name, phone);
            flash.addFlashAttribute("sent", true);
            return "redirect:" + PAGE;
        } catch (Refusal r) {
            if (r.kind() == Refusal.Kind.TOO_MANY) {
                throw r;
            }
            model.addAttribute("error", errors.message(r));
            response.setStatus(r.status());
            return form(model, phone, Map.of("unit", unit == null ? "" : unit.toString(), "wishedOn", wishedOn == null ? "" : wishedOn,
                    "name", name == null ? "" : name, "subject", subject == null ? "" : subject));
        }
    }

    private String form(Model model, String phone, Map<String, String> entered) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("phoneMasked", PersonalData.maskPhone(phone));
        model.addAttribute("units", requests.receivingUnits());
        model.addAttribute("first", today.plusDays(1));
        model.addAttribute("last", today.plusDays(ReceptionRules.APPOINTMENT_MAX_DAYS_AHEAD));
        model.addAttribute("maxDays", ReceptionRules.APPOINTMENT_MAX_DAYS_AHEAD);
        model.addAttribute("mine", requests.ofPhone(phone).stream().map(a -> new AnswerView(a, a.note() == null ? null
                : PersonalData.maskText(a.note()))).toList());
        model.addAttribute("entered", entered);
        return "portal/appointments";
    }

    /** An answer as the page shows it: the staff's note with any number in it masked, as every public text. */
    record AnswerView(AppointmentRequests.Answer answer, String note) {
    }

    private LocalDate day(String typed) {
        try {
            return LocalDate.parse(typed == null ? "" : typed.strip());
        } catch (DateTimeParseException e) {
            LocalDate today = LocalDate.now(clock);
            throw Refusal.invalid("wishedOn", "reception.request.day", today.plusDays(1),
                    today.plusDays(ReceptionRules.APPOINTMENT_MAX_DAYS_AHEAD));
        }
    }
}
