package org.xinfang.intelligence.warning;

/** What an early warning (预警) is of. */
public enum WarningKind {
    /** 类别异常上升: a first-level category's matters in a county rose unusually in a week. */
    CATEGORY_RISE,
    /** 群体异常上升: a petitioner group's matters in a county rose unusually in a week. */
    GROUP_RISE,
    /** 可能集体访: several people raised one issue at one township within days. */
    COLLECTIVE_VISIT
}
