package org.xinfang.platform;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Rate limits in fixed windows, counted in the database so that every application node sees the same count.
 * A subject (an address, a phone, a query code) is kept only as a {@link Pseudonyms pseudonym}.
 */
@Service
public class RateLimits {

    /** A limit: at most {@code hits} in each {@code window}. */
    public record Limit(String bucket, int hits, Duration window) {
    }

    private final JdbcTemplate jdbc;
    private final Pseudonyms pseudonyms;
    private final Clock clock;

    RateLimits(JdbcTemplate jdbc, Pseudonyms pseudonyms, Clock clock) {
        this.jdbc = jdbc;
        this.pseudonyms = pseudonyms;
        this.clock = clock;
    }

    /**
     * Counts one hit of {@code subject} against {@code limit}, or refuses with 429 when the window is full.
     * Counted in its own transaction, so a refused or failed request still counts.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void hit(Limit limit, String subject, String messageKey) {
        Instant window = windowStart(limit);
        Integer hits = jdbc.queryForObject("""
                insert into rate_counter (bucket, subject, window_start, hits) values (?, ?, ?, 1)
                on conflict (bucket, subject, window_start) do update set hits = rate_counter.hits + 1
                returning hits""", Integer.class, limit.bucket(), pseudonyms.of(limit.bucket(), subject),
                Timestamp.from(window));
        if (hits > limit.hits()) {
            throw Refusal.tooMany(Duration.between(clock.instant(), window.plus(limit.window())), messageKey);
        }
    }

    /** Refuses with 429 when the window is already full, without counting (for failures counted afterwards). */
    @Transactional(readOnly = true)
    public void check(Limit limit, String subject, String messageKey) {
        Instant window = windowStart(limit);
        Integer hits = jdbc.query("select hits from rate_counter where bucket = ? and subject = ? and window_start = ?",
                        (rs, i) -> rs.getInt(1), limit.bucket(), pseudonyms.of(limit.bucket(), subject), Timestamp.from(window))
                .stream().findFirst().orElse(0);
        if (hits >= limit.hits()) {
            throw Refusal.tooMany(Duration.between(clock.instant(), window.plus(limit.window())), messageKey);
        }
    }

    /** Counts a hit without refusing: a failed look-up is counted after the fact, then checked next time. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void count(Limit limit, String subject) {
        jdbc.update("""
                insert into rate_counter (bucket, subject, window_start, hits) values (?, ?, ?, 1)
                on conflict (bucket, subject, window_start) do update set hits = rate_counter.hits + 1""",
                limit.bucket(), pseudonyms.of(limit.bucket(), subject), Timestamp.from(windowStart(limit)));
    }

    /** Old windows are of no use; a day is longer than any window. */
    @Scheduled(fixedDelay = 3_600_000, initialDelay = 600_000)
    public void forgetOldWindows() {
        jdbc.update("delete from rate_counter where window_start < ?", Timestamp.from(clock.instant().minus(Duration.ofDays(1))));
    }

    private Instant windowStart(Limit limit) {
        long size = limit.window().toMillis();
        long now = clock.millis();
        return Instant.ofEpochMilli(now - Math.floorMod(now, size));
    }
}
