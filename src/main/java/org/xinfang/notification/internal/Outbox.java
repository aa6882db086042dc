package org.xinfang.notification.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.xinfang.platform.PersonalData;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The outbox of emails and text messages: each row is claimed by one sender ({@code for update skip locked}), sent,
 * and marked sent in the same transaction, so two dispatchers never send one message twice and a message is
 * never lost: a failed try is tried again after an exponential backoff, until the last try marks it failed with
 * the reason (masked: a mail server's error quotes the address).
 */
@Service
public class Outbox {

    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);

    private record Due(long id, Channel channel, String destination, String subject, String body, int attempts) {
        @Override
        public String toString() {
            return "Due[" + id + "]";
        }
    }

    /** A message not sent: failed after its last try, or skipped by rule, with the reason (masked). */
    public record Undelivered(long id, Long matterId, String referenceNo, String recipient, String capacities,
                              Channel channel, String destination, String status, int attempts, String reason,
                              Instant createdAt) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Senders senders;
    private final NotificationSettings settings;
    private final Clock clock;

    Outbox(JdbcTemplate jdbc, TransactionTemplate tx, Senders senders, NotificationSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.senders = senders;
        this.settings = settings;
        this.clock = clock;
    }

    /** Sends what is due now, one claimed row at a time, at most a batch; returns how many were tried. */
    public int dispatchDue() {
        int tried = 0;
        while (tried < settings.batchSize() && Boolean.TRUE.equals(tx.execute(status -> sendOne()))) {
            tried++;
        }
        return tried;
    }

    /** Claims one due row that no other sender holds and tries it; false when none is left. */
    private boolean sendOne() {
        Timestamp now = Timestamp.from(clock.instant());
        List<Due> due = jdbc.query("""
                select id, channel, destination, subject, body, attempts from notification_outbox
                where status = 'PENDING' and next_attempt_at <= ? order by next_attempt_at, id limit 1
                for update skip locked""", (rs, i) -> new Due(rs.getLong(1), Channel.valueOf(rs.getString(2)),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6)), now);
        if (due.isEmpty()) {
            return false;
        }
        Due row = due.get(0);
        int attempts = row.attempts() + 1;
        try {
            senders.send(row.channel(), row.destination(), row.subject(), row.body());
            jdbc.update("update notification_outbox set status = 'SENT', attempts = ?, sent_at = ?, last_error = null where id = ?",
                    attempts, now, row.id());
        } catch (Senders.NotDelivered e) {
            String reason = abbreviate(PersonalData.maskTextAndEmails(e.getMessage()));
            boolean last = settings.lastAttempt(attempts);
            Instant next = now.toInstant().plus(settings.backoffAfter(attempts));
            jdbc.update("update notification_outbox set status = ?, attempts = ?, next_attempt_at = ?, last_error = ? where id = ?",
                    last ? "FAILED" : "PENDING", attempts, Timestamp.from(next), reason, row.id());
            LOG.warn("Notification {} by {} not delivered (try {} of {}){}: {}", row.id(), row.channel(), attempts,
                    settings.maxAttempts(), last ? ", given up" : "", reason);
        }
        return true;
    }

    /** The messages not sent under {@code scopePath} (an administrator's part of the territory), the latest first. */
    @Transactional(readOnly = true)
    public List<Undelivered> undelivered(String scopePath, int limit) {
        return jdbc.query("""
                select id, matter_id, reference_no, recipient, capacities, channel, destination, status, attempts, last_error,
                       created_at
                from notification_outbox
                where status in ('FAILED', 'SKIPPED') and scope_path like ? order by created_at desc, id desc limit ?""",
                (rs, i) -> {
                    Channel channel = Channel.valueOf(rs.getString(6));
                    String destination = rs.getString(7);
                    return new Undelivered(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            channel, channel == Channel.EMAIL ? PersonalData.maskEmail(destination) : PersonalData.maskPhone(destination),
                            rs.getString(8), rs.getInt(9), rs.getString(10), rs.getTimestamp(11).toInstant());
                }, scopePath + "%", limit);
    }

    private static String abbreviate(String reason) {
        return reason == null ? null : reason.length() <= 300 ? reason : reason.substring(0, 299) + "…";
    }
}
