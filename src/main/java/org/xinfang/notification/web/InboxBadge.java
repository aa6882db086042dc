package org.xinfang.notification.web;

import org.springframework.stereotype.Component;
import org.xinfang.notification.internal.Inbox;
import org.xinfang.territory.StaffPrincipal;

/**
 * The top bar's unread count, read by the shared layout ({@code ${@inboxBadge.unread(#authentication.principal)}}):
 * one count over the partial index of unread rows per page drawn (docs/performance.md).
 */
@Component("inboxBadge")
public class InboxBadge {

    private final Inbox inbox;

    InboxBadge(Inbox inbox) {
        this.inbox = inbox;
    }

    public long unread(Object principal) {
        return principal instanceof StaffPrincipal me ? inbox.unread(me.getUsername()) : 0;
    }
}
