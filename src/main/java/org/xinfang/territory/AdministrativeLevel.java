package org.xinfang.territory;

/**
 * A level of government (层级). Province and national levels are not in the tree but are where
 * leap-level petitioners go, so items transferred from them carry their level.
 */
public enum AdministrativeLevel {
    VILLAGE, TOWNSHIP, COUNTY, CITY, PROVINCE, NATIONAL;

    public boolean isAbove(AdministrativeLevel other) {
        return compareTo(other) > 0;
    }
}
