package org.xinfang.casework.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.xinfang.casework.UrgentDesk;
import org.xinfang.territory.StaffPrincipal;

/**
 * The desk of major or urgent matters (2022 art. 25): the reports the caller's unit received and has not acknowledged,
 * as a page ({@code /desk/urgent}) and in the API ({@code GET /api/v1/desk/urgent}).
 */
@Controller
class UrgentDeskPage {

    private final UrgentDesk desk;

    UrgentDeskPage(UrgentDesk desk) {
        this.desk = desk;
    }

    @GetMapping("/desk/urgent")
    String page(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("items", desk.awaiting(me));
        return "casework/urgent-desk";
    }
}
