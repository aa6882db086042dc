package org.xinfang.statute;

import java.time.LocalDate;
import java.util.List;

import static org.xinfang.statute.Regulation.R2022;

/**
 * The rules of the follow-up of supervision (督办, 2022 art. 40): reminders before a deadline, and a notice left
 * unanswered going up a level. The Regulations set neither period; the office's practice does.
 */
public final class SupervisionRules {

    private SupervisionRules() {
    }

    /** The days before a deadline on which its holder is reminded, unless the office configures others. */
    @Practice("the petition offices' deadline reminders (到期提醒): a week, three days and the day before")
    public static final List<Integer> DEFAULT_REMINDER_DAYS = List.of(7, 3, 1);

    /**
     * How long a notice may be ignored at one level before it goes up again: the notice's own answer period
     * ({@link Statute#SUPERVISION_ANSWER_DAYS}).
     */
    @Practice("escalation of supervision (逐级督办): an ignored notice goes to the next level after the answer period")
    public static final int ESCALATION_DAYS = Statute.SUPERVISION_ANSWER_DAYS;

    /**
     * An unanswered notice goes up once its answer day has passed, and again each {@link #ESCALATION_DAYS} it is still
     * unanswered where it was sent. The supervising body must supervise a unit that delays (art. 40 ¶1).
     */
    @Article(regulation = R2022, number = 40, paragraph = 1)
    public static boolean isDueForEscalation(LocalDate answerDueOn, LocalDate lastEscalatedOn, LocalDate today) {
        return lastEscalatedOn == null ? answerDueOn.isBefore(today) : !lastEscalatedOn.plusDays(ESCALATION_DAYS).isAfter(today);
    }
}
