package org.xinfang.statute;

import org.xinfang.territory.AdministrativeLevel;

/**
 * The rank of a person accused in an accusation (检举控告类), recorded at registration: it says which body's
 * discipline inspection and supervision commission has the cadre-management authority (干部管理权限, 2022 art. 22 ¶2,
 * art. 30 ¶2), and whether the organisation (personnel) department is to be told.
 */
public enum CadreRank {
    /** 省部级 */
    PROVINCIAL_MINISTERIAL(AdministrativeLevel.NATIONAL),
    /** 厅局级 */
    DEPARTMENT_BUREAU(AdministrativeLevel.PROVINCE),
    /** 县处级 */
    COUNTY_DIVISION(AdministrativeLevel.CITY),
    /** 乡科级 */
    TOWNSHIP_SECTION(AdministrativeLevel.COUNTY),
    /** 一般干部 */
    GENERAL_CADRE(AdministrativeLevel.COUNTY),
    /** 非干部 (a village committee member, an employee, a body as such) */
    NOT_A_CADRE(null);

    private final AdministrativeLevel managedAt;

    CadreRank(AdministrativeLevel managedAt) {
        this.managedAt = managedAt;
    }

    /** Whether the person is a cadre (干部), whose case the organisation (personnel) department is told of. */
    public boolean isCadre() {
        return this != NOT_A_CADRE;
    }

    /**
     * The level whose party committee manages such a cadre (下管一级: a county-division cadre by the city), and so whose
     * discipline inspection and supervision body takes the accusation; null for a person who is not a cadre, whose
     * accusation goes to the body of the level where it arose.
     */
    public AdministrativeLevel managedAt() {
        return managedAt;
    }
}
