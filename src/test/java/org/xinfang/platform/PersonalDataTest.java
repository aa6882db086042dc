package org.xinfang.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.SplittableRandom;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataTest {

    // ---- identity numbers ---------------------------------------------------------------------------

    @Test
    void an_id_number_shows_the_region_code_and_the_last_four_only() {
        assertThat(PersonalData.maskIdNumber("431202199001011234")).isEqualTo("431202********1234");
    }

    @Test
    void an_id_number_ending_in_x_keeps_the_x() {
        assertThat(PersonalData.maskIdNumber("11010519491231002X")).isEqualTo("110105********002X");
    }

    @Test
    void an_old_15_digit_id_number_is_masked_the_same_way() {
        assertThat(PersonalData.maskIdNumber("431202900101123")).isEqualTo("431202*****1123");
    }

    @Test
    void a_value_too_short_to_be_an_id_number_is_hidden_entirely() {
        assertThat(PersonalData.maskIdNumber("123456789")).isEqualTo("*********");
        assertThat(PersonalData.maskIdNumber("")).isEmpty();
    }

    @Test
    void a_missing_id_number_stays_missing() {
        assertThat(PersonalData.maskIdNumber(null)).isNull();
    }

    /** 500 random 18-character numbers, the same every run (seeded). */
    static Stream<String> idNumbers() {
        SplittableRandom random = new SplittableRandom(11643);
        return Stream.generate(() -> digits(random, 17) + "0123456789X".charAt(random.nextInt(11))).limit(500);
    }

    @ParameterizedTest
    @MethodSource("idNumbers")
    void a_masked_id_number_never_shows_the_birth_date_or_sequence(String id) {
        String masked = PersonalData.maskIdNumber(id);

        assertThat(masked).hasSize(18);
        assertThat(masked).startsWith(id.substring(0, 6)).endsWith(id.substring(14));
        assertThat(masked.substring(6, 14)).isEqualTo("********");
        assertThat(masked).doesNotContain(id.substring(6, 14));
    }

    // ---- phones -------------------------------------------------------------------------------------

    @Test
    void a_mobile_number_shows_the_operator_prefix_and_the_last_four() {
        assertThat(PersonalData.maskPhone("13812345678")).isEqualTo("138****5678");
    }

    @Test
    void a_landline_with_area_code_is_masked_in_the_middle() {
        assertThat(PersonalData.maskPhone("07452345678")).isEqualTo("074****5678");
    }

    @Test
    void a_very_short_phone_is_hidden_entirely() {
        assertThat(PersonalData.maskPhone("110")).isEqualTo("***");
        assertThat(PersonalData.maskPhone("123456")).isEqualTo("******");
    }

    @Test
    void a_missing_phone_stays_missing() {
        assertThat(PersonalData.maskPhone(null)).isNull();
    }

    @ParameterizedTest
    @MethodSource("mobiles")
    void a_masked_mobile_number_never_shows_the_middle_four(String phone) {
        String masked = PersonalData.maskPhone(phone);

        assertThat(masked).hasSize(11).startsWith(phone.substring(0, 3)).endsWith(phone.substring(7));
        assertThat(masked.substring(3, 7)).isEqualTo("****");
    }

    static Stream<String> mobiles() {
        SplittableRandom random = new SplittableRandom(138);
        return Stream.generate(() -> "1" + digits(random, 10)).limit(500);
    }

    // ---- addresses ----------------------------------------------------------------------------------

    @Test
    void a_long_address_keeps_its_first_six_characters() {
        assertThat(PersonalData.maskAddress("湖南省怀化市鹤城区迎丰街道人民路12号3栋"))
                .isEqualTo("湖南省怀化市****");
    }

    @Test
    void a_short_address_keeps_at_most_half_of_itself() {
        assertThat(PersonalData.maskAddress("鹤城区人民路12号")).isEqualTo("鹤城区人****");
        assertThat(PersonalData.maskAddress("一")).isEqualTo("****");
    }

    @Test
    void a_missing_address_stays_missing() {
        assertThat(PersonalData.maskAddress(null)).isNull();
    }

    /** Random addresses of 0 to 60 characters, Chinese and ASCII mixed, the same every run. */
    static Stream<String> addresses() {
        SplittableRandom random = new SplittableRandom(60);
        return Stream.generate(() -> {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(61);
            for (int i = 0; i < length; i++) {
                b.append(random.nextBoolean() ? (char) ('\u4e00' + random.nextInt(0x5000)) : (char) (' ' + random.nextInt(95)));
            }
            return b.toString();
        }).limit(500);
    }

    @ParameterizedTest
    @MethodSource("addresses")
    void a_masked_address_keeps_at_most_six_characters_of_the_original(String address) {
        String masked = PersonalData.maskAddress(address);

        assertThat(masked).endsWith("****");
        String kept = masked.substring(0, masked.length() - 4);
        assertThat(kept.length()).isLessThanOrEqualTo(6);
        assertThat(address).startsWith(kept);
        if (address.length() >= 12) {
            assertThat(kept).hasSize(6);
        }
    }

    // ---- free text ----------------------------------------------------------------------------------

    @Test
    void id_numbers_and_phones_in_text_are_masked_as_in_their_fields_however_they_are_written() {
        assertThat(PersonalData.maskText("身份证431202199001011234，电话13812345678"))
                .isEqualTo("身份证431202********1234，电话138****5678");
        assertThat(PersonalData.maskText("证号 431202 19900101 123x，手机 138-1234-5678，座机0745-2345678"))
                .isEqualTo("证号 431202********123X，手机 138****5678，座机074****5678");
        assertThat(PersonalData.maskText("电话１３８１２３４５６７８")).isEqualTo("电话138****5678");
        assertThat(PersonalData.maskText("+86 138 1234 5678")).isEqualTo("+86138****5678");
        assertThat(PersonalData.maskText("工资卡6222021234567890123")).isEqualTo("工资卡622202*********0123");
    }

    @Test
    void dates_amounts_and_other_numbers_in_text_stay() {
        String text = "2019-03-01起，补偿款1200000元，2019年已发放，共25户，文号20231234567，Box 12。";
        assertThat(PersonalData.maskText(text)).isEqualTo(text);
        assertThat(PersonalData.maskText(null)).isNull();
    }

    @ParameterizedTest
    @MethodSource("idNumbers")
    void an_id_number_in_text_never_shows_its_birth_date_or_sequence(String id) {
        String masked = PersonalData.maskText("来信人" + id.substring(0, 6) + " " + id.substring(6, 14) + " " + id.substring(14) + "反映");
        assertThat(masked).isEqualTo("来信人" + PersonalData.maskIdNumber(id.toUpperCase()) + "反映");
    }

    private static String digits(SplittableRandom random, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append((char) ('0' + random.nextInt(10)));
        }
        return b.toString();
    }
}
