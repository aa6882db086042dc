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
import org.xinfang.territory.StaffAdministration;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.StaffRole;
import org.xinfang.territory.Territory;
import org.xinfang.territory.UnitView;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** The administrator's staff accounts: the list, a new account, and one account's name, roles, unit, state, password. */
@Controller
class StaffAdminPage {

    private static final int PAGE_SIZE = 25;

    private final StaffAdministration staff;
    private final Territory territory;
    private final MessageSource messages;

    StaffAdminPage(StaffAdministration staff, Territory territory, MessageSource messages) {
        this.staff = staff;
        this.territory = territory;
        this.messages = messages;
    }

    @GetMapping("/admin/staff")
    String list(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) String q,
                @RequestParam(required = false) StaffRole role, @RequestParam(required = false) Boolean enabled,
                @RequestParam(defaultValue = "0") int page, Model model) {
        StaffAdministration.StaffPage found = staff.list(me, q, role, enabled, Math.max(0, page), PAGE_SIZE);
        if (page >= found.pages() && page > 0) {
            return "redirect:/admin/staff?page=" + (found.pages() - 1);
        }
        model.addAttribute("found", found);
        model.addAttribute("q", q);
        model.addAttribute("role", role);
        model.addAttribute("enabled", enabled);
        model.addAttribute("roles", StaffRole.values());
        model.addAttribute("units", units(me));
        return "admin/staff";
    }

    @PostMapping("/admin/staff")
    String create(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) String username,
                  @RequestParam(required = false) String displayName, @RequestParam(required = false) String unitCode,
                  @RequestParam(required = false) Set<StaffRole> roles, @RequestParam(required = false) String password,
                  RedirectAttributes flash) {
        try {
            StaffAdministration.Handover h = staff.create(me, new StaffAdministration.NewAccount(username, displayName,
                    unitCode, roles, password));
            flash.addFlashAttribute("done", messages.getMessage("admin.staff.created", new Object[]{h.account().username()},
                    org.springframework.context.i18n.LocaleContextHolder.getLocale()));
            flash.addFlashAttribute("oneTimePassword", h.oneTimePassword());
            return "redirect:/admin/staff/" + h.account().id();
        } catch (Refusal r) {
            flash.addFlashAttribute("refusal", AdminForms.describe(r, messages));
            flash.addFlashAttribute("form", new Form(username, displayName, unitCode, roles));
            return "redirect:/admin/staff";
        }
    }

    /** What the new-account form had, shown again after a refusal (never the password). */
    record Form(String username, String displayName, String unitCode, Set<StaffRole> roles) {
    }

    @GetMapping("/admin/staff/{id}")
    String account(@AuthenticationPrincipal StaffPrincipal me, @PathVariable Long id, Model model) {
        model.addAttribute("account", staff.account(me, id));
        model.addAttribute("roles", StaffRole.values());
        model.addAttribute("units", units(me));
        return "admin/staff-account";
    }

    @PostMapping("/admin/staff/{id}")
    String update(@AuthenticationPrincipal StaffPrincipal me, @PathVariable Long id, @RequestParam long version,
                  @RequestParam(required = false) String displayName, @RequestParam(required = false) String unitCode,
                  @RequestParam(required = false) Set<StaffRole> roles, RedirectAttributes flash) {
        return AdminForms.submit(flash, messages, "/admin/staff/" + id,
                () -> staff.update(me, id, version, displayName, unitCode, roles), "admin.saved");
    }

    @PostMapping("/admin/staff/{id}/enabled")
    String enable(@AuthenticationPrincipal StaffPrincipal me, @PathVariable Long id, @RequestParam long version,
                  @RequestParam boolean enabled, RedirectAttributes flash) {
        return AdminForms.submit(flash, messages, "/admin/staff/" + id,
                () -> staff.setEnabled(me, id, version, enabled), enabled ? "admin.staff.enabled" : "admin.staff.disabled");
    }

    @PostMapping("/admin/staff/{id}/password")
    String reset(@AuthenticationPrincipal StaffPrincipal me, @PathVariable Long id, @RequestParam long version,
                 @RequestParam(required = false) String password, RedirectAttributes flash) {
        try {
            StaffAdministration.Handover h = staff.resetPassword(me, id, version, password);
            flash.addFlashAttribute("done", messages.getMessage("admin.staff.password-reset", new Object[]{h.account().username()},
                    org.springframework.context.i18n.LocaleContextHolder.getLocale()));
            flash.addFlashAttribute("oneTimePassword", h.oneTimePassword());
        } catch (Refusal r) {
            flash.addFlashAttribute("refusal", AdminForms.describe(r, messages));
        }
        return "redirect:/admin/staff/" + id;
    }

    private List<UnitView> units(StaffPrincipal me) {
        return territory.unitIdsUnder(me.scopePath()).stream().map(territory::require).filter(territory::isActive)
                .sorted(Comparator.comparing(UnitView::code)).toList();
    }
}
