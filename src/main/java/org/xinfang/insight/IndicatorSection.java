package org.xinfang.insight;

/** Where an indicator stands in the table of indicators: the seed's order, volumes first, the work's results last. */
public enum IndicatorSection {
    /** 信访总量与渠道 */ VOLUME,
    /** 信访事项类型 */ TYPE,
    /** 重复访、集体访、越级访 */ VISITS,
    /** 及时受理、按期办结、参评、满意、初信初访化解 */ RATES,
    /** 四级包案 */ PACKAGE_CASES,
    /** 积案化解 */ BACKLOG,
    /** 领导接访 */ RECEPTIONS,
    /** 督查督办 */ SUPERVISION,
    /** 调解化解 */ MEDIATION,
    /** 矛盾纠纷排查 */ PREVENTION,
    /** 信访救助 */ RELIEF,
    /** 三项建议 */ RECOMMENDATIONS;

    /** Whether it counts the work of the modules that settle matters (package cases onwards), not the matters received. */
    public boolean isWork() {
        return compareTo(PACKAGE_CASES) >= 0;
    }
}
