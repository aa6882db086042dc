package org.xinfang.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinfang.casework.Attachments;
import org.xinfang.casework.MatterAction;
import org.xinfang.casework.PetitionerAccess;
import org.xinfang.casework.PetitionerMatterView;
import org.xinfang.casework.Satisfaction;
import org.xinfang.casework.documents.StatutoryDocument;
import org.xinfang.casework.documents.StatutoryDocuments;
import org.xinfang.platform.RateLimits;
import org.xinfang.platform.Refusal;
import org.xinfang.platform.web.ClientAddress;
import org.xinfang.platform.web.FileAnswers;
import org.xinfang.statute.Statute;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The petitioner's view of their matter: found with the query code and the phone's last digits, it shows the state,
 * the deadlines, the unit dealing with it and the written notices and opinions (never the staff's notes), and
 * lets them add material, rate the opinion and ask for review and re-review.
 */
@Controller
class TrackingPages {

    private final Tracking tracking;
    private final PetitionerAccess access;
    private final PortalErrors errors;
    private final RateLimits rateLimits;
    private final PortalLimits limits;
    private final Clock clock;

    TrackingPages(Tracking tracking, PetitionerAccess access, PortalErrors errors, RateLimits rateLimits,
                  PortalLimits limits, Clock clock) {
        this.tracking = tracking;
        this.access = access;
        this.errors = errors;
        this.rateLimits = rateLimits;
        this.limits = limits;
        this.clock = clock;
    }

    @GetMapping("/portal/track")
    String trackForm() {
        return "portal/track";
    }

    @PostMapping("/portal/track")
    String track(@RequestParam(required = false) String code, @RequestParam(required = false) String digits,
                 HttpServletRequest request, HttpServletResponse response, Model model) {
        try {
            Long id = tracking.find(code, digits, ClientAddress.of(request));
            PortalSession.grant(request, id);
            return "redirect:/portal/matters/" + id;
        } catch (Refusal r) {
            if (r.kind() == Refusal.Kind.TOO_MANY) {
                throw r;
            }
            model.addAttribute("error", errors.message(r));
            response.setStatus(r.status());
            return "portal/track";
        }
    }

    @GetMapping("/portal/matters/{id}")
    String matter(@PathVariable Long id, HttpSession session, Model model) {
        PetitionerMatterView m = open(id, session);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("m", m);
        model.addAttribute("today", today);
        model.addAttribute("category", m.category());
        model.addAttribute("place", m.place());
        model.addAttribute("holder", m.holder());
        model.addAttribute("daysLeft", m.dueOn() == null ? null : java.time.temporal.ChronoUnit.DAYS.between(today, m.dueOn()));
        model.addAttribute("documents", m.documents());
        model.addAttribute("attachments", access.attachments(id));
        model.addAttribute("satisfactions", Satisfaction.values());
        model.addAttribute("canRate", m.may(MatterAction.RECORD_EVALUATION));
        model.addAttribute("canRequestReview", m.may(MatterAction.REQUEST_REVIEW));
        model.addAttribute("canRequestReReview", m.may(MatterAction.REQUEST_RE_REVIEW));
        model.addAttribute("canSupplement", m.may(MatterAction.ADD_SUPPLEMENT));
        model.addAttribute("maxFiles", PetitionPages.MAX_FILES);
        model.addAttribute("reviewDays", Statute.REVIEW_REQUEST_DAYS);
        return "portal/matter";
    }

    @PostMapping("/portal/matters/{id}/rating")
    String rate(@PathVariable Long id, @RequestParam int version, @RequestParam(required = false) Satisfaction satisfaction,
                @RequestParam(required = false) String comment,
                @RequestParam(required = false) Satisfaction officeSatisfaction,
                @RequestParam(required = false) String officeComment, HttpSession session, Model model,
                HttpServletResponse response, RedirectAttributes flash) {
        open(id, session);
        return attempt(id, session, model, response, flash, "portal.rated", () -> {
            if (satisfaction == null) {
                throw Refusal.invalid("satisfaction", "portal.rating.required");
            }
            access.evaluate(id, version, satisfaction, text(comment, 1000, "comment"), officeSatisfaction,
                    text(officeComment, 1000, "officeComment"));
        });
    }

    @PostMapping("/portal/matters/{id}/review")
    String review(@PathVariable Long id, @RequestParam int version, @RequestParam(required = false) String reason,
                  HttpSession session, Model model, HttpServletResponse response, RedirectAttributes flash) {
        open(id, session);
        return attempt(id, session, model, response, flash, "portal.review-requested",
                () -> access.requestReview(id, version, required(reason, "reason")));
    }

    @PostMapping("/portal/matters/{id}/re-review")
    String reReview(@PathVariable Long id, @RequestParam int version, @RequestParam(required = false) String reason,
                    HttpSession session, Model model, HttpServletResponse response, RedirectAttributes flash) {
        open(id, session);
        return attempt(id, session, model, response, flash, "portal.re-review-requested",
                () -> access.requestReReview(id, version, required(reason, "reason")));
    }

    @PostMapping("/portal/matters/{id}/supplement")
    String supplement(@PathVariable Long id, @RequestParam int version, @RequestParam(required = false) String note,
                      @RequestParam(value = "attachments", required = false) List<MultipartFile> files,
                      HttpSession session, Model model, HttpServletResponse response, RedirectAttributes flash)
            throws IOException {
        open(id, session);
        rateLimits.hit(limits.supplementsPerMatterLimit(), String.valueOf(id), "portal.limit.supplements");
        List<Attachments.Upload> uploads = PetitionPages.uploads(files);
        return attempt(id, session, model, response, flash, "portal.supplemented",
                () -> access.supplement(id, version, text(note, 5000, "note"), uploads));
    }

    @GetMapping("/portal/matters/{id}/documents/{kind}.pdf")
    ResponseEntity<byte[]> document(@PathVariable Long id, @PathVariable String kind, HttpSession session) {
        PetitionerMatterView m = open(id, session);
        StatutoryDocument document = StatutoryDocument.bySlug(kind);
        return FileAnswers.inline(StatutoryDocuments.fileName(m.referenceNo(), document), MediaType.APPLICATION_PDF,
                access.document(id, document));
    }

    @GetMapping("/portal/matters/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(@PathVariable Long id, @PathVariable Long attachmentId, HttpSession session) {
        open(id, session);
        Attachments.Upload u = access.attachment(id, attachmentId)
                .orElseThrow(() -> Refusal.notFound("attachment.not-found", String.valueOf(attachmentId)));
        return FileAnswers.download(u.filename(), MediaType.parseMediaType(Attachments.check(u)), u.content());
    }

    /** Forgets the matters opened in this browser, for a shared computer. */
    @PostMapping("/portal/leave")
    String leave(HttpSession session) {
        session.invalidate();
        return "redirect:/portal";
    }

    /** The matter, if this session found it with code and digits; otherwise the same "not found" as a wrong code. */
    private PetitionerMatterView open(Long id, HttpSession session) {
        if (!PortalSession.mayOpen(session, id)) {
            throw Refusal.notFound("portal.track.not-found");
        }
        return access.view(id);
    }

    private String attempt(Long id, HttpSession session, Model model, HttpServletResponse response, RedirectAttributes flash,
                           String doneKey, Runnable step) {
        try {
            step.run();
            flash.addFlashAttribute("done", doneKey);
            return "redirect:/portal/matters/" + id;
        } catch (Refusal r) {
            model.addAttribute("error", errors.message(r));
            response.setStatus(r.status());
            model.addAttribute("errorField", r.field());
            return matter(id, session, model);
        }
    }

    private static String required(String text, String field) {
        if (text == null || text.isBlank()) {
            throw Refusal.invalid(field, "form.required", field);
        }
        return text(text, 5000, field);
    }

    private static String text(String text, int max, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > max) {
            throw Refusal.invalid(field, "form.too-long", field);
        }
        return text.strip();
    }
}
