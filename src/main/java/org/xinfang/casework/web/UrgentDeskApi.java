package org.xinfang.casework.web;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xinfang.casework.UrgentDesk;
import org.xinfang.territory.StaffPrincipal;

import java.util.List;

/** The desk of major or urgent matters in the API (2022 art. 25); the page is {@link UrgentDeskPage}. */
@RestController
class UrgentDeskApi {

    private final UrgentDesk desk;

    UrgentDeskApi(UrgentDesk desk) {
        this.desk = desk;
    }

    @GetMapping("/api/v1/desk/urgent")
    @Operation(summary = "The major or urgent matters reported to the caller's unit and not yet acknowledged (2022 art. 25), oldest first")
    List<UrgentDesk.Item> api(@AuthenticationPrincipal StaffPrincipal me) {
        return desk.awaiting(me);
    }
}
