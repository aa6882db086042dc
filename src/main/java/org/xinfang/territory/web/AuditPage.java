package org.xinfang.territory.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.xinfang.platform.Refusal;
import org.xinfang.platform.admin.AdminAudit;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.StaffRole;

/** The audit of the administrator's screens: who changed what, when, from what to what; the latest first. */
@Controller
class AuditPage {

    private static final int PAGE_SIZE = 50;

    private final AdminAudit audit;

    AuditPage(AdminAudit audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String list(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) AdminAudit.Area area,
                @RequestParam(required = false) String subject, @RequestParam(defaultValue = "0") int page, Model model) {
        if (!me.has(StaffRole.ADMIN)) {
            throw Refusal.forbidden("admin.only");
        }
        AdminAudit.Page found = audit.list(me.scopePath(), area, subject, Math.max(0, page), PAGE_SIZE);
        if (page >= found.pages() && page > 0) {
            return "redirect:/admin/audit?page=" + (found.pages() - 1);
        }
        model.addAttribute("found", found);
        model.addAttribute("area", area);
        model.addAttribute("subject", subject);
        model.addAttribute("areas", AdminAudit.Area.values());
        return "admin/audit";
    }
}
