package org.xinfang.territory;

import java.util.Locale;

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

    /** A letters-and-visits bureau (信访局): it acts for its government's whole subtree. */
    public boolean isPetitionOffice() {
        return Unit.PETITION_FUNCTION.equals(function);
    }

    /** Whether {@code other} lies in this unit's subtree (or is this unit). */
    public boolean contains(UnitView other) {
        return other.path.startsWith(path);
    }

    /** The unit's name as a place ("沅陵县", "Yuanling County"): where a matter arose, an area in a list or a figure. */
    public String localizedName(Locale locale) {
        return english(locale) ? nameEn : name;
    }

    /**
     * The unit's name as a body that holds, decides or signs: a department by its name (沅陵县住房和城乡建设局), a
     * government as its people's government (沅陵县人民政府, Yuanling County People's Government), a subdistrict as its
     * office (城中街道办事处), a village or community as its committee (张家村村民委员会, 月亮坪社区居民委员会). The kind
     * is read from the Chinese name's ending, which is how Chinese administrative names say what a place is.
     */
    public String displayName(Locale locale) {
        String zh = name.strip();
        String base = english(locale) ? nameEn.strip() : zh;
        if (isDepartment() || zh.endsWith("人民政府") || zh.endsWith("办事处") || zh.endsWith("委员会")) {
            return base;
        }
        String[] body;
        if (level == AdministrativeLevel.TOWNSHIP && zh.endsWith("街道")) {
            body = new String[]{"办事处", " Office"};
        } else if (level == AdministrativeLevel.VILLAGE) {
            body = zh.endsWith("社区") ? new String[]{"居民委员会", " Residents' Committee"}
                    : zh.endsWith("村") ? new String[]{"村民委员会", " Committee"} : new String[]{"", ""};
        } else {
            body = new String[]{"人民政府", " People's Government"};
        }
        return base + (english(locale) ? body[1] : body[0]);
    }

    private boolean english(Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null;
    }
}
