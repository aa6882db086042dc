package org.xinfang.notification.internal;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.xinfang.casework.MatterParties;
import org.xinfang.casework.MatterParties.Parties;
import org.xinfang.casework.MatterTransitioned;
import org.xinfang.notification.VerifiedContacts;
import org.xinfang.notification.internal.Deliveries.Skipped;

import java.util.List;
import java.util.Set;

/**
 * Hears every step of a matter and writes who is told of it: the inbox rows and the outbox rows (emails, text
 * messages), all in the listener's one transaction, so that either every notification of a step is recorded or,
 * with the event publication left incomplete, none is and the step is heard again. Rows are unique per step and
 * person: hearing a step twice adds nothing. Imported history ({@code MattersImported}) is told to no one.
 */
@Component
public class StepNotifications {

    private final MatterParties parties;
    private final Recipients recipients;
    private final VerifiedContacts verified;
    private final NotificationTexts texts;
    private final Deliveries deliveries;

    StepNotifications(MatterParties parties, Recipients recipients, VerifiedContacts verified, NotificationTexts texts,
                      Deliveries deliveries) {
        this.parties = parties;
        this.recipients = recipients;
        this.verified = verified;
        this.texts = texts;
        this.deliveries = deliveries;
    }

    @ApplicationModuleListener
    void on(MatterTransitioned step) {
        record(step);
    }

    /** Writes who is told of {@code step}, at the step's time, in the caller's transaction. */
    public void record(MatterTransitioned step) {
        Set<Capacity> told = NotificationRules.told(step.type());
        if (told.isEmpty()) {
            return;
        }
        Parties matter = parties.of(step.matterId()).orElse(null);
        if (matter == null) {
            return;
        }
        Occasion occasion = Occasion.of(step, matter);
        List<MapSqlParameterSource> petitioner = List.of();
        if (told.contains(Capacity.PETITIONER)) {
            String phone = matter.contactPhone();
            Skipped skipped = phone == null ? Skipped.NO_CONTACT
                    : verified.isVerifiedPhone(matter.petitionerId(), phone) ? null : Skipped.UNVERIFIED_CONTACT;
            String text = texts.smsForPetitioner(step.type(), matter.referenceNo());
            petitioner = List.of(Deliveries.outboxRow(occasion, "petitioner:" + matter.petitionerId(),
                    Set.of(Capacity.PETITIONER), Channel.SMS, skipped == null ? phone : null, text, text, skipped));
        }
        deliveries.write(occasion, recipients.staff(matter, step.holderUnitId(), told), petitioner);
    }
}
