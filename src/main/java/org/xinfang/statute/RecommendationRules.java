package org.xinfang.statute;

import java.time.LocalDate;
import java.util.List;

import static org.xinfang.statute.Regulation.R2022;

/**
 * The rules of the three recommendations (三项建议, 2022 art. 40): their kinds, and the written feedback the body
 * recommended to owes (art. 40 ¶4). The Regulations set no period for that feedback; the bureau's practice does.
 */
public final class RecommendationRules {

    private RecommendationRules() {
    }

    /**
     * The three kinds. The seed counts "decision-making, personnel and reward-and-penalty" recommendations; they map
     * as: decision-making (决策建议) → {@link #IMPROVE_POLICY}, personnel (人事建议, on how a unit staffs and runs its
     * work) → {@link #IMPROVE_WORK}, reward-and-penalty (奖惩建议) → {@link #ACCOUNTABILITY}.
     */
    public enum RecommendationKind {
        /** 改进工作的建议: a body that mishandles, shirks, delays or refuses to carry out an opinion. */
        @Article(regulation = R2022, number = 40, paragraph = 1)
        IMPROVE_WORK,
        /** 完善政策的建议: a policy problem found in the work, reported to the government of the same level. */
        @Article(regulation = R2022, number = 40, paragraph = 2)
        IMPROVE_POLICY,
        /** 追究责任的建议: to the body with management authority, for conduct with serious consequences. */
        @Article(regulation = R2022, number = 40, paragraph = 3)
        ACCOUNTABILITY
    }

    /** Where a recommendation stands, as the lists show it. */
    public enum FeedbackStatus {
        /** Feedback not yet given, the due date not near. */
        AWAITING,
        /** Feedback not yet given, the due date within the reminder window. */
        DUE_SOON,
        /** Feedback not given by the due date. */
        OVERDUE,
        /** Written feedback recorded. */
        ANSWERED
    }

    /** The days the body is given for its written feedback unless configured otherwise (xinfang.recommendation.feedback-days). */
    @Practice("the bureau's letters of recommendation ask for a written reply within 30 days; art. 40 ¶4 sets no period")
    public static final int DEFAULT_FEEDBACK_DAYS = 30;

    /** The days before the due date on which a reminder shows: the office's usual reminders ({@link SupervisionRules}). */
    @Practice("the petition offices' deadline reminders (到期提醒): a week, three days and the day before")
    public static final List<Integer> REMINDER_DAYS = SupervisionRules.DEFAULT_REMINDER_DAYS;

    /** The days before the due date from which a recommendation is due soon and its issuer reminded: the longest reminder. */
    public static int reminderWindow() {
        return REMINDER_DAYS.stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    /** The body owes written feedback on whether it adopted the recommendation (art. 40 ¶4), by the due date. */
    @Article(regulation = R2022, number = 40, paragraph = 4)
    public static FeedbackStatus status(LocalDate dueOn, LocalDate feedbackOn, LocalDate today) {
        if (feedbackOn != null) {
            return FeedbackStatus.ANSWERED;
        }
        if (dueOn.isBefore(today)) {
            return FeedbackStatus.OVERDUE;
        }
        return today.plusDays(reminderWindow()).isBefore(dueOn) ? FeedbackStatus.AWAITING : FeedbackStatus.DUE_SOON;
    }
}
