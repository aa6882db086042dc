package org.xinfang.intake;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The citizen identity number (公民身份号码) of GB 11643-1999: six digits of region, eight of birth date,
 * three of sequence and a check character computed by ISO 7064 MOD 11-2.
 */
public final class IdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = "10X98765432".toCharArray();

    private IdNumber() {
    }

    /** Why {@code value} is not a valid identity number, or null when it is. */
    public static Problem check(String value, LocalDate today) {
        if (value == null || !value.matches("[1-9]\\d{16}[\\dXx]")) {
            return Problem.FORMAT;
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
                    Integer.parseInt(value.substring(12, 14)));
        } catch (DateTimeException e) {
            return Problem.BIRTH_DATE;
        }
        if (birth.isAfter(today) || birth.getYear() < 1880) {
            return Problem.BIRTH_DATE;
        }
        return Character.toUpperCase(value.charAt(17)) == checkCharacter(value) ? null : Problem.CHECK_DIGIT;
    }

    /** The canonical form: upper-case X. */
    public static String normalize(String value) {
        return value == null ? null : value.trim().toUpperCase();
    }

    /** The check character for the first 17 digits of {@code value}. */
    public static char checkCharacter(String value) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (value.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    public enum Problem {
        FORMAT("petitioner.id-number.format"),
        BIRTH_DATE("petitioner.id-number.birth-date"),
        CHECK_DIGIT("petitioner.id-number.check-digit");

        private final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }
}
