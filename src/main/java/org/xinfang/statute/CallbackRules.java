package org.xinfang.statute;

import java.time.LocalDate;

import static org.xinfang.statute.Regulation.BEIJING2021;
import static org.xinfang.statute.Regulation.R2022;

/**
 * The rules of the callback (回访, issue 12, item 7): the petition office phones the petitioner of an answered matter
 * that is not rated yet, to learn how it was handled and to take the rating. Neither Regulations on petition work sets
 * the callback; the Beijing regulation on immediate handling of complaints does (art. 23), and the days and the
 * attempts are the practice of the hotlines that call back.
 */
public final class CallbackRules {

    private CallbackRules() {
    }

    /**
     * Days after the opinion (答复) before the office calls: the written opinion has reached the petitioner and they
     * have had the time to rate it themselves online (2022 art. 21 ¶2) before anyone asks.
     */
    @Practice("the hotlines' callback a few days after the answer, once the answer has reached the petitioner")
    public static final int DAYS_AFTER_REPLY = 5;

    /** Calls not reached (未接通) after which the petitioner counts as unreachable and the callback ends. */
    @Practice("the hotlines' callback: three calls not reached, the petitioner is recorded as unreachable (三次未接通)")
    public static final int MAX_ATTEMPTS_NOT_REACHED = 3;

    /** The first day the office calls the petitioner of a matter answered on {@code repliedOn}. */
    @Practice("the hotlines' callback a few days after the answer, once the answer has reached the petitioner")
    public static LocalDate callFrom(LocalDate repliedOn) {
        return repliedOn.plusDays(DAYS_AFTER_REPLY);
    }

    /**
     * Beijing art. 23: once the time for handling is over (here: the opinion given and {@link #DAYS_AFTER_REPLY} days
     * passed) the office calls the petitioner back "to learn how the request was handled"; a rating is still taken
     * only within the rating window ({@code ratingDueOn}, {@link Statute#ratingDeadline}), after which the matter stays
     * "not rated in time".
     */
    @Article(regulation = BEIJING2021, number = 23)
    public static boolean mayCallBack(LocalDate repliedOn, LocalDate ratingDueOn, LocalDate today) {
        return repliedOn != null && !callFrom(repliedOn).isAfter(today)
                && (ratingDueOn == null || !today.isAfter(ratingDueOn));
    }

    /**
     * A reached call with a rating is the petitioner's evaluation (2022 art. 21 ¶2: the petitioner evaluates the
     * handling; Beijing art. 28: "回访评价", the rating taken on the callback): it is recorded as the matter's evaluation
     * and counts for participation (参评率). A call not reached, or a petitioner who declines to rate, is not.
     */
    @Article(regulation = R2022, number = 21, paragraph = 2)
    @Article(regulation = BEIJING2021, number = 28)
    public static boolean countsAsEvaluation(boolean reached, boolean rated) {
        return reached && rated;
    }

    /** The callback is over: the petitioner was reached, or the calls not reached reached the limit. */
    @Practice("the hotlines' callback: three calls not reached, the petitioner is recorded as unreachable (三次未接通)")
    public static boolean isOver(boolean reached, int notReached) {
        return reached || notReached >= MAX_ATTEMPTS_NOT_REACHED;
    }
}
