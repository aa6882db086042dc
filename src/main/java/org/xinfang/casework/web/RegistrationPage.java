package org.xinfang.casework.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.xinfang.casework.Attachments;
import org.xinfang.casework.Casework;
import org.xinfang.casework.MatterFilter;
import org.xinfang.casework.MatterRegistration;
import org.xinfang.casework.Screening;
import org.xinfang.casework.ScreeningAdvice;
import org.xinfang.intake.Categories;
import org.xinfang.intake.CategoryView;
import org.xinfang.intake.Channel;
import org.xinfang.intake.PetitionKind;
import org.xinfang.intake.Petitioners;
import org.xinfang.platform.Refusal;
import org.xinfang.platform.web.FileAnswers;
import org.xinfang.territory.AdministrativeLevel;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.Territory;
import org.xinfang.territory.UnitView;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Registration at the reception window: the channel first, then the fields that channel needs; the
 * petitioner's earlier matters and live hints (repeat, similar matters, leap-level, suggested unit and
 * category) while typing; scanned letters attached.
 */
@Controller
class RegistrationPage {

    private final MatterRegistration registration;
    private final Attachments attachments;
    private final Casework casework;
    private final MatterViews views;
    private final Petitioners petitioners;
    private final Categories categories;
    private final Territory territory;
    private final MessageSource messages;
    private final ScreeningAdvice advice;

    RegistrationPage(MatterRegistration registration, Attachments attachments, Casework casework, MatterViews views,
                     Petitioners petitioners, Categories categories, Territory territory, MessageSource messages,
                     ScreeningAdvice advice) {
        this.advice = advice;
        this.registration = registration;
        this.attachments = attachments;
        this.casework = casework;
        this.views = views;
        this.petitioners = petitioners;
        this.categories = categories;
        this.territory = territory;
        this.messages = messages;
    }

    @GetMapping("/register")
    String form(@ModelAttribute("form") RegistrationForm form, @AuthenticationPrincipal StaffPrincipal me, Model model) {
        return page(model, me);
    }

    @PostMapping("/register")
    String register(@ModelAttribute("form") RegistrationForm form, @AuthenticationPrincipal StaffPrincipal me, Model model)
            throws IOException {
        try {
            MatterRegistration.Registered r = registration.register(form.command(), me, "form-" + form.getFormKey(),
                    Attachments.fromForm(form.getAttachments()));
            return "redirect:/matters/" + r.matter().id();
        } catch (Refusal refusal) {
            model.addAttribute("error", refusal.describe(messages, LocaleContextHolder.getLocale()));
            model.addAttribute("errorField", refusal.field());
            return page(model, me);
        }
    }

    /** The petitioner's earlier matters, looked up by ID number or phone as the registrar types. */
    @GetMapping("/register/petitioner")
    String petitioner(@RequestParam(required = false) String idNumber, @RequestParam(required = false) String phone,
                      @AuthenticationPrincipal StaffPrincipal me, Model model) {
        var people = petitioners.lookup(idNumber, phone, me);
        Map<String, List<MatterJson.Summary>> history = new LinkedHashMap<>();
        for (var p : people) {
            List<MatterJson.Summary> matters = casework.search(MatterFilter.everything(0, 20).ofPetitioner(p.id()), me)
                    .items().stream().map(m -> views.summary(m, me)).toList();
            if (!matters.isEmpty()) {
                history.put(p.name(), matters);
            }
        }
        model.addAttribute("history", history);
        return "casework/register :: history";
    }

    /** Live hints from the form as it stands; nothing is saved. */
    @PostMapping("/register/hints")
    String hints(@ModelAttribute("form") RegistrationForm form, @AuthenticationPrincipal StaffPrincipal me, Model model) {
        if (!isBlank(form.getTitle()) || !isBlank(form.getContent())) {
            ScreeningAdvice.Advice a = advice.advise(new ScreeningAdvice.Question(form.getTitle(), form.getContent(),
                    blankToNull(form.getPlaceCode()), blankToNull(form.getCategoryCode()), List.of(), false, false), me);
            model.addAttribute("advice", a);
            model.addAttribute("suggestedCategories", a.categories().stream().map(c -> new CategoryHint(
                    categories.byCode(c.code()).map(v -> v.localizedName(LocaleContextHolder.getLocale())).orElse(c.name()),
                    c.score())).toList());
        }
        try {
            if (form.getCategoryCode() != null && !form.getCategoryCode().isBlank() && form.getPlaceCode() != null
                    && !form.getPlaceCode().isBlank()) {
                var command = form.command();
                Screening s = registration.screen(command, me);
                model.addAttribute("screening", s);
                CategoryView category = categories.byCode(command.categoryCode()).orElseThrow();
                UnitView place = territory.unitByCode(command.placeCode()).orElseThrow();
                String area = territory.ancestorAt(place, AdministrativeLevel.TOWNSHIP).orElse(place).path();
                var similar = casework.search(new MatterFilter(null, true, null, 3, null, category.id(), area, null, null,
                        null, null, null, false, 0, 5), me);
                model.addAttribute("similar", similar.items().stream().map(m -> views.summary(m, me)).toList());
                model.addAttribute("similarTotal", similar.total());
            }
        } catch (Refusal refusal) {
            // the form is not complete yet: hints wait until it is; but a name given that the register knows under
            // another is said at once, as the registration would refuse it
            if (form.getName() != null && !form.getName().isBlank() && refusal.field() != null
                    && refusal.field().endsWith(".name")) {
                model.addAttribute("personProblem", messages.getMessage(refusal.messageKey(), refusal.args(),
                        refusal.messageKey(), LocaleContextHolder.getLocale()));
            }
        }
        return "casework/register :: hints";
    }

    /** A suggested category as the hint shows it: its name in the reader's language and the model's probability. */
    record CategoryHint(String name, double score) {
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return isBlank(s) ? null : s.trim();
    }

    @GetMapping("/matters/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(@PathVariable Long id, @PathVariable Long attachmentId,
                                      @AuthenticationPrincipal StaffPrincipal me) {
        Attachments.Upload u = attachments.content(id, attachmentId, me)
                .orElseThrow(() -> Refusal.notFound("attachment.not-found", String.valueOf(attachmentId)));
        return FileAnswers.download(u.filename(), MediaType.parseMediaType(Attachments.check(u)), u.content());
    }

    private String page(Model model, StaffPrincipal me) {
        model.addAttribute("channels", Channel.values());
        model.addAttribute("kinds", PetitionKind.values());
        model.addAttribute("cadreRanks", org.xinfang.statute.CadreRank.values());
        // every level above the registering office's government: city, province and national for a county
        AdministrativeLevel own = territory.governmentOf(me.unit()).level();
        model.addAttribute("originLevels", java.util.Arrays.stream(AdministrativeLevel.values()).filter(l -> l.isAbove(own)).toList());
        model.addAttribute("categoryTree", categories.tree());
        model.addAttribute("places", territory.placeGroups(me.unit()));
        model.addAttribute("maxMegabytes", Attachments.MAX_BYTES / (1024 * 1024));
        return "casework/register";
    }
}
