package org.xinfang.notification.internal;

/**
 * What a person is told of besides a matter's step: a deadline coming (到期提醒), a supervision notice sent up for
 * being ignored (督办升级), or a reminder not about a matter (a recommendation's feedback). Stored in the inbox's
 * {@code step} column, where a step's type is stored otherwise.
 */
public enum Alert {
    /** The matter's current step falls due in a few days (the reminder days configured). */
    DEADLINE_APPROACHING,
    /** A supervision notice on the matter went unanswered past its day and went up to the level above. */
    NOTICE_ESCALATED,
    /** A recommendation's written feedback (三项建议, 2022 art. 40 ¶4) is due within the reminder window. */
    RECOMMENDATION_DUE_SOON,
    /** A recommendation's written feedback was not given by its due day. */
    RECOMMENDATION_OVERDUE,
    /** An early warning (预警) of the intelligence module: a rise or a likely collective visit in the office's area. */
    EARLY_WARNING
}
