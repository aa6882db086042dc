package org.xinfang.notification.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.xinfang.casework.MatterParties;
import org.xinfang.casework.MatterParties.Parties;
import org.xinfang.casework.MatterTransitioned;
import org.xinfang.notification.VerifiedContacts;
import org.xinfang.notification.internal.NotificationPreferences.Preference;
import org.xinfang.territory.StaffDirectory.Account;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Hears every step of a matter and writes who is told of it: the inbox rows and the outbox rows (emails, text
 * messages), all in the listener's one transaction, so that either every notification of a step is recorded or,
 * with the event publication left incomplete, none is and the step is heard again. Rows are unique per step and
 * person: hearing a step twice adds nothing. Imported history ({@code MattersImported}) is told to no one.
 */
@Component
public class StepNotifications {

    /** Why an outbox row was not sent, recorded instead of a message. */
    enum Skipped { NO_CONTACT, UNVERIFIED_CONTACT, MAIL_NOT_CONFIGURED }

    private final MatterParties parties;
    private final Recipients recipients;
    private final NotificationPreferences preferences;
    private final VerifiedContacts verified;
    private final NotificationTexts texts;
    private final ObjectProvider<JavaMailSender> mail;
    private final NamedParameterJdbcTemplate jdbc;

    StepNotifications(MatterParties parties, Recipients recipients, NotificationPreferences preferences,
                      VerifiedContacts verified, NotificationTexts texts, ObjectProvider<JavaMailSender> mail,
                      NamedParameterJdbcTemplate jdbc) {
        this.parties = parties;
        this.recipients = recipients;
        this.preferences = preferences;
        this.verified = verified;
        this.texts = texts;
        this.mail = mail;
        this.jdbc = jdbc;
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
        Timestamp now = Timestamp.from(step.at());
        Map<Account, Set<Capacity>> staff = recipients.staff(matter, step.holderUnitId(), told);
        Map<String, Preference> chosen = preferences.of(staff.keySet().stream().map(Account::username).toList());
        List<MapSqlParameterSource> inbox = new ArrayList<>();
        List<MapSqlParameterSource> outbox = new ArrayList<>();
        staff.forEach((account, capacities) -> {
            inbox.add(row(step, matter, account.username(), capacities, now));
            Preference preference = chosen.get(account.username());
            if (preference == null) {
                return;
            }
            Locale locale = NotificationTexts.localeOf(account.preferredLanguage());
            if (preference.sendsEmail()) {
                NotificationTexts.Text text = texts.forStaff(step.type(), matter.referenceNo(), matter.title(), capacities, locale);
                outbox.add(outboxRow(step, matter, account.username(), capacities, Channel.EMAIL, preference.email(),
                        text.subject(), text.body(), mail.getIfAvailable() == null ? Skipped.MAIL_NOT_CONFIGURED : null, now));
            }
            if (preference.sendsSms()) {
                String text = texts.smsForStaff(step.type(), matter.referenceNo(), locale);
                outbox.add(outboxRow(step, matter, account.username(), capacities, Channel.SMS, preference.phone(),
                        text, text, null, now));
            }
        });
        if (told.contains(Capacity.PETITIONER)) {
            String phone = matter.contactPhone();
            Skipped skipped = phone == null ? Skipped.NO_CONTACT
                    : verified.isVerifiedPhone(matter.petitionerId(), phone) ? null : Skipped.UNVERIFIED_CONTACT;
            String text = texts.smsForPetitioner(step.type(), matter.referenceNo());
            outbox.add(outboxRow(step, matter, "petitioner:" + matter.petitionerId(), Set.of(Capacity.PETITIONER),
                    Channel.SMS, skipped == null ? phone : null, text, text, skipped, now));
        }
        jdbc.batchUpdate("""
                insert into notification_inbox (username, matter_id, seq, step, capacities, reference_no, title, created_at)
                values (:username, :matter, :seq, :step, :capacities, :reference, :title, :now)
                on conflict do nothing""", inbox.toArray(MapSqlParameterSource[]::new));
        jdbc.batchUpdate("""
                insert into notification_outbox (matter_id, seq, step, reference_no, recipient, capacities, channel, destination, subject, body,
                    scope_path, status, last_error, next_attempt_at, created_at)
                values (:matter, :seq, :step, :reference, :username, :capacities, :channel, :destination, :subject, :body, :scope, :status,
                    :reason, :now, :now)
                on conflict do nothing""", outbox.toArray(MapSqlParameterSource[]::new));
    }

    private static MapSqlParameterSource row(MatterTransitioned step, Parties matter, String username,
                                             Set<Capacity> capacities, Timestamp now) {
        return new MapSqlParameterSource("username", username).addValue("matter", step.matterId())
                .addValue("seq", step.seq()).addValue("step", step.type().name())
                .addValue("capacities", Capacity.join(capacities)).addValue("reference", matter.referenceNo())
                .addValue("title", matter.title()).addValue("now", now);
    }

    private static MapSqlParameterSource outboxRow(MatterTransitioned step, Parties matter, String recipient,
                                                   Set<Capacity> capacities, Channel channel, String destination,
                                                   String subject, String body, Skipped skipped, Timestamp now) {
        return row(step, matter, recipient, capacities, now).addValue("channel", channel.name())
                .addValue("destination", destination).addValue("subject", subject).addValue("body", body)
                .addValue("scope", step.holderPath()).addValue("status", skipped == null ? "PENDING" : "SKIPPED")
                .addValue("reason", skipped == null ? null : skipped.name());
    }
}
