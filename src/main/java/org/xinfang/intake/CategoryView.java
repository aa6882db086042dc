package org.xinfang.intake;

import java.util.Locale;

/** A category as other modules see it. Matters are filed under second-level categories (those with a parent). */
public record CategoryView(Long id, String code, String name, String nameEn, Long parentId, String function, boolean hotSpot) {

    public boolean isSecondLevel() {
        return parentId != null;
    }

    public String localizedName(Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : name;
    }
}
