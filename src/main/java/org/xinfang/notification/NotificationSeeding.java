package org.xinfang.notification;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.casework.MatterParties;
import org.xinfang.casework.MatterTransitioned;
import org.xinfang.notification.internal.NotificationRules;
import org.xinfang.notification.internal.StepNotifications;

import java.time.Duration;
import java.util.List;

/**
 * Inboxes for generated data (the demo city), whose matters were imported without events: the latest steps are told
 * as their events would have told them, at their own times, those well before the latest already read; and a
 * few emails that never got through, for the administrator's page. Nothing is sent: no one in generated data has
 * chosen a channel and no petitioner's phone is verified, so the petitioners' messages are recorded as skipped.
 */
@Service
public class NotificationSeeding {

    private final MatterParties parties;
    private final StepNotifications notifications;
    private final JdbcTemplate jdbc;

    NotificationSeeding(MatterParties parties, StepNotifications notifications, JdbcTemplate jdbc) {
        this.parties = parties;
        this.notifications = notifications;
        this.jdbc = jdbc;
    }

    /**
     * Tells the latest {@code steps} steps, those more than {@code unreadFor} older than the latest already read, and
     * records {@code failedDeliveries} failed emails; returns how many inbox rows there are.
     */
    @Transactional
    public int seed(int steps, Duration unreadFor, int failedDeliveries) {
        List<MatterTransitioned> latest = parties.latestSteps(NotificationRules.notifiedSteps(), steps);
        latest.forEach(notifications::record);
        jdbc.update("""
                update notification_inbox set read_at = created_at + interval '2 hours'
                where created_at < (select max(created_at) from notification_inbox) - make_interval(secs => ?)""",
                unreadFor.toSeconds());
        // what a mail server that was down for good leaves behind: the last tries of a few emails, failed
        jdbc.update("""
                insert into notification_outbox (matter_id, seq, step, reference_no, recipient, capacities, channel,
                    destination, subject, body, scope_path, status, attempts, next_attempt_at, last_error, created_at)
                select i.matter_id, i.seq, i.step, i.reference_no, i.username, i.capacities, 'EMAIL',
                    i.username || '@example.invalid', '【信访】' || i.reference_no, i.title, o.scope_path, 'FAILED', 5,
                    i.created_at, 'MailSendException: Mail server connection failed: Couldn''t connect to host, port: mail.example.invalid, 25',
                    i.created_at
                from (select * from notification_inbox where capacities like 'RESPONSIBLE%' order by created_at desc limit ?) i
                join lateral (select scope_path from notification_outbox where matter_id = i.matter_id limit 1) o on true
                on conflict do nothing""", failedDeliveries);
        return jdbc.queryForObject("select count(*) from notification_inbox", Integer.class);
    }
}
