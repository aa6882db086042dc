package org.xinfang.casework;

import org.junit.jupiter.api.Test;
import org.xinfang.intake.PetitionerView;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the "four public" pages print of an opinion: no name, number or address of the people it is about. */
class AnonymiserTest {

    private static final PetitionerView PETITIONER = new PetitionerView(1L, "黄丽华", "431222196505050028", "13907451234",
            "沅陵县沅陵镇月亮坪社区3组");

    private static String mask(String text) {
        return PublicRecords.Anonymiser.mask(text, List.of(PETITIONER));
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
    }
}
