package org.xinfang.coordination.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xinfang.casework.AdoptionOutcome;
import org.xinfang.coordination.SupervisionNotices;
import org.xinfang.territory.StaffPrincipal;

/** The follow-up of supervision notices (督办单) in the API: the desk, one notice, the answer, the suggestion, the feedback. */
@RestController
@RequestMapping("/api/v1/supervision-notices")
@Tag(name = "Supervision notices", description = "督办单 (2022 art. 40): the supervised unit answers within 30 days, the supervising body suggests improvements, the unit feeds back in writing whether it adopted them; an ignored notice goes up a level")
class SupervisionNoticeApi {

    private final SupervisionNotices notices;
    private final SupervisionNoticeViews views;

    SupervisionNoticeApi(SupervisionNotices notices, SupervisionNoticeViews views) {
        this.notices = notices;
        this.views = views;
    }

    record Text(@NotNull Integer version, @NotBlank @Size(max = 4000) String text) {
    }

    record Feedback(@NotNull Integer version, @NotNull AdoptionOutcome adoption, @NotBlank @Size(max = 4000) String text) {
    }

    @GetMapping
    @Operation(summary = "The caller's notices: those to their unit to answer or feed back on, those their unit follows up (issued or escalated to it) still unanswered, and those awaiting feedback on a suggestion; the first 100 of each")
    SupervisionNoticeViews.DeskJson desk(@AuthenticationPrincipal StaffPrincipal me) {
        return views.json(notices.desk(me, 100), me);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One notice and where its follow-up stands")
    SupervisionNoticeViews.NoticeJson one(@PathVariable Long id, @AuthenticationPrincipal StaffPrincipal me) {
        return views.json(notices.visible(me, id), me);
    }

    @PostMapping("/{id}/answer")
    @Operation(summary = "The supervised unit's answer, by a member of its staff, once, at the version seen")
    SupervisionNoticeViews.NoticeJson answer(@PathVariable Long id, @Valid @RequestBody Text body, @AuthenticationPrincipal StaffPrincipal me) {
        return views.json(notices.answer(me, id, body.version(), body.text()), me);
    }

    @PostMapping("/{id}/suggestion")
    @Operation(summary = "The supervising body's improvement suggestion (art. 40 ¶1), by its supervisors or leaders, once, at the version seen")
    SupervisionNoticeViews.NoticeJson suggest(@PathVariable Long id, @Valid @RequestBody Text body, @AuthenticationPrincipal StaffPrincipal me) {
        return views.json(notices.suggest(me, id, body.version(), body.text()), me);
    }

    @PostMapping("/{id}/feedback")
    @Operation(summary = "The unit's written feedback on whether it adopted the suggestion (art. 40 ¶4), once, at the version seen")
    SupervisionNoticeViews.NoticeJson feedback(@PathVariable Long id, @Valid @RequestBody Feedback body, @AuthenticationPrincipal StaffPrincipal me) {
        return views.json(notices.feedback(me, id, body.version(), body.adoption(), body.text()), me);
    }
}
