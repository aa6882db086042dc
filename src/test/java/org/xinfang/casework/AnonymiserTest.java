package org.xinfang.casework;

import org.junit.jupiter.api.Test;
import org.xinfang.intake.PetitionerView;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the "four public" pages print of a subject or an opinion: no name, number or address of the people it is
 * about, and no place below the township.
 */
class AnonymiserTest {

    private static final PetitionerView PETITIONER = new PetitionerView(1L, "黄丽华", "431222196505050028", "13907451234",
            "沅陵县沅陵镇月亮坪社区3组");
    /** Places of the territory below the township, as the disclosure reads them from the territory. */
    private static final PlaceMask PLACES = PlaceMask.of(List.of("马底驿村", "月亮坪社区", "清浪村", "张家村"));

    private static String mask(String text) {
        return PublicRecords.Anonymiser.mask(text, List.of(PETITIONER), PLACES, List.of());
    }

    @Test
    void namesBecomeSurnameAndMou() {
        assertThat(mask("黄丽华同志：你反映的问题已核实。")).isEqualTo("黄某同志：你反映的问题已核实。");
    }

    @Test
    void phonesAndIdNumbersAreStarredHoweverTheyAreWritten() {
        assertThat(mask("请致电13907451234")).isEqualTo("请致电****");
        assertThat(mask("请致电 139 0745 1234 或 0745-2345678")).isEqualTo("请致电 **** 或 ****");
        assertThat(mask("电话１３８００１３８０００")).isEqualTo("电话****");
        assertThat(mask("身份证号431222196505050028")).isEqualTo("身份证号****");
        assertThat(mask("另一人43122219700101001X")).isEqualTo("另一人****");
    }

    @Test
    void thePetitionersAddressIsLeftOut() {
        assertThat(mask("经到沅陵县沅陵镇月亮坪社区3组现场核查")).isEqualTo("经到（地址略）现场核查");
    }

    @Test
    void datesAmountsAndYearsStay() {
        assertThat(mask("2019-03-01起，补偿款3000元，2019年已发放。")).isEqualTo("2019-03-01起，补偿款3000元，2019年已发放。");
        assertThat(mask("3月5号起停水")).isEqualTo("3月5号起停水");
    }

    @Test
    void villagesAndCommunitiesOfTheTerritoryBecomeMouCunAndMouSheQuWhateverTheirLength() {
        assertThat(mask("马底驿村饮水工程停水三个月无人管")).isEqualTo("某村饮水工程停水三个月无人管");
        assertThat(mask("沅陵镇月亮坪社区道路破损")).isEqualTo("沅陵镇某社区道路破损");
        assertThat(mask("经查，清浪村与张家村的水渠纠纷已调解。")).isEqualTo("经查，某村与某村的水渠纠纷已调解。");
    }

    @Test
    void placesWrittenLikeAVillageAGroupOrAStreetNumberAreHiddenToo() {
        assertThat(mask("李家村饮水工程停水三个月无人管")).isEqualTo("某村饮水工程停水三个月无人管");
        assertThat(mask("沅陵镇王家村3组土地被占")).isEqualTo("沅陵镇某村某组土地被占");
        assertThat(mask("王家村五组的水井")).isEqualTo("某村某组的水井");
        assertThat(mask("锦绣小区3号楼漏水")).isEqualTo("某小区某号楼漏水");
        assertThat(mask("住在辰州路15号")).isEqualTo("住在某路某号");
        assertThat(mask("朝阳居委会未予答复")).isEqualTo("某居委会未予答复");
    }

    @Test
    void wordsThatOnlyLookLikePlacesAndTheTownshipStay() {
        assertThat(mask("小区违建影响采光")).isEqualTo("小区违建影响采光");
        assertThat(mask("农村低保评定不公，本村多户未纳入")).isEqualTo("农村低保评定不公，本村多户未纳入");
        assertThat(mask("城中村改造及行政村合并")).isEqualTo("城中村改造及行政村合并");
        assertThat(mask("组织村民修建村道，扎根山村，回老家村里")).isEqualTo("组织村民修建村道，扎根山村，回老家村里");
        assertThat(mask("该小区物业不作为")).isEqualTo("该小区物业不作为");
        assertThat(mask("沅陵县沅陵镇、城北街道、盈口乡")).isEqualTo("沅陵县沅陵镇、城北街道、盈口乡");
    }
}
