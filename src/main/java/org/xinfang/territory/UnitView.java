package org.xinfang.territory;

/**
 * What other modules know of a unit.
 *
 * @param path             the chain of ids from the city down, "/1/4/17/"
 * @param jurisdictionPath the subtree its staff act for (a petition bureau acts for its government's subtree)
 * @param function         the department's function (HOUSING, PETITION ...), null for a government
 */
public record UnitView(Long id, String code, String name, String nameEn, AdministrativeLevel level, String function,
                       Long parentId, String path, String jurisdictionPath, Long population) {

    public boolean isDepartment() {
        return function != null;
    }

    /** Whether {@code other} lies in this unit's subtree (or is this unit). */
    public boolean contains(UnitView other) {
        return other.path.startsWith(path);
    }

    public String localizedName(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : name;
    }
}
