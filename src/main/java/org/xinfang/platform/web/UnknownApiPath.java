package org.xinfang.platform.web;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xinfang.platform.Refusal;

/**
 * An API path that names no resource answers a problem detail in the request's language, like every other refusal
 * of the API, instead of the servlet container's error body (which carries a UTC time stamp and no language).
 * Spring MVC prefers every more specific mapping, so this one is reached only when nothing else matches.
 */
@RestController
class UnknownApiPath {

    @RequestMapping("/api/**")
    void unknown() {
        throw Refusal.notFound("api.path.not-found");
    }
}
