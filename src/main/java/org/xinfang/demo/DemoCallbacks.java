package org.xinfang.demo;

import org.xinfang.casework.MatterState;
import org.xinfang.casework.RatingCallbacks.AnsweredHistory;
import org.xinfang.casework.Satisfaction;
import org.xinfang.coordination.CallbackRegister.Attempt;
import org.xinfang.statute.CallbackRules;
import org.xinfang.statute.Statute;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The demo city's callbacks (回访): the petition office calls back the answered matters not rated in the first days.
 * The ratings the generator takes from the callback on ({@link DemoCityGenerator}: a rating given from the fifth day
 * after the answer is taken on the phone) get their reached call on the day of the rating, after a call or two not
 * reached for some; of the matters never rated most were called, the greater part three times without reaching anyone
 * (unreachable), the others reached and declining to rate; so that about 87% of the callbacks reach the petitioner.
 * The matters answered lately and still awaiting a rating are left on today's list: half of them called once or twice
 * without an answer, the others waiting for a first call. Drawn from each matter's id, so a seed's city always has the
 * same calls.
 */
final class DemoCallbacks {

    /** Of the matters never rated, those called back at all. */
    static final double CALLED_SHARE_OF_UNRATED = 0.9;
    /** Of the called matters never rated, those never reached: about 13% of all the callbacks. */
    static final double UNREACHABLE_SHARE_OF_UNRATED = 0.6;
    /** Of the matters awaiting a rating today, those called already without an answer. */
    static final double CALLED_SHARE_OF_WAITING = 0.5;

    private static final String NOT_REACHED = "无人接听";
    private static final String DECLINED = "信访人表示已收到答复，不愿评价";
    private static final String REACHED = "信访人对办理情况作了评价";

    private DemoCallbacks() {
    }

    /** The calls up to {@code now}: those of earlier days, and the reached calls of ratings already taken today. */
    static List<Attempt> of(List<AnsweredHistory> answered, Instant now, ZoneId zone) {
        LocalDate lastDay = LocalDate.ofInstant(now, zone).minusDays(1);
        List<Attempt> calls = new ArrayList<>();
        for (AnsweredHistory h : answered) {
            LocalDate from = CallbackRules.callFrom(h.repliedOn());
            SplittableRandom random = new SplittableRandom(h.matterId() * 0x5DEECE66DL + 11);
            Calls c = new Calls(h, zone, calls);
            if (h.ratedByPhone()) {
                int missed = random.nextDouble() < 0.7 ? 0 : random.nextDouble() < 0.75 ? 1 : 2;
                LocalDate rated = h.evaluatedOn();
                for (int i = missed; i > 0; i--) {
                    if (!rated.minusDays(i).isBefore(from)) {
                        c.notReached(rated.minusDays(i), 10 + i);
                    }
                }
                Instant taken = c.at(rated, 15);
                c.add(taken.isAfter(now) ? now.minusSeconds(60) : taken, true, h.satisfaction(), true, REACHED);
            } else if (from.isAfter(lastDay)) {
                continue;
            } else if (h.satisfaction() == null && h.state() == MatterState.REPLIED
                    && !lastDay.isAfter(Statute.ratingDeadline(h.repliedOn(), Statute.RATING_WINDOW_DAYS))) {
                // still awaiting its rating: today's list
                if (random.nextDouble() < CALLED_SHARE_OF_WAITING) {
                    for (int i = 0, n = 1 + random.nextInt(CallbackRules.MAX_ATTEMPTS_NOT_REACHED - 1); i < n; i++) {
                        c.notReached(min(from.plusDays(i), lastDay), 10 + i);
                    }
                }
            } else if (h.satisfaction() == null && random.nextDouble() < CALLED_SHARE_OF_UNRATED) {
                if (random.nextDouble() < UNREACHABLE_SHARE_OF_UNRATED) {
                    for (int i = 0; i < CallbackRules.MAX_ATTEMPTS_NOT_REACHED; i++) {
                        c.notReached(from.plusDays(i), 10 + 2 * i);
                    }
                } else {
                    if (random.nextBoolean()) {
                        c.notReached(from, 10);
                    }
                    c.add(from.plusDays(1), 15, true, null, false, DECLINED);
                }
            }
        }
        return calls;
    }

    /** The calls of one matter, by the office that registered it, at a time of day. */
    private record Calls(AnsweredHistory matter, ZoneId zone, List<Attempt> into) {

        void notReached(LocalDate day, int hour) {
            add(at(day, hour), false, null, false, NOT_REACHED);
        }

        void add(LocalDate day, int hour, boolean reached, Satisfaction satisfaction, boolean evaluation, String note) {
            add(at(day, hour), reached, satisfaction, evaluation, note);
        }

        void add(Instant at, boolean reached, Satisfaction satisfaction, boolean evaluation, String note) {
            into.add(new Attempt(null, matter.matterId(), at, reached, satisfaction, evaluation, note,
                    matter.registeredBy()));
        }

        Instant at(LocalDate day, int hour) {
            return day.atTime(LocalTime.of(hour, (int) (matter.matterId() % 60))).atZone(zone).toInstant();
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
