package org.xinfang.territory.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.xinfang.platform.Refusal;
import org.xinfang.territory.StaffAccounts;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.StaffRole;
import org.xinfang.territory.Territory;
import org.xinfang.territory.UnitView;

import java.util.List;
import java.util.Set;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Territory and staff", description = "The administrative tree, departments, the signed-in user, API tokens")
class TerritoryApi {

    private final Territory territory;
    private final StaffAccounts accounts;

    TerritoryApi(Territory territory, StaffAccounts accounts) {
        this.territory = territory;
        this.accounts = accounts;
    }

    record UnitJson(String code, String name, String nameEn, String level, String function, String parentCode, Long population) {
    }

    record MeJson(String username, String displayName, UnitJson unit, Set<StaffRole> roles, boolean seesPersonalData) {
    }

    @GetMapping("/territory/units")
    @Operation(summary = "The units under a parent (by code), or the root of the tree when no parent is given")
    List<UnitJson> units(@RequestParam(required = false) String parent) {
        if (parent == null) {
            return territory.root().map(this::json).stream().toList();
        }
        UnitView p = territory.unitByCode(parent).orElseThrow(() -> Refusal.notFound("territory.unit.unknown", parent));
        return territory.children(p.id()).stream().map(this::json).toList();
    }

    @GetMapping("/territory/units/{code}")
    @Operation(summary = "One unit by its code")
    UnitJson unit(@PathVariable String code) {
        return territory.unitByCode(code).map(this::json).orElseThrow(() -> Refusal.notFound("territory.unit.unknown", code));
    }

    @GetMapping("/me")
    @Operation(summary = "The signed-in staff member, their unit and roles")
    MeJson me(@AuthenticationPrincipal StaffPrincipal me) {
        return new MeJson(me.getUsername(), me.displayName(), json(me.unit()), me.roles(), me.seesPersonalData());
    }

    @PostMapping("/auth/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Issue a bearer token for the signed-in user (sign in with HTTP Basic to get one)")
    StaffAccounts.IssuedToken token(@AuthenticationPrincipal StaffPrincipal me) {
        return accounts.issueToken(me);
    }

    private UnitJson json(UnitView u) {
        String parentCode = territory.unit(u.parentId()).map(UnitView::code).orElse(null);
        return new UnitJson(u.code(), u.name(), u.nameEn(), u.level().name(), u.function(), parentCode, u.population());
    }
}
