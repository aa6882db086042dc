package org.xinfang.platform;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
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
    void a_matters_reference_number_is_not_personal_data_but_a_number_after_it_is() {
        assertThat(PersonalData.maskText("登记编号：XF431222-2026-0001499，联系电话13812345678"))
                .isEqualTo("登记编号：XF431222-2026-0001499，联系电话138****5678");
        assertThat(PersonalData.maskText("见xf431222-2026-0001499号")).isEqualTo("见xf431222-2026-0001499号");
        assertThat(PersonalData.maskText("编号431222-2026-0001499")).as("without its letters it may be anything")
                .isEqualTo("编号431222-****-***1499");
    }

    @Test
    void id_numbers_and_phones_in_text_are_masked_as_in_their_fields_however_they_are_written() {
        assertThat(PersonalData.maskText("身份证431202199001011234，电话13812345678"))
                .isEqualTo("身份证431202********1234，电话138****5678");
        assertThat(PersonalData.maskText("电话１３８１２３４５６７８")).isEqualTo("电话138****5678");
        assertThat(PersonalData.maskText("工资卡6222021234567890123")).isEqualTo("工资卡622202*********0123");
    }

    @Test
    void a_number_in_text_is_masked_digit_by_digit_where_it_stands_keeping_how_it_was_written() {
        assertThat(PersonalData.maskText("证号 431202 19900101 123x，手机 138-1234-5678，座机0745-2345678"))
                .isEqualTo("证号 431202 ******** 123x，手机 138-****-5678，座机074*-***5678");
        assertThat(PersonalData.maskText("座机(0745)2345678，（0745）2345678")).isEqualTo("座机(074*)***5678，（074*）***5678");
        assertThat(PersonalData.maskText("+86 135 1234 5678，+8613512345678，8613512345678，0086 135 1234 5678"))
                .isEqualTo("+86 135 **** 5678，+86135****5678，86135****5678，0086 135 **** 5678");
        assertThat(PersonalData.maskText("+86 745 2345678，+1 415 555 0100")).isEqualTo("+86 745 ***5678，+1 41* *** 0100");
        assertThat(PersonalData.maskText("卡号 6222 0212 3456 7890 123")).isEqualTo("卡号 6222 02** **** ***0 123");
    }

    @Test
    void the_numbers_of_an_address_in_text_are_masked_and_the_names_of_the_places_stay() {
        assertThat(PersonalData.maskText("我住在鹤城区迎丰街道人民路12号，门口积水")).isEqualTo("我住在鹤城区迎丰街道人民路**号，门口积水");
        assertThat(PersonalData.maskText("沅陵县沅陵镇太常街3号院2栋301")).isEqualTo("沅陵县沅陵镇太常街*号院*栋***");
        assertThat(PersonalData.maskText("麻阳县高村镇黄土村5组村民")).isEqualTo("麻阳县高村镇黄土村*组村民");
        assertThat(PersonalData.maskText("西湖街道茶场村十三组已被征收")).isEqualTo("西湖街道茶场村**组已被征收");
        assertThat(PersonalData.maskText("门牌号：28，门牌号是16-2")).isEqualTo("门牌号：**，门牌号是**-*");
        assertThat(PersonalData.maskText("明珠小区3栋2单元5楼505室漏水")).isEqualTo("明珠小区*栋*单元*楼***室漏水");
        assertThat(PersonalData.maskText("世纪鑫城1幢2403，楼下G2栋320一家店")).isEqualTo("世纪鑫城*幢****，楼下**栋***一家店");
        assertThat(PersonalData.maskText("水木轩五栋四单元的居民")).isEqualTo("水木轩*栋*单元的居民");
        assertThat(PersonalData.maskText("人民路12号 13812345678")).isEqualTo("人民路**号 138****5678");
    }

    @Test
    void numbers_that_are_not_an_address_stay() {
        String text = "地铁3号线的2号、3号出口，3月5号停水，元月十一号大火，68户业主，四室两厅，市教育局一楼会议室，"
                + "湘政发〔2023〕12号文件，34层高，第3层作教室，2019年在村里开会，补偿款1200000元";
        assertThat(PersonalData.maskText(text)).isEqualTo(text);
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
        assertThat(masked).isEqualTo("来信人" + id.substring(0, 6) + " ******** " + id.substring(14) + "反映");
    }

    /**
     * Real citizen messages (the shared sample, never copied here): masking changes only figures and numerals, in
     * place, so every place name stays; no building, room, house on a road or villagers' group is left in figures.
     */
    @Test
    void in_real_messages_only_numbers_are_masked_and_no_address_number_is_left() throws Exception {
        Path sample = Path.of("../shared/data/complaints-zh/messages-hotspot.csv");
        Assumptions.assumeTrue(Files.isReadable(sample), "the shared sample of citizen messages is not here");
        Pattern leftOver = Pattern.compile("(?:路|街|巷|村|小区)\\d+(?:号(?![线文令]|地铁)|组|栋)|\\d+(?:栋|幢|单元|号院|号楼)|门牌号\\d+(?![\\d年月日])");
        Pattern metro = Pattern.compile("地铁\\d+号线");
        int addresses = 0;
        for (String text : Files.readAllLines(sample)) {
            String masked = PersonalData.maskText(PersonalData.halfWidthDigits(text));
            String plain = PersonalData.halfWidthDigits(text);
            assertThat(masked).hasSameSizeAs(plain);
            for (int i = 0; i < plain.length(); i++) {
                if (masked.charAt(i) != plain.charAt(i)) {
                    assertThat(masked.charAt(i)).as(text).isEqualTo('*');
                    assertThat(String.valueOf(plain.charAt(i))).as(text).matches("[0-9A-Za-z一二三四五六七八九十百零〇]");
                }
            }
            assertThat(leftOver.matcher(masked).find()).as(masked).isFalse();
            metro.matcher(plain).results().forEach(m -> assertThat(masked).contains(m.group()));
            addresses += leftOver.matcher(plain).find() ? 1 : 0;
        }
        assertThat(addresses).as("messages with an address number in them").isGreaterThan(100);
    }

    private static String digits(SplittableRandom random, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append((char) ('0' + random.nextInt(10)));
        }
        return b.toString();
    }
}
