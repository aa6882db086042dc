package org.xinfang.casework.web;

import org.springframework.context.MessageSource;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.xinfang.casework.internal.HandlerSteps;
import org.xinfang.casework.internal.Matter;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.Territory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The handler's own steps as the API and the matter page show them (issue 11, item 3): the sign-for with the time it
 * took, and the extension request with the head's decision. Staff by name where their account names them.
 */
@Component
class HandlerStepViews {

    private final Territory territory;
    private final UserDetailsService staff;
    private final MessageSource messages;

    HandlerStepViews(Territory territory, UserDetailsService staff, MessageSource messages) {
        this.territory = territory;
        this.staff = staff;
        this.messages = messages;
    }

    MatterJson.HandlerStepsJson json(Matter m, StaffPrincipal viewer, Locale locale) {
        HandlerSteps s = m.handlerSteps();
        MatterJson.SignForJson signFor = s.receivedAt() == null ? null : new MatterJson.SignForJson(
                territory.unit(s.signForUnitId()).map(u -> new MatterJson.Ref(u.code(), u.displayName(locale))).orElse(null),
                s.receivedAt(), m.isSignForPending(), s.signedAt(), s.signedBy(), name(s.signedBy()),
                s.timeToSignFor() == null ? null : s.timeToSignFor().toString(),
                s.timeToSignFor() == null ? null : s.timeToSignFor().toMinutes(),
                s.timeToSignFor() == null ? null : readable(s.timeToSignFor(), locale));
        MatterJson.ExtensionRequestJson request = s.requestedAt() == null ? null : new MatterJson.ExtensionRequestJson(
                s.requestedDays(), viewer.readable(s.requestReason()), s.requestedBy(), name(s.requestedBy()), s.requestedAt(),
                s.isExtensionRequestPending(), s.requestOutcome() == null ? null : s.requestOutcome().name(),
                viewer.readable(s.decisionReason()), s.decidedBy(), name(s.decidedBy()), s.decidedAt());
        return new MatterJson.HandlerStepsJson(signFor, request);
    }

    /** A member of staff's name, or the login where no account names them. */
    String name(String username) {
        if (username == null) {
            return null;
        }
        try {
            return staff.loadUserByUsername(username) instanceof StaffPrincipal p && p.displayName() != null
                    ? p.displayName() : username;
        } catch (RuntimeException unknown) {
            return username;
        }
    }

    /** A duration as people say it: "1天2小时5分钟", "1 d 2 h 5 min"; under a minute, "不到1分钟". */
    String readable(Duration d, Locale locale) {
        long days = d.toDays();
        long hours = d.toHoursPart();
        long minutes = d.toMinutesPart();
        if (days == 0 && hours == 0 && minutes == 0) {
            return messages.getMessage("duration.under-a-minute", null, locale);
        }
        List<String> parts = new ArrayList<>();
        if (days > 0) {
            parts.add(messages.getMessage("duration.days", new Object[]{days}, locale));
        }
        if (hours > 0) {
            parts.add(messages.getMessage("duration.hours", new Object[]{hours}, locale));
        }
        if (minutes > 0) {
            parts.add(messages.getMessage("duration.minutes", new Object[]{minutes}, locale));
        }
        return String.join(messages.getMessage("duration.separator", null, "", locale).replace("_", " "), parts);
    }

}
