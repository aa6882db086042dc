package org.xinfang.casework;

import java.security.SecureRandom;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The query code (查询码) a petitioner tracks a matter with: 16 characters of Crockford's base 32, 80 random
 * bits, so that codes cannot be guessed or enumerated. Shown in groups of four; read back forgivingly (case,
 * spaces, dashes, and the letters O, I and L for the digits they look like).
 */
public final class QueryCode {

    public static final int LENGTH = 16;
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private QueryCode() {
    }

    public static String generate() {
        return generate(RANDOM);
    }

    /** A code from {@code random}; only the demo data passes its own seeded generator. */
    public static String generate(RandomGenerator random) {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return new String(code);
    }

    /** The code as typed, in its stored form, or empty when it cannot be a query code at all. */
    public static Optional<String> normalize(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        StringBuilder s = new StringBuilder(LENGTH);
        for (char c : typed.toUpperCase().toCharArray()) {
            if (c == ' ' || c == '-' || c == '\u3000') {
                continue;
            }
            char mapped = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            if (ALPHABET.indexOf(mapped) < 0 || s.length() == LENGTH) {
                return Optional.empty();
            }
            s.append(mapped);
        }
        return s.length() == LENGTH ? Optional.of(s.toString()) : Optional.empty();
    }

    /** For reading aloud and printing: XXXX-XXXX-XXXX-XXXX. */
    public static String display(String code) {
        return code == null ? null
                : String.join("-", code.substring(0, 4), code.substring(4, 8), code.substring(8, 12), code.substring(12));
    }
}
