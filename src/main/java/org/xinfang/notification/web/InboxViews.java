package org.xinfang.notification.web;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.xinfang.notification.internal.Capacity;
import org.xinfang.notification.internal.Inbox;
import org.xinfang.notification.internal.NotificationTexts;
import org.xinfang.platform.OfficeTime;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Notifications as the API and the pages show them: texts in the reader's language, times in the office's zone. */
@Component
class InboxViews {

    /**
     * {@code step} is a matter's step type or an alert's name; {@code dueOn} is a reminder's or a notice's day.
     * {@code canOpen}: whether the reader may open the link (casework's visibility); when not, {@code matterLink} is null
     * and {@code closedNote} says who to ask instead, naming the unit holding the matter when it may be named.
     */
    record NotificationJson(long id, Long matterId, String referenceNo, String title, String step, String stepName,
                            String dueOn, List<Capacity> capacities, String capacitiesText, String createdAt, String createdAtShown, String readAt,
                            boolean unread, boolean canOpen, String matterLink, String closedNote) {
    }

    record InboxJson(long unread, List<NotificationJson> notifications) {
    }

    private final MessageSource messages;
    private final NotificationTexts texts;
    private final OfficeTime time;

    InboxViews(MessageSource messages, NotificationTexts texts, OfficeTime time) {
        this.messages = messages;
        this.texts = texts;
        this.time = time;
    }

    NotificationJson json(Inbox.Read read, Locale locale) {
        Inbox.Notification n = read.notification();
        String as = n.capacities().stream().map(c -> messages.getMessage("notification.capacity." + c, null, locale))
                .collect(Collectors.joining(" · "));
        return new NotificationJson(n.id(), n.matterId(), n.referenceNo(), n.title(), n.step(),
                texts.name(n.step(), n.dueOn(), n.daysBefore(), locale), n.dueOn() == null ? null : n.dueOn().toString(),
                List.copyOf(n.capacities()), as, time.iso(n.createdAt()), time.minute(n.createdAt()), time.iso(n.readAt()),
                n.unread(), read.canOpen(), read.canOpen() ? n.link() : null, read.canOpen() ? null : closedNote(read, locale));
    }

    /** Why there is no link, and who to ask: the unit holding the matter when it may be named. */
    String closedNote(Inbox.Read read, Locale locale) {
        return read.holder() == null ? messages.getMessage("notification.inbox.closed", null, locale)
                : messages.getMessage("notification.inbox.closed-held-by", new Object[]{read.holder().displayName(locale)}, locale);
    }

    InboxJson json(long unread, List<Inbox.Read> notifications, Locale locale) {
        return new InboxJson(unread, notifications.stream().map(n -> json(n, locale)).toList());
    }
}
