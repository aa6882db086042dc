package org.xinfang.notification.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.xinfang.notification.internal.NotificationPreferences.Preference;
import org.xinfang.territory.StaffDirectory.Account;

import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes who is told of an occasion: an inbox row per staff member, and an outbox row per channel they chose, in the
 * caller's transaction; each row once (hearing the occasion again adds nothing).
 */
@Component
class Deliveries {

    /** Why an outbox row was not sent, recorded instead of a message. */
    enum Skipped { NO_CONTACT, UNVERIFIED_CONTACT, MAIL_NOT_CONFIGURED }

    private final NotificationPreferences preferences;
    private final NotificationTexts texts;
    private final ObjectProvider<JavaMailSender> mail;
    private final NamedParameterJdbcTemplate jdbc;

    Deliveries(NotificationPreferences preferences, NotificationTexts texts, ObjectProvider<JavaMailSender> mail,
               NamedParameterJdbcTemplate jdbc) {
        this.preferences = preferences;
        this.texts = texts;
        this.mail = mail;
        this.jdbc = jdbc;
    }

    /**
     * Tells {@code staff} of {@code occasion}, each in their capacities, and writes {@code more} outbox rows with them. A
     * reminder not about a matter reaches the inbox only: the messages by email and text name a matter.
     */
    void write(Occasion occasion, Map<Account, Set<Capacity>> staff, List<MapSqlParameterSource> more) {
        Map<String, Preference> chosen = preferences.of(staff.keySet().stream().map(Account::username).toList());
        List<MapSqlParameterSource> inbox = new ArrayList<>();
        List<MapSqlParameterSource> outbox = new ArrayList<>(more);
        staff.forEach((account, capacities) -> {
            inbox.add(row(occasion, account.username(), capacities));
            Preference preference = chosen.get(account.username());
            if (preference == null || occasion.matterId() == null) {
                return;
            }
            Locale locale = NotificationTexts.localeOf(account.preferredLanguage());
            String name = texts.name(occasion, locale);
            if (preference.sendsEmail()) {
                NotificationTexts.Text text = texts.forStaff(name, occasion.referenceNo(), occasion.title(), capacities, locale);
                outbox.add(outboxRow(occasion, account.username(), capacities, Channel.EMAIL, preference.email(),
                        text.subject(), text.body(), mail.getIfAvailable() == null ? Skipped.MAIL_NOT_CONFIGURED : null));
            }
            if (preference.sendsSms()) {
                String text = texts.smsForStaff(name, occasion.referenceNo(), locale);
                outbox.add(outboxRow(occasion, account.username(), capacities, Channel.SMS, preference.phone(),
                        text, text, null));
            }
        });
        jdbc.batchUpdate("""
                insert into notification_inbox (username, matter_id, seq, alert_key, step, due_on, days_before, notice_id,
                    capacities, reference_no, title, created_at, link)
                values (:username, :matter, :seq, :key, :step, :due, :days, :notice, :capacities, :reference, :title, :now, :link)
                on conflict do nothing""", inbox.toArray(MapSqlParameterSource[]::new));
        jdbc.batchUpdate("""
                insert into notification_outbox (matter_id, seq, alert_key, step, reference_no, recipient, capacities, channel,
                    destination, subject, body, scope_path, status, last_error, next_attempt_at, created_at)
                values (:matter, :seq, :key, :step, :reference, :username, :capacities, :channel, :destination, :subject, :body,
                    :scope, :status, :reason, :now, :now)
                on conflict do nothing""", outbox.toArray(MapSqlParameterSource[]::new));
    }

    /** An outbox row for {@code recipient}, a staff member or a petitioner, sent or, when {@code skipped}, kept with why not. */
    static MapSqlParameterSource outboxRow(Occasion occasion, String recipient, Set<Capacity> capacities,
                                           Channel channel, String destination, String subject, String body,
                                           Skipped skipped) {
        return row(occasion, recipient, capacities).addValue("channel", channel.name())
                .addValue("destination", destination).addValue("subject", subject).addValue("body", body)
                .addValue("scope", occasion.scopePath()).addValue("status", skipped == null ? "PENDING" : "SKIPPED")
                .addValue("reason", skipped == null ? null : skipped.name());
    }

    private static MapSqlParameterSource row(Occasion occasion, String username, Set<Capacity> capacities) {
        return new MapSqlParameterSource("username", username).addValue("matter", occasion.matterId(), Types.BIGINT)
                .addValue("seq", occasion.seq()).addValue("key", occasion.alertKey()).addValue("step", occasion.step())
                .addValue("due", occasion.dueOn(), Types.DATE).addValue("days", occasion.daysBefore(), Types.INTEGER)
                .addValue("notice", occasion.noticeId(), Types.BIGINT).addValue("capacities", Capacity.join(capacities))
                .addValue("reference", occasion.referenceNo()).addValue("title", occasion.title())
                .addValue("now", Timestamp.from(occasion.at())).addValue("link", occasion.link(), Types.VARCHAR);
    }
}
