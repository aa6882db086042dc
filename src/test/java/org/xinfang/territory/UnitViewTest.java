package org.xinfang.territory;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** A unit named as a body (holding, deciding, signing) and as a place. */
class UnitViewTest {

    @Test
    void aGovernmentIsNamedAsItsPeoplesGovernmentInEitherLanguage() {
        UnitView county = unit("沅陵县", "Yuanling County", AdministrativeLevel.COUNTY, null);
        assertThat(county.displayName(Locale.SIMPLIFIED_CHINESE)).isEqualTo("沅陵县人民政府");
        assertThat(county.displayName(Locale.ENGLISH)).isEqualTo("Yuanling County People's Government");
        assertThat(county.localizedName(Locale.SIMPLIFIED_CHINESE)).as("as a place").isEqualTo("沅陵县");
        assertThat(unit("怀化市", "Huaihua City", AdministrativeLevel.CITY, null).displayName(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("怀化市人民政府");
        assertThat(unit("沅陵镇", "Yuanling Town", AdministrativeLevel.TOWNSHIP, null).displayName(Locale.ENGLISH))
                .isEqualTo("Yuanling Town People's Government");
    }

    @Test
    void aDepartmentKeepsItsNameAndStreetsAndVillagesAreNamedAsTheirOfficesAndCommittees() {
        assertThat(unit("沅陵县住房和城乡建设局", "Yuanling County Housing Bureau", AdministrativeLevel.COUNTY, "HOUSING")
                .displayName(Locale.ENGLISH)).isEqualTo("Yuanling County Housing Bureau");
        UnitView street = unit("城中街道", "Chengzhong Subdistrict", AdministrativeLevel.TOWNSHIP, null);
        assertThat(street.displayName(Locale.SIMPLIFIED_CHINESE)).isEqualTo("城中街道办事处");
        assertThat(street.displayName(Locale.ENGLISH)).isEqualTo("Chengzhong Subdistrict Office");
        UnitView community = unit("月亮坪社区", "Yueliangping Community", AdministrativeLevel.VILLAGE, null);
        assertThat(community.displayName(Locale.SIMPLIFIED_CHINESE)).isEqualTo("月亮坪社区居民委员会");
        assertThat(community.displayName(Locale.ENGLISH)).isEqualTo("Yueliangping Community Residents' Committee");
        UnitView village = unit("张家村", "Zhangjia Village", AdministrativeLevel.VILLAGE, null);
        assertThat(village.displayName(Locale.SIMPLIFIED_CHINESE)).isEqualTo("张家村村民委员会");
        assertThat(village.displayName(Locale.ENGLISH)).isEqualTo("Zhangjia Village Committee");
        assertThat(unit("沅陵县人民政府", null, AdministrativeLevel.COUNTY, null).displayName(Locale.ENGLISH))
                .as("already the body's name, and no English name").isEqualTo("沅陵县人民政府");
    }

    private static UnitView unit(String name, String nameEn, AdministrativeLevel level, String function) {
        return new UnitView(1L, "X", name, nameEn, level, function, null, "/1/", "/1/", null);
    }
}
