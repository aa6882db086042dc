package org.xinfang.notification.internal;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.xinfang.casework.MatterEventType;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The words of an email or a text message, in the recipient's language: Chinese, or English for a staff member who
 * chose it. The petitioner's text names the matter by its number only: a message on a phone's screen is read by
 * whoever holds the phone.
 */
@Component
public class NotificationTexts {

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

    /** A step's or an alert's name as a heading reads it, e.g. "受理" or "到期提醒：3 天后（2026-12-09）到期". */
    public String name(String step, LocalDate dueOn, Integer daysBefore, Locale locale) {
        return isAlert(step)
                ? messages.getMessage("notification.alert." + step, new Object[]{daysBefore, String.valueOf(dueOn)}, locale)
                : messages.getMessage("enum.MatterEventType." + step, null, locale);
    }

    String name(Occasion occasion, Locale locale) {
        return name(occasion.step(), occasion.dueOn(), occasion.daysBefore(), locale);
    }

    Text forStaff(String name, String referenceNo, String title, Set<Capacity> capacities, Locale locale) {
        String as = capacities.stream().map(c -> messages.getMessage("notification.capacity." + c, null, locale))
                .collect(Collectors.joining(locale.getLanguage().equals("en") ? ", " : "、"));
        return new Text(messages.getMessage("notification.mail.subject", new Object[]{name, referenceNo}, locale),
                messages.getMessage("notification.mail.body", new Object[]{name, referenceNo, title, as}, locale));
    }

    String smsForStaff(String name, String referenceNo, Locale locale) {
        return messages.getMessage("notification.sms.staff", new Object[]{referenceNo, name}, locale);
    }

    String smsForPetitioner(MatterEventType step, String referenceNo) {
        return messages.getMessage("notification.sms.petitioner", new Object[]{referenceNo,
                name(step.name(), null, null, CHINESE)}, CHINESE);
    }

    private static boolean isAlert(String step) {
        return java.util.Arrays.stream(Alert.values()).anyMatch(a -> a.name().equals(step));
    }
}
