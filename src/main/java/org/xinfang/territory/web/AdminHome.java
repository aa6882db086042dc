package org.xinfang.territory.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The administrator's landing page: a link to each of their screens. */
@Controller
class AdminHome {

    @GetMapping("/admin")
    String home() {
        return "admin/home";
    }
}
