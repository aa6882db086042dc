package org.xinfang.casework.web;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.xinfang.casework.Evidence;
import org.xinfang.casework.OpinionDraft;
import org.xinfang.casework.internal.HandlerSteps;
import org.xinfang.casework.internal.Matter;
import org.xinfang.territory.StaffDirectory;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.Territory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The handler's own steps as the API and the matter page show them (issue 11, item 3): the sign-for with the time it
 * took, the extension request with the head's decision, the evidence, the opinion's sign-off rounds and the co-handling
 * tasks. Staff by name where their account names them.
 */
@Component
class HandlerStepViews {

    private final Territory territory;
    private final StaffDirectory staff;
    private final MessageSource messages;

    HandlerStepViews(Territory territory, StaffDirectory staff, MessageSource messages) {
        this.territory = territory;
        this.staff = staff;
        this.messages = messages;
    }

    /** The handler's own steps as the viewer may read them: texts people wrote masked by role, as every such text. */
    MatterJson.HandlerStepsJson json(Matter m, StaffPrincipal viewer, Locale locale) {
        HandlerSteps s = m.handlerSteps();
        MatterJson.SignForJson signFor = s.receivedAt() == null ? null : new MatterJson.SignForJson(
                unit(s.signForUnitId(), locale), s.receivedAt(), m.isSignForPending(), s.signedAt(), s.signedBy(),
                name(s.signedBy()),
                s.timeToSignFor() == null ? null : s.timeToSignFor().toString(),
                s.timeToSignFor() == null ? null : s.timeToSignFor().toMinutes(),
                s.timeToSignFor() == null ? null : readable(s.timeToSignFor(), locale));
        MatterJson.ExtensionRequestJson request = s.requestedAt() == null ? null : new MatterJson.ExtensionRequestJson(
                s.requestedDays(), viewer.readable(s.requestReason()), s.requestedBy(), name(s.requestedBy()), s.requestedAt(),
                s.isExtensionRequestPending(), s.requestOutcome() == null ? null : s.requestOutcome().name(),
                viewer.readable(s.decisionReason()), s.decidedBy(), name(s.decidedBy()), s.decidedAt());
        List<MatterJson.EvidenceJson> evidence = m.evidence().entrySet().stream().map(e -> {
            Evidence v = e.getValue();
            return new MatterJson.EvidenceJson(e.getKey(), v.kind().name(), viewer.readable(v.description()),
                    viewer.readable(v.filename()), v.contentType(), v.sizeBytes(), unit(v.unitId(), locale), v.attachedBy(),
                    v.attachedAt(), viewer.seesPersonalData() ? "/api/v1/matters/" + m.id() + "/evidence/" + e.getKey() : null);
        }).toList();
        List<OpinionDraft> drafts = m.opinionDrafts();
        List<MatterJson.DraftJson> rounds = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            OpinionDraft d = drafts.get(i);
            rounds.add(new MatterJson.DraftJson(i + 1, d.outcome().name(), viewer.readable(d.text()), d.draftedBy(),
                    d.draftedAt(), d.decision() == null ? null : d.decision().name(), d.decidedBy(), d.decidedAt(),
                    viewer.readable(d.comments())));
        }
        List<MatterJson.CoHandlingTaskJson> tasks = m.coHandlingTasks().entrySet().stream()
                .map(e -> new MatterJson.CoHandlingTaskJson(unit(e.getKey(), locale), m.coHandlerUnitIds().contains(e.getKey()),
                        e.getValue().assignedAt(), e.getValue().isReported(), viewer.readable(e.getValue().report()),
                        e.getValue().reportedBy(), e.getValue().reportedAt())).toList();
        List<MatterJson.Ref> notReported = m.coHandlerUnitIds().stream().filter(m::owesCoHandlingReport)
                .map(id -> unit(id, locale)).toList();
        return new MatterJson.HandlerStepsJson(signFor, request, evidence, new MatterJson.SignOff(m.awaitsSignOff(), rounds),
                tasks, notReported);
    }

    private MatterJson.Ref unit(Long id, Locale locale) {
        return territory.unit(id).map(u -> new MatterJson.Ref(u.code(), u.displayName(locale))).orElse(null);
    }

    /** A member of staff's name, or the login where no account names them. */
    String name(String username) {
        return staff.nameOrLogin(username);
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
