package org.xinfang.intake.web;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinfang.intake.CategoryAdministration;
import org.xinfang.platform.admin.AdminForms;
import org.xinfang.territory.StaffPrincipal;

/** The administrator's categories and routing rules (category × place → the unit suggested). */
@Controller
class CategoryAdminPage {

    private final CategoryAdministration admin;
    private final MessageSource messages;

    CategoryAdminPage(CategoryAdministration admin, MessageSource messages) {
        this.admin = admin;
        this.messages = messages;
    }

    @GetMapping("/admin/categories")
    String categories(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("rows", admin.list(me));
        return "admin/categories";
    }

    @PostMapping("/admin/categories")
    String create(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) String code,
                  @RequestParam(required = false) String name, @RequestParam(required = false) String nameEn,
                  @RequestParam(required = false) String parentCode, @RequestParam(required = false) String function,
                  @RequestParam(defaultValue = "false") boolean hotSpot, RedirectAttributes flash) {
        return AdminForms.submit(flash, messages, "/admin/categories",
                () -> admin.create(me, code, name, nameEn, parentCode, function, hotSpot), "admin.category.created", code);
    }

    @PostMapping("/admin/categories/{id}/name")
    String rename(@AuthenticationPrincipal StaffPrincipal me, @PathVariable Long id, @RequestParam long version,
                  @RequestParam(required = false) String name, @RequestParam(required = false) String nameEn,
                  RedirectAttributes flash) {
        return AdminForms.submit(flash, messages, "/admin/categories", () -> admin.rename(me, id, version, name, nameEn),
                "admin.saved");
    }

    @PostMapping("/admin/categories/{id}/active")
    String activate(@AuthenticationPrincipal StaffPrincipal me, @PathVariable Long id, @RequestParam long version,
                    @RequestParam boolean active, RedirectAttributes flash) {
        return AdminForms.submit(flash, messages, "/admin/categories", () -> admin.setActive(me, id, version, active),
                "admin.saved");
    }

    @GetMapping("/admin/routing")
    String rules(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("rules", admin.rules(me));
        model.addAttribute("rows", admin.list(me).stream().filter(r -> r.category().isSecondLevel() && r.active()).toList());
        return "admin/routing";
    }

    @PostMapping("/admin/routing")
    String setRule(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) String categoryCode,
                   @RequestParam(required = false) String placeCode, @RequestParam(required = false) String unitCode,
                   @RequestParam(required = false) Long version, RedirectAttributes flash) {
        return AdminForms.submit(flash, messages, "/admin/routing",
                () -> admin.setRule(me, categoryCode, placeCode, unitCode, version), "admin.saved");
    }

    @PostMapping("/admin/routing/{id}/remove")
    String removeRule(@AuthenticationPrincipal StaffPrincipal me, @PathVariable Long id, @RequestParam long version,
                      RedirectAttributes flash) {
        return AdminForms.submit(flash, messages, "/admin/routing", () -> admin.removeRule(me, id, version), "admin.saved");
    }
}
