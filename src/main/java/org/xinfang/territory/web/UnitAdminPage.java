package org.xinfang.territory.web;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinfang.platform.Refusal;
import org.xinfang.platform.admin.AdminForms;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.UnitAdministration;
import org.xinfang.territory.UnitView;

/** The administrator's units: the tree as a list, a new unit, and one unit's rename, move and merge. */
@Controller
class UnitAdminPage {

    private static final int PAGE_SIZE = 50;

    private final UnitAdministration units;
    private final MessageSource messages;

    UnitAdminPage(UnitAdministration units, MessageSource messages) {
        this.units = units;
        this.messages = messages;
    }

    @GetMapping("/admin/units")
    String list(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) String q,
                @RequestParam(defaultValue = "0") int page, Model model) {
        UnitAdministration.UnitPage found = units.list(me, q, Math.max(0, page), PAGE_SIZE);
        if (page >= found.pages() && page > 0) {
            return "redirect:/admin/units?page=" + (found.pages() - 1);
        }
        model.addAttribute("found", found);
        model.addAttribute("q", q);
        return "admin/units";
    }

    @PostMapping("/admin/units")
    String create(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) String code,
                  @RequestParam(required = false) String name, @RequestParam(required = false) String nameEn,
                  @RequestParam(required = false) String parentCode, @RequestParam(required = false) String function,
                  RedirectAttributes flash) {
        try {
            UnitView created = units.create(me, code, name, nameEn, parentCode, function);
            flash.addFlashAttribute("done", messages.getMessage("admin.unit.created", new Object[]{created.name()},
                    org.springframework.context.i18n.LocaleContextHolder.getLocale()));
            return "redirect:/admin/units/" + created.id();
        } catch (Refusal r) {
            flash.addFlashAttribute("refusal", AdminForms.describe(r, messages));
            return "redirect:/admin/units";
        }
    }

    @GetMapping("/admin/units/{id}")
    String unit(@AuthenticationPrincipal StaffPrincipal me, @PathVariable Long id, Model model) {
        model.addAttribute("row", units.unit(me, id));
        model.addAttribute("formerNames", units.formerNames(me, id));
        return "admin/unit";
    }

    @PostMapping("/admin/units/{id}/name")
    String rename(@AuthenticationPrincipal StaffPrincipal me, @PathVariable Long id, @RequestParam long version,
                  @RequestParam(required = false) String name, @RequestParam(required = false) String nameEn,
                  RedirectAttributes flash) {
        return AdminForms.submit(flash, messages, "/admin/units/" + id, () -> units.rename(me, id, version, name, nameEn),
                "admin.unit.renamed");
    }

    @PostMapping("/admin/units/{id}/parent")
    String move(@AuthenticationPrincipal StaffPrincipal me, @PathVariable Long id, @RequestParam long version,
                @RequestParam(required = false) String parentCode, RedirectAttributes flash) {
        return AdminForms.submit(flash, messages, "/admin/units/" + id, () -> units.move(me, id, version, parentCode),
                "admin.unit.moved");
    }

    @PostMapping("/admin/units/{id}/merge")
    String merge(@AuthenticationPrincipal StaffPrincipal me, @PathVariable Long id, @RequestParam long version,
                 @RequestParam(required = false) String intoCode, RedirectAttributes flash) {
        return AdminForms.submit(flash, messages, "/admin/units/" + id, () -> units.merge(me, id, version, intoCode),
                "admin.unit.merged");
    }
}
