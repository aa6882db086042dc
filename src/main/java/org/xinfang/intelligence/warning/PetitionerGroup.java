package org.xinfang.intelligence.warning;

import java.util.List;
import java.util.Optional;

/**
 * The petitioner group (信访群体) a matter belongs to: the social group whose shared situation its category names, as
 * the petition offices watch them (veterans, the staff of restructured enterprises, reservoir resettlers ...). The
 * matter records no petitioner's group, so it is read off the second-level category; a category that names no group
 * (a consumer's complaint) belongs to none. docs/intelligence.md has the table.
 */
public enum PetitionerGroup {
    /** 退役军人 */
    VETERANS("VETERANS."),
    /** 企业改制和下岗职工 */
    RESTRUCTURED_STAFF("ENTERPRISE.", "LABOUR.LAID_OFF"),
    /** 水库移民 */
    RESERVOIR_RESETTLERS("RURAL.RESERVOIR"),
    /** 被征地农民 */
    LAND_LOSING_FARMERS("LAND.ACQUISITION"),
    /** 征收拆迁户 */
    DEMOLITION_HOUSEHOLDS("URBAN.DEMOLITION"),
    /** 欠薪劳动者（农民工） */
    UNPAID_WORKERS("LABOUR.WAGE_ARREARS"),
    /** 购房业主 */
    HOME_OWNERS("URBAN.HOUSING_CERT", "URBAN.PROPERTY", "LEGACY.HOUSING"),
    /** 教师和原民办代课教师 */
    TEACHERS("EDUCATION.TEACHERS", "LEGACY.TEACHERS"),
    /** 集资参与人 */
    FUND_INVESTORS("LEGAL.FUNDRAISING", "LEGACY.FUNDS"),
    /** 乡村医生 */
    VILLAGE_DOCTORS("HEALTH.VILLAGE_DOCTORS");

    /** Category codes, or a first-level code's prefix ending in a dot. */
    private final List<String> categories;

    PetitionerGroup(String... categories) {
        this.categories = List.of(categories);
    }

    public static Optional<PetitionerGroup> of(String categoryCode) {
        for (PetitionerGroup group : values()) {
            if (group.categories.stream().anyMatch(c -> c.endsWith(".") ? categoryCode.startsWith(c) : c.equals(categoryCode))) {
                return Optional.of(group);
            }
        }
        return Optional.empty();
    }
}
