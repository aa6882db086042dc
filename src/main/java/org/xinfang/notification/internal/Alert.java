package org.xinfang.notification.internal;

/**
 * What a person is told of besides a matter's step: a deadline coming (到期提醒) or a supervision notice sent up for
 * being ignored (督办升级). Stored in the inbox's {@code step} column, where a step's type is stored otherwise.
 */
public enum Alert {
    /** The matter's current step falls due in a few days (the reminder days configured). */
    DEADLINE_APPROACHING,
    /** A supervision notice on the matter went unanswered past its day and went up to the level above. */
    NOTICE_ESCALATED
}
