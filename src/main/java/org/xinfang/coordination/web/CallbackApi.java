package org.xinfang.coordination.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xinfang.casework.Satisfaction;
import org.xinfang.coordination.CallbackRegister;
import org.xinfang.territory.StaffPrincipal;

/** The callback (回访) in the API: the petition office's list, a matter's calls, and recording a call. */
@RestController
@RequestMapping("/api/v1/callbacks")
@Tag(name = "Callbacks", description = "回访: the petition office phones the petitioner of an answered matter not rated yet; a reached call with a rating is the matter's evaluation")
class CallbackApi {

    private final CallbackRegister callbacks;
    private final CallbackViews views;

    CallbackApi(CallbackRegister callbacks, CallbackViews views) {
        this.callbacks = callbacks;
        this.views = views;
    }

    record Call(@NotNull Boolean reached, Satisfaction satisfaction, @Size(max = 2000) String note) {
    }

    @GetMapping
    @Operation(summary = "The callback list of the caller's petition office (its registrars and supervisors): answered matters not rated, 5 days after the answer and within the rating window, waiting for a first call or called and not reached (earliest answered first); the latest 100 callbacks finished in the last 30 days (latest first) and how many there were")
    CallbackViews.ListJson list(@AuthenticationPrincipal StaffPrincipal me) {
        return views.json(callbacks.list(me), me);
    }

    @GetMapping("/{matterId}")
    @Operation(summary = "A matter's callback: where it stands and its calls, the earliest first")
    CallbackViews.CallbackJson one(@PathVariable Long matterId, @AuthenticationPrincipal StaffPrincipal me) {
        return views.json(callbacks.of(me, matterId), me);
    }

    @PostMapping("/{matterId}")
    @Operation(summary = "Record a call, as a registrar of the petition office: reached or not; when reached, the petitioner's satisfaction (optional: they may decline), which is recorded as the matter's evaluation given by phone callback; at most 3 calls not reached. With an Idempotency-Key a retried request returns the call recorded the first time")
    ResponseEntity<CallbackViews.AttemptJson> record(@PathVariable Long matterId, @Valid @RequestBody Call body,
                                                     @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                                     @AuthenticationPrincipal StaffPrincipal me) {
        return ResponseEntity.status(HttpStatus.CREATED).body(views.json(
                callbacks.record(me, matterId, body.reached(), body.satisfaction(), body.note(), key), me));
    }
}
