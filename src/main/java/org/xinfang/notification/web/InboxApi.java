package org.xinfang.notification.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xinfang.notification.internal.Inbox;
import org.xinfang.territory.StaffPrincipal;

import java.util.Locale;
import java.util.Map;

/** The caller's inbox in the API. */
@RestController
@RequestMapping("/api/v1/inbox")
@Tag(name = "Inbox", description = "站内消息: the steps of matters the caller is told of (三级四线), unread first")
class InboxApi {

    private final Inbox inbox;
    private final InboxViews views;

    InboxApi(Inbox inbox, InboxViews views) {
        this.inbox = inbox;
        this.views = views;
    }

    @GetMapping
    @Operation(summary = "The caller's latest notifications (at most 100), the unread first, each group the latest first, with the unread count. "
            + "canOpen says whether the caller may open the matter (a level told of a step may not hold it); when false, matterLink is null and closedNote names the unit to ask")
    InboxViews.InboxJson list(@AuthenticationPrincipal StaffPrincipal me, Locale locale) {
        return views.json(inbox.unread(me.getUsername()), inbox.read(me), locale);
    }

    @GetMapping("/unread-count")
    @Operation(summary = "How many of the caller's notifications are unread (the top bar's badge)")
    Map<String, Long> unreadCount(@AuthenticationPrincipal StaffPrincipal me) {
        return Map.of("unread", inbox.unread(me.getUsername()));
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Mark one of the caller's notifications read; marking it again changes nothing (it keeps the first reading's time). Another person's notification is not found (404)")
    InboxViews.NotificationJson markRead(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal me, Locale locale) {
        return views.json(inbox.markRead(me, id), locale);
    }

    @PostMapping("/read-all")
    @Operation(summary = "Mark every unread notification of the caller read; answers how many were unread")
    Map<String, Integer> markAllRead(@AuthenticationPrincipal StaffPrincipal me) {
        return Map.of("marked", inbox.markAllRead(me.getUsername()));
    }
}
