package org.xinfang.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A clock tests can move, so statutory deadlines can be reached without waiting. */
public final class MutableClock extends Clock {

    private volatile Instant now;
    private final ZoneId zone;

    public MutableClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    public void advanceDays(long days) {
        now = now.plus(Duration.ofDays(days));
    }

    public void advanceMinutes(long minutes) {
        set(instant().plus(java.time.Duration.ofMinutes(minutes)));
    }

    public void set(Instant instant) {
        now = instant;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now, zone);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new MutableClock(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
