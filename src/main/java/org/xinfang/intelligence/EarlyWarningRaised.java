package org.xinfang.intelligence;

import java.time.LocalDate;

/**
 * An early warning (预警) was raised: the petition office {@code unitId} responsible for the place is to be told
 * (published once per warning, through the event publication registry, for the notifications to deliver to its
 * inbox; the warning's page is {@code /intelligence/warnings}).
 *
 * @param number  the warning's number as shown (YJ-12)
 * @param subject what rose where, in Chinese as the office reads it (e.g. 甲县 城乡建设 本周 12 件，前 8 周平均 3.1 件)
 * @param weekStart the Monday of the week it is about
 */
public record EarlyWarningRaised(Long warningId, String number, String kind, Long unitId, String subject,
                                 LocalDate weekStart, int observed, double expected) {
}
