package org.xinfang.notification.internal;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.xinfang.casework.MatterEventType;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The words of an email or a text message, in the recipient's language: Chinese, or English for a staff member who
 * chose it. The petitioner's text names the matter by its number only: a message on a phone's screen is read by
 * whoever holds the phone.
 */
@Component
class NotificationTexts {

    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource messages;

    NotificationTexts(MessageSource messages) {
        this.messages = messages;
    }

    static Locale localeOf(String preferredLanguage) {
        return preferredLanguage != null && preferredLanguage.startsWith("en") ? Locale.ENGLISH : CHINESE;
    }

    record Text(String subject, String body) {
    }

    Text forStaff(MatterEventType step, String referenceNo, String title, Set<Capacity> capacities, Locale locale) {
        String stepName = step(step, locale);
        String as = capacities.stream().map(c -> messages.getMessage("notification.capacity." + c, null, locale))
                .collect(Collectors.joining(locale.getLanguage().equals("en") ? ", " : "、"));
        return new Text(messages.getMessage("notification.mail.subject", new Object[]{stepName, referenceNo}, locale),
                messages.getMessage("notification.mail.body", new Object[]{stepName, referenceNo, title, as}, locale));
    }

    String smsForStaff(MatterEventType step, String referenceNo, Locale locale) {
        return messages.getMessage("notification.sms.staff", new Object[]{referenceNo, step(step, locale)}, locale);
    }

    String smsForPetitioner(MatterEventType step, String referenceNo) {
        return messages.getMessage("notification.sms.petitioner", new Object[]{referenceNo, step(step, CHINESE)}, CHINESE);
    }

    private String step(MatterEventType step, Locale locale) {
        return messages.getMessage("enum.MatterEventType." + step, null, locale);
    }
}
