package org.xinfang.territory.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.xinfang.territory.StaffAccounts;
import org.xinfang.territory.StaffPrincipal;

import java.time.OffsetDateTime;
import java.util.List;

@RestController
@RequestMapping("/api/v1/staff")
@Tag(name = "Territory and staff")
class LockedAccountsApi {

    private final StaffAccounts accounts;

    LockedAccountsApi(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    record LockedJson(String username, String displayName, String unitCode, OffsetDateTime lockedUntil) {
    }

    @GetMapping("/locked")
    @Operation(summary = "Accounts locked after repeated failed sign-ins (administrators)")
    List<LockedJson> locked(@AuthenticationPrincipal StaffPrincipal me) {
        return accounts.lockedAccounts(me).stream()
                .map(a -> new LockedJson(a.username(), a.displayName(), a.unit().code(), a.lockedUntil())).toList();
    }

    @PostMapping("/{username}/unlock")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Lift the lock of a locked account (administrators)")
    void unlock(@PathVariable String username, @AuthenticationPrincipal StaffPrincipal me) {
        accounts.unlock(username, me);
    }
}
