package org.xinfang.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.xinfang.casework.Attachments;
import org.xinfang.casework.PetitionerMatterView;
import org.xinfang.casework.PetitionerAccess;
import org.xinfang.casework.QueryCode;
import org.xinfang.intake.Categories;
import org.xinfang.intake.PetitionKind;
import org.xinfang.intelligence.SimilarMatters;
import org.xinfang.platform.Refusal;
import org.xinfang.platform.web.ClientAddress;
import org.xinfang.platform.web.LocaleConfiguration;
import org.xinfang.platform.sms.SmsGateway;
import org.xinfang.statute.ProperChannel;
import org.xinfang.statute.Statute;
import org.xinfang.territory.Territory;
import org.xinfang.territory.UnitView;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The portal's front page and online petitioning: what is and is not accepted here, proving the phone with an SMS
 * code, the petition form, and the receipt with the query code.
 */
@Controller
class PetitionPages {

    /** At most this many files with one petition or one supplement. */
    static final int MAX_FILES = 5;
    /** Characters typed before the words are compared with the matters on file: fewer say too little. */
    static final int SIMILAR_AFTER = 15;
    /** Own earlier matters shown at most: the closest few are what a petitioner would follow. */
    static final int OWN_SHOWN = 3;

    private final PhoneVerification verification;
    private final OnlinePetitions petitions;
    private final PetitionerAccess access;
    private final Categories categories;
    private final Territory territory;
    private final SmsGateway sms;
    private final PortalErrors errors;
    private final Clock clock;
    private final SimilarMatters similar;

    PetitionPages(PhoneVerification verification, OnlinePetitions petitions, PetitionerAccess access, Categories categories,
                  Territory territory, SmsGateway sms, PortalErrors errors, Clock clock, SimilarMatters similar) {
        this.similar = similar;
        this.verification = verification;
        this.petitions = petitions;
        this.access = access;
        this.categories = categories;
        this.territory = territory;
        this.sms = sms;
        this.errors = errors;
        this.clock = clock;
    }

    @GetMapping({"/portal", "/portal/"})
    String home(Model model) {
        model.addAttribute("properChannels", List.of(ProperChannel.LITIGATION, ProperChannel.ARBITRATION,
                ProperChannel.ADMINISTRATIVE_RECONSIDERATION, ProperChannel.PEOPLES_CONGRESS, ProperChannel.PEOPLES_COURT,
                ProperChannel.PROCURATORATE, ProperChannel.DISCIPLINE_INSPECTION, ProperChannel.ALREADY_FINAL));
        model.addAttribute("limits", limits());
        return "portal/home";
    }

    /** The language for this browser; back to the page it was chosen on, and only to a portal page. */
    @PostMapping("/portal/language")
    String language(@RequestParam String lang, @RequestParam(required = false) String back, HttpServletResponse response) {
        LocaleConfiguration.remember(response, LocaleConfiguration.supported(lang));
        boolean local = back != null && back.matches("/portal(/[A-Za-z0-9._/-]*)?") && !back.contains("//");
        return "redirect:" + (local ? back : "/portal");
    }

    @GetMapping("/portal/petition")
    String petition(@ModelAttribute("form") PetitionForm form, HttpSession session, Model model) {
        String phone = PortalSession.verifiedPhone(session, clock);
        if (phone == null) {
            PortalSession.continueAfterVerification(session, "/portal/petition");
            return "portal/verify";
        }
        return form(model, phone);
    }

    @PostMapping("/portal/petition/code")
    String sendCode(@RequestParam(required = false) String phone, HttpServletRequest request, HttpServletResponse response,
                    Model model) {
        model.addAttribute("phone", phone);
        try {
            String normalized = PhoneVerification.normalizePhone(phone);
            verification.sendCode(normalized, ClientAddress.of(request), LocaleContextHolder.getLocale());
            model.addAttribute("codeSent", true);
            sms.shownOnScreen(normalized).ifPresent(text -> model.addAttribute("demoMessage", text));
        } catch (Refusal r) {
            if (r.kind() == Refusal.Kind.TOO_MANY) {
                throw r;
            }
            model.addAttribute("error", errors.message(r));
            response.setStatus(r.status());
        }
        return "portal/verify";
    }

    @PostMapping("/portal/petition/verify")
    String verify(@RequestParam(required = false) String phone, @RequestParam(required = false) String code,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        model.addAttribute("phone", phone);
        model.addAttribute("codeSent", true);
        try {
            String normalized = PhoneVerification.normalizePhone(phone);
            verification.verify(normalized, code, ClientAddress.of(request));
            PortalSession.phoneVerified(request, normalized, clock);
            return "redirect:" + PortalSession.afterVerification(request.getSession());
        } catch (Refusal r) {
            model.addAttribute("error", errors.message(r));
            response.setStatus(r.status());
            return "portal/verify";
        }
    }

    @PostMapping("/portal/petition")
    String submit(@ModelAttribute("form") PetitionForm form, HttpServletRequest request, HttpServletResponse response,
                  HttpSession session, Model model)
            throws IOException {
        String phone = PortalSession.verifiedPhone(session, clock);
        if (phone == null) {
            model.addAttribute("error", errors.message(Refusal.invalid("phone", "portal.phone.verify-again")));
            return "portal/verify";
        }
        try {
            OnlinePetitions.Submitted s = petitions.submit(form, phone, ClientAddress.of(request), uploads(form.getAttachments()));
            PortalSession.receipt(request, s.matterId(), s.folded());
            return "redirect:/portal/receipt";
        } catch (Refusal r) {
            if (r.kind() == Refusal.Kind.TOO_MANY) {
                throw r;
            }
            model.addAttribute("error", errors.message(r));
            response.setStatus(r.status());
            model.addAttribute("errorField", r.field());
            return form(model, phone);
        }
    }

    /**
     * The category the words suggest, as the petitioner types (htmx), and the petitioner's own earlier matters like
     * them (those their verified phone filed), to follow instead of filing again. Nobody else's matter is looked at:
     * the public portal tells no one of another person's petition, not even that one exists.
     */
    @PostMapping("/portal/petition/suggest")
    String suggest(@RequestParam(required = false) String title, @RequestParam(required = false) String content,
                   HttpSession session, Model model) {
        String phone = PortalSession.verifiedPhone(session, clock);
        categories.suggest((title == null ? "" : title) + " " + (content == null ? "" : content))
                .ifPresent(c -> model.addAttribute("suggested", c));
        if ((title == null ? 0 : title.strip().length()) + (content == null ? 0 : content.strip().length()) >= SIMILAR_AFTER) {
            model.addAttribute("ownSimilar", phone == null ? List.of()
                    : similar.ownLike(title, content, petitions.filedWith(phone), OWN_SHOWN));
        }
        return "portal/petition :: suggestion";
    }

    /** Opens one's own earlier matter from the warning: only a matter this verified phone submitted. */
    @PostMapping("/portal/petition/follow/{id}")
    String follow(@PathVariable Long id, HttpServletRequest request) {
        String phone = PortalSession.verifiedPhone(request.getSession(), clock);
        if (phone == null || !petitions.filedWith(phone).contains(id)) {
            throw Refusal.notFound("portal.track.not-found");
        }
        PortalSession.grant(request, id);
        return "redirect:/portal/matters/" + id;
    }

    @GetMapping("/portal/receipt")
    String receipt(HttpSession session, Model model) {
        PortalSession.Receipt receipt = PortalSession.receipt(session);
        if (receipt == null) {
            return "redirect:/portal/track";
        }
        PetitionerMatterView m = access.view(receipt.matterId());
        model.addAttribute("m", m);
        model.addAttribute("folded", receipt.folded());
        model.addAttribute("queryCode", QueryCode.display(m.queryCode()));
        model.addAttribute("office", m.receivingOffice());
        model.addAttribute("category", m.category());
        model.addAttribute("place", m.place());
        model.addAttribute("acceptanceDays", Statute.LONGEST_WAIT_FOR_ACCEPTANCE_NOTICE_DAYS);
        return "portal/receipt";
    }

    private String form(Model model, String phone) {
        model.addAttribute("phoneMasked", org.xinfang.platform.PersonalData.maskPhone(phone));
        model.addAttribute("kinds", PetitionKind.values());
        model.addAttribute("categoryTree", categories.tree());
        UnitView root = territory.root().orElseThrow();
        model.addAttribute("places", territory.placeGroups(root));
        model.addAttribute("limits", limits());
        return "portal/petition";
    }

    private static Map<String, Object> limits() {
        return Map.of("maxFiles", MAX_FILES, "maxMegabytes", Attachments.MAX_BYTES / (1024 * 1024),
                "handlingDays", Statute.HANDLING_DAYS, "reviewDays", Statute.REVIEW_REQUEST_DAYS);
    }

    static List<Attachments.Upload> uploads(List<org.springframework.web.multipart.MultipartFile> files) throws IOException {
        List<Attachments.Upload> uploads = Attachments.fromForm(files);
        if (uploads.size() > MAX_FILES) {
            throw Refusal.invalid("attachments", "portal.attachments.too-many", MAX_FILES);
        }
        return uploads;
    }
}
