package org.xinfang.notification.internal;

import org.xinfang.casework.MatterParties.Parties;
import org.xinfang.casework.MatterTransitioned;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What one set of notifications is about: a matter's step ({@code seq} and its type, no alert key), or an alert
 * ({@code seq} 0, the alert and a key naming the deadline or the notice's level, so that it is told once), or a
 * reminder not about a matter (no matter; the {@code link} to the page it is about, its number and title).
 */
record Occasion(Long matterId, int seq, String step, String alertKey, LocalDate dueOn, Integer daysBefore,
                Long noticeId, String referenceNo, String title, String scopePath, Instant at, String link) {

    static Occasion of(MatterTransitioned step, Parties matter) {
        return new Occasion(step.matterId(), step.seq(), step.type().name(), "", null, null, null,
                matter.referenceNo(), matter.title(), step.holderPath(), step.at(), null);
    }

    static Occasion deadline(Parties matter, LocalDate dueOn, int daysBefore, String scopePath, Instant at) {
        return new Occasion(matter.matterId(), 0, Alert.DEADLINE_APPROACHING.name(), "due:" + dueOn + ":" + daysBefore,
                dueOn, daysBefore, null, matter.referenceNo(), matter.title(), scopePath, at, null);
    }

    static Occasion escalation(Parties matter, long noticeId, int level, LocalDate answerDueOn, String scopePath,
                               Instant at) {
        return new Occasion(matter.matterId(), 0, Alert.NOTICE_ESCALATED.name(), "notice:" + noticeId + ":" + level,
                answerDueOn, null, noticeId, matter.referenceNo(), matter.title(), scopePath, at, null);
    }

    /**
     * A reminder not about a matter, for any module's record with a page of its own: {@code key} names the record and
     * its state, so that each person is told once; {@code number} and {@code title} are shown as a matter's are.
     */
    static Occasion reminder(Alert alert, String key, String number, String title, LocalDate dueOn, String link,
                             String scopePath, Instant at) {
        return new Occasion(null, 0, alert.name(), key, dueOn, null, null, number, title, scopePath, at, link);
    }
}
