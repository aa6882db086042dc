package org.xinfang.casework.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinfang.casework.AcceptanceOutcome;
import org.xinfang.casework.Casework;
import org.xinfang.casework.internal.Matter;
import org.xinfang.casework.MatterCommand;
import org.xinfang.casework.MatterFilter;
import org.xinfang.casework.OpinionOutcome;
import org.xinfang.casework.ReviewOutcome;
import org.xinfang.casework.RoutingKind;
import org.xinfang.casework.Satisfaction;
import org.xinfang.platform.Refusal;
import org.xinfang.statute.ProperChannel;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.Territory;
import org.xinfang.territory.UnitView;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The matter page: where it stands, its deadlines and flags, its timeline, the petitioner (masked by role),
 * related matters, and a small form for each action the person may take now.
 */
@Controller
class MatterPage {

    private final Casework casework;
    private final org.xinfang.casework.Attachments attachments;
    private final MatterViews views;
    private final Territory territory;
    private final MessageSource messages;
    private final Clock clock;
    private final HandlerStepViews handlerSteps;
    private final List<org.xinfang.casework.MatterPageLinks> recordLinks;

    MatterPage(Casework casework, org.xinfang.casework.Attachments attachments, MatterViews views, Territory territory, MessageSource messages,
               Clock clock, HandlerStepViews handlerSteps, List<org.xinfang.casework.MatterPageLinks> recordLinks) {
        this.handlerSteps = handlerSteps;
        this.recordLinks = recordLinks;
        this.casework = casework;
        this.attachments = attachments;
        this.views = views;
        this.territory = territory;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/matters/{id}")
    String show(@PathVariable Long id, @AuthenticationPrincipal StaffPrincipal me, Model model) {
        Matter m = casework.get(id, me);
        MatterJson view = views.full(m, me);
        model.addAttribute("m", view);
        model.addAttribute("timeline", views.events(casework.timeline(id, me), me));
        model.addAttribute("attachments", attachments.list(id, me));
        model.addAttribute("documents", casework.withholdsIdentity(m, me) ? List.of()
                : org.xinfang.casework.documents.StatutoryDocuments.availableFor(m));
        model.addAttribute("today", LocalDate.now(clock));
        List<MatterJson.Summary> samePetitioner = casework.withholdsIdentity(m, me) ? List.of()
                : related(MatterFilter.everything(0, 20).ofPetitioner(m.petitionerId()), me, id);
        List<MatterJson.Summary> samePlace = related(MatterFilter.everything(0, 20).inPlace(m.placePath(), m.categoryId()), me, id);
        model.addAttribute("samePetitioner", samePetitioner);
        // what the other modules hold about the matter (mediation, committees, recommendations…), in their order
        model.addAttribute("records", recordLinks.stream().flatMap(l -> l.links(me, id).stream()).toList());
        model.addAttribute("samePlace", samePlace.stream().filter(s -> samePetitioner.stream().noneMatch(p -> p.id().equals(s.id()))).toList());
        java.util.Set<org.xinfang.casework.MatterAction> offered = new java.util.HashSet<>(view.allowedActions());
        offered.addAll(view.recordActions());
        model.addAttribute("commands", MatterCommand.Type.forActions(offered));
        List<UnitView> units = territory.assignableUnits(me.unit());
        model.addAttribute("units", units);
        // routing passes the matter on to another body: not to the registrar's own, nor to the one holding it now
        model.addAttribute("routeUnits", units.stream().filter(u -> !u.id().equals(me.unit().id())
                && !u.id().equals(m.responsibleUnitId())).toList());
        model.addAttribute("routingKinds", RoutingKind.values());
        model.addAttribute("outcomes", AcceptanceOutcome.values());
        model.addAttribute("properChannels", ProperChannel.values());
        model.addAttribute("handlingTypes", org.xinfang.statute.HandlingType.values());
        model.addAttribute("appealRoutes", org.xinfang.statute.AppealRoute.values());
        model.addAttribute("adoptionOutcomes", org.xinfang.casework.AdoptionOutcome.values());
        model.addAttribute("opinionOutcomes", OpinionOutcome.values());
        model.addAttribute("satisfactions", Satisfaction.values());
        model.addAttribute("reviewOutcomes", ReviewOutcome.values());
        model.addAttribute("objectionOutcomes", org.xinfang.casework.ObjectionOutcome.values());
        // the parties to a dispute: any unit the person may name, and the holder itself (2022 art. 24)
        model.addAttribute("disputeUnits", java.util.stream.Stream.concat(territory.unit(m.responsibleUnitId()).stream(),
                units.stream().filter(u -> !u.id().equals(m.responsibleUnitId()))).toList());
        model.addAttribute("undelivered", m.undeliveredDocuments());
        model.addAttribute("deliveryMethods", java.util.Arrays.stream(org.xinfang.casework.DeliveryMethod.values())
                .filter(org.xinfang.casework.DeliveryMethod::isRecordable).toList());
        model.addAttribute("deliveryOutcomes", org.xinfang.casework.DeliveryOutcome.values());
        model.addAttribute("extensionRequestOutcomes", org.xinfang.casework.ExtensionRequestOutcome.values());
        model.addAttribute("extensionApprovedByName", handlerSteps.name(m.extensionApprovedBy()));

        model.addAttribute("evidenceKinds", org.xinfang.casework.EvidenceKind.values());
        model.addAttribute("evidenceOffered", view.allowedActions().contains(org.xinfang.casework.MatterAction.ATTACH_EVIDENCE));
        model.addAttribute("evidenceMaxMegabytes", org.xinfang.casework.Attachments.MAX_BYTES / (1024 * 1024));

        return "casework/matter";
    }

    /**
     * Applies the command the address names ({@link MatterCommand.Command#path}), then shows the matter again: with a
     * confirmation, or with what was wrong.
     */
    @PostMapping("/matters/{id}/{action:" + MatterCommand.PATHS + "}")
    String act(@Validated MatterCommand command, BindingResult binding, @PathVariable Long id,
               @AuthenticationPrincipal StaffPrincipal me, RedirectAttributes flash) {
        Locale locale = LocaleContextHolder.getLocale();
        if (binding.hasErrors()) {
            flash.addFlashAttribute("error", binding.getFieldErrors().stream()
                    .map(e -> messages.getMessage("field." + e.getField(), null, e.getField(), locale) + "：" + messages.getMessage(e, locale))
                    .collect(Collectors.joining("；")));
            return "redirect:/matters/" + id;
        }
        try {
            casework.act(id, command, me);
            flash.addFlashAttribute("done", messages.getMessage("enum.MatterAction." + command.action().name(), null, locale));
        } catch (org.springframework.dao.OptimisticLockingFailureException stale) {
            flash.addFlashAttribute("error", messages.getMessage("problem.stale-version", null, locale));
        } catch (Refusal r) {
            if (r.kind() == Refusal.Kind.NOT_FOUND) {
                throw r;
            }
            flash.addFlashAttribute("error", r.describe(messages, locale));
        }
        return "redirect:/matters/" + id;
    }

    private List<MatterJson.Summary> related(MatterFilter filter, StaffPrincipal me, Long self) {
        return casework.search(filter, me).items().stream().filter(x -> !x.id().equals(self)).map(m -> views.summary(m, me))
                .toList();
    }
}
