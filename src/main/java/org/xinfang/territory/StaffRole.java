package org.xinfang.territory;

/** What a staff member does in the system; a person may hold several. */
public enum StaffRole {
    /** 登记员: registers items, decides acceptance, routes, records the petitioner's answers. */
    REGISTRAR,
    /** 承办人: investigates and writes the handling opinion for their unit. */
    HANDLER,
    /** 督查员: watches deadlines and supervises overdue matters. */
    SUPERVISOR,
    /** 领导: approves extensions, packages cases, decides reviews for their government. */
    LEADER,
    /** 分析员: reads indicators; sees no personal data, not even a petitioner's name (issue 14: "an analyst sees no personal data"). */
    ANALYST,
    /** 管理员: administers the territory, staff and reference data. */
    ADMIN;

    /** Roles that work with petitioners directly and therefore see their personal data unmasked. */
    public boolean seesPersonalData() {
        return this == REGISTRAR || this == HANDLER || this == ADMIN;
    }

    /**
     * Roles that follow matters up with the people concerned and so read the petitioner's name (their ID number, phone
     * and address masked unless {@link #seesPersonalData}): every role but the analyst, who reads figures.
     */
    public boolean seesNames() {
        return this != ANALYST;
    }
}
