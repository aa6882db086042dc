package org.xinfang.intake;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.xinfang.support.GeneratedCases;
import org.xinfang.support.GeneratedCases.Case;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the GB 11643-1999 citizen identity number check.
 *
 * <p>Each property runs on {@value #TRIES} cases generated deterministically with {@link SplittableRandom}: the
 * cases of a property derive from {@link #SEED} and the property's name, so every run checks the same cases. Where a
 * property varies a valid number in a small way (one position, one digit, one letter), each case tries every such
 * variation of its number rather than one drawn at random. A failure names its case seed; run
 * {@code mvn test -Dtest='IdNumberProperties#<property>' -Dxinfang.seed=<seed>} to check that case alone.
 */
class IdNumberProperties {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;
    private static final String CHECK_CHARS = "0123456789X";

    // ---- generated cases ----------------------------------------------------------------------------

    /** The seed all generated cases derive from; change it to explore other cases. */
    private static final long SEED = 0x1D_11643_1999L;
    private static final int TRIES = 1_000;

    private String property;
    private GeneratedCases cases;

    @BeforeEach
    void nameTheProperty(TestInfo test) {
        cases = new GeneratedCases(test, SEED, TRIES);
        property = cases.property();
    }

    private void forAll(Consumer<Case> check) {
        cases.forAll(check);
    }

    // ---- generators ---------------------------------------------------------------------------------

    /** A region code, a birth date in the past (not today or later) and a sequence: the 17-digit body. */
    private static String body(SplittableRandom random) {
        return bodyBornBetween(random, LocalDate.of(1900, 1, 1), TODAY.minusDays(1));
    }

    private static String bodyBornBetween(SplittableRandom random, LocalDate from, LocalDate to) {
        String region = (1 + random.nextInt(8)) + digits(random, 5);
        String birth = LocalDate.ofEpochDay(biasedBetween(random, from.toEpochDay(), to.toEpochDay())).format(BASIC);
        return region + birth + digits(random, 3);
    }

    /** Mostly uniform in {@code [min, max]}, but one time in ten one of the bounds. */
    private static long biasedBetween(SplittableRandom random, long min, long max) {
        return switch (random.nextInt(20)) {
            case 0 -> min;
            case 1 -> max;
            default -> random.nextLong(min, max + 1);
        };
    }

    /** {@code length} random digits; now and then all zeros or all nines. */
    private static String digits(SplittableRandom random, int length) {
        return switch (random.nextInt(16)) {
            case 0 -> "0".repeat(length);
            case 1 -> "9".repeat(length);
            default -> {
                StringBuilder digits = new StringBuilder(length);
                for (int i = 0; i < length; i++) {
                    digits.append((char) ('0' + random.nextInt(10)));
                }
                yield digits.toString();
            }
        };
    }

    private static String validNumber(Case c) {
        return c.input("id", withCheck(body(c.random)));
    }

    private static String futureBirthNumber(Case c) {
        return c.input("id", withCheck(bodyBornBetween(c.random, TODAY.plusDays(1), LocalDate.of(2099, 12, 31))));
    }

    private static String numberEndingInX(Case c) {
        String body;
        do {
            body = body(c.random);
        } while (IdNumber.checkCharacter(body) != 'X');
        return c.input("id", withCheck(body));
    }

    /**
     * A string of at most 17 characters: digits (the near misses), characters an identity number may hold, ASCII,
     * white space, non-ASCII digits, or any character of the Basic Multilingual Plane.
     */
    private static String shortString(Case c) {
        SplittableRandom random = c.random;
        int length = switch (random.nextInt(10)) {
            case 0 -> 0;
            case 1 -> 17;
            case 2 -> 16;
            default -> random.nextInt(18);
        };
        String alphabet = switch (random.nextInt(6)) {
            case 0 -> "0123456789";
            case 1 -> "0123456789Xx";
            case 2 -> " \t\n\r\u00a0\u3000";
            case 3 -> "\uff10\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18\uff19\u0660\u0661\u0662\u0669\u096f";
            default -> null;
        };
        boolean ascii = random.nextBoolean();
        StringBuilder value = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            if (alphabet != null) {
                value.append(alphabet.charAt(random.nextInt(alphabet.length())));
            } else if (ascii) {
                value.append((char) random.nextInt(0x20, 0x7f));
            } else {
                value.append((char) random.nextInt(Character.MIN_VALUE, Character.MAX_VALUE + 1));
            }
        }
        return c.input("value", value.toString());
    }

    private static String withCheck(String body) {
        return body + IdNumber.checkCharacter(body);
    }

    private static String replace(String id, int position, char replacement) {
        return id.substring(0, position) + replacement + id.substring(position + 1);
    }

    // ---- valid numbers ------------------------------------------------------------------------------

    @Test
    @DisplayName("a 17-digit body with a valid region, a past birth date and its computed check char is valid")
    void a_well_formed_number_with_its_check_character_is_valid() {
        forAll(c -> assertThat(IdNumber.check(validNumber(c), TODAY)).isNull());
    }

    @Test
    void a_known_real_format_number_is_valid() {
        assertThat(IdNumber.check("11010519491231002X", TODAY)).isNull();
        assertThat(IdNumber.checkCharacter("11010519491231002X")).isEqualTo('X');
    }

    @Test
    void a_person_born_today_is_valid() {
        String id = withCheck("431202" + TODAY.format(BASIC) + "123");
        assertThat(IdNumber.check(id, TODAY)).isNull();
    }

    @Test
    @DisplayName("a number ending in lower-case x is accepted, and normalize makes it upper case")
    void lower_case_x_is_accepted_and_normalized() {
        forAll(c -> {
            String id = numberEndingInX(c);
            String lower = id.substring(0, 17) + "x";

            assertThat(IdNumber.normalize(lower)).isEqualTo(id);
            assertThat(IdNumber.check(IdNumber.normalize(lower), TODAY)).isNull();
            assertThat(IdNumber.check(lower, TODAY)).isNull();
        });
    }

    @Test
    void normalize_trims_and_upper_cases_and_keeps_null() {
        assertThat(IdNumber.normalize(" 11010519491231002x ")).isEqualTo("11010519491231002X");
        assertThat(IdNumber.normalize(null)).isNull();
    }

    // ---- typing errors ------------------------------------------------------------------------------

    @Test
    @DisplayName("changing any single digit of a valid number is never accepted")
    void changing_a_single_digit_is_refused() {
        forAll(c -> {
            String id = validNumber(c);
            for (int position = 0; position <= 17; position++) {
                for (char replacement = '0'; replacement <= '9'; replacement++) {
                    if (id.charAt(position) == replacement) {
                        continue;
                    }
                    String typo = replace(id, position, replacement);

                    IdNumber.Problem problem = IdNumber.check(typo, TODAY);

                    String what = "problem of %s (digit %d changed to %c)";
                    assertThat(problem).as(what, typo, position, replacement).isNotNull();
                    if (position == 0 && replacement == '0') {
                        assertThat(problem).as(what, typo, position, replacement).isEqualTo(IdNumber.Problem.FORMAT);
                    } else if (position >= 6 && position < 14) {
                        // a changed digit in the birth date may make the date impossible or in the future
                        assertThat(problem).as(what, typo, position, replacement)
                                .isIn(IdNumber.Problem.BIRTH_DATE, IdNumber.Problem.CHECK_DIGIT);
                    } else {
                        assertThat(problem).as(what, typo, position, replacement)
                                .isEqualTo(IdNumber.Problem.CHECK_DIGIT);
                    }
                }
            }
        });
    }

    @Test
    @DisplayName("replacing the check character by any other is refused as a check-digit error")
    void a_wrong_check_character_is_refused() {
        forAll(c -> {
            String id = validNumber(c);
            for (char other : CHECK_CHARS.toCharArray()) {
                if (other == id.charAt(17)) {
                    continue;
                }
                assertThat(IdNumber.check(id.substring(0, 17) + other, TODAY))
                        .as("problem with check character %c", other).isEqualTo(IdNumber.Problem.CHECK_DIGIT);
            }
        });
    }

    @Test
    @DisplayName("swapping two different adjacent digits of the body is refused")
    void swapping_adjacent_digits_is_refused() {
        forAll(c -> {
            String id = validNumber(c);
            for (int position = 0; position <= 15; position++) {
                if (id.charAt(position) == id.charAt(position + 1)) {
                    continue;
                }
                char[] chars = id.toCharArray();
                chars[position] = id.charAt(position + 1);
                chars[position + 1] = id.charAt(position);
                String swapped = new String(chars);

                assertThat(IdNumber.check(swapped, TODAY))
                        .as("problem of %s (digits %d and %d swapped)", swapped, position, position + 1).isNotNull();
            }
        });
    }

    // ---- birth date ---------------------------------------------------------------------------------

    @Test
    @DisplayName("a birth date after today is refused as a birth-date error, even with a correct check char")
    void a_future_birth_date_is_refused() {
        forAll(c -> assertThat(IdNumber.check(futureBirthNumber(c), TODAY)).isEqualTo(IdNumber.Problem.BIRTH_DATE));
    }

    @Test
    void an_impossible_birth_date_is_refused() {
        assertThat(IdNumber.check(withCheck("431202" + "20230230" + "123"), TODAY)).isEqualTo(IdNumber.Problem.BIRTH_DATE);
        assertThat(IdNumber.check(withCheck("431202" + "19901301" + "123"), TODAY)).isEqualTo(IdNumber.Problem.BIRTH_DATE);
        assertThat(IdNumber.check(withCheck("431202" + "18791231" + "123"), TODAY)).isEqualTo(IdNumber.Problem.BIRTH_DATE);
    }

    // ---- format -------------------------------------------------------------------------------------

    @Test
    @DisplayName("a number of 17 or 19 characters is refused as a format error")
    void a_wrong_length_is_a_format_error() {
        forAll(c -> {
            String id = validNumber(c);
            assertThat(IdNumber.check(id.substring(0, 17), TODAY)).as("problem without the check character")
                    .isEqualTo(IdNumber.Problem.FORMAT);
            for (char extra = '0'; extra <= '9'; extra++) {
                assertThat(IdNumber.check(id + extra, TODAY)).as("problem with an extra %c", extra)
                        .isEqualTo(IdNumber.Problem.FORMAT);
            }
        });
    }

    @Test
    @DisplayName("a letter (other than a final X) anywhere in the number is a format error")
    void a_letter_is_a_format_error() {
        forAll(c -> {
            String id = validNumber(c);
            for (int position = 0; position <= 17; position++) {
                for (char letter = 'A'; letter <= 'W'; letter++) {
                    String withLetter = replace(id, position, letter);
                    assertThat(IdNumber.check(withLetter, TODAY)).as("problem of %s", withLetter)
                            .isEqualTo(IdNumber.Problem.FORMAT);
                }
            }
        });
    }

    @Test
    @DisplayName("an X before the last position is a format error")
    void an_x_in_the_body_is_a_format_error() {
        forAll(c -> {
            String id = validNumber(c);
            for (int position = 0; position <= 16; position++) {
                String withX = replace(id, position, 'X');
                assertThat(IdNumber.check(withX, TODAY)).as("problem of %s", withX).isEqualTo(IdNumber.Problem.FORMAT);
            }
        });
    }

    @Test
    @DisplayName("arbitrary short strings are format errors")
    void short_strings_are_format_errors() {
        forAll(c -> assertThat(IdNumber.check(shortString(c), TODAY)).isEqualTo(IdNumber.Problem.FORMAT));
    }

    @Test
    void null_and_blank_are_format_errors() {
        assertThat(IdNumber.check(null, TODAY)).isEqualTo(IdNumber.Problem.FORMAT);
        assertThat(IdNumber.check("", TODAY)).isEqualTo(IdNumber.Problem.FORMAT);
        assertThat(IdNumber.check("                  ", TODAY)).isEqualTo(IdNumber.Problem.FORMAT);
    }

    @Test
    void a_number_starting_with_zero_is_a_format_error() {
        assertThat(IdNumber.check(withCheck("031202199001011234".substring(0, 17)), TODAY))
                .isEqualTo(IdNumber.Problem.FORMAT);
    }

    @Test
    void each_problem_has_a_message_key() {
        assertThat(IdNumber.Problem.FORMAT.messageKey()).isEqualTo("petitioner.id-number.format");
        assertThat(IdNumber.Problem.BIRTH_DATE.messageKey()).isEqualTo("petitioner.id-number.birth-date");
        assertThat(IdNumber.Problem.CHECK_DIGIT.messageKey()).isEqualTo("petitioner.id-number.check-digit");
    }
}
