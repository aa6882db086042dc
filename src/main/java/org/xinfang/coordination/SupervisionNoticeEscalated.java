package org.xinfang.coordination;

import java.time.LocalDate;

/**
 * A supervision notice left unanswered past its day went up a level (督办升级, 2022 art. 40): the petition bureau of
 * {@code toUnitId} now follows it up and its supervisors are to be told, as is the supervised unit. Published once per
 * notice and level, through the event publication registry.
 */
public record SupervisionNoticeEscalated(Long noticeId, Long matterId, int level, Long toUnitId, Long supervisedUnitId,
                                         LocalDate answerDueOn) {
}
