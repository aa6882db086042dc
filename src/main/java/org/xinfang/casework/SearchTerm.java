package org.xinfang.casework;

import org.xinfang.platform.PersonalData;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a person typed into the worklist's search box, read as the one thing it can be: a reference number, a query
 * code, an ID number, a phone number, or else a petitioner's name or a word of the title. The exact look-ups come
 * first; the full-text search of the intelligence module will later take the {@link Kind#TEXT} case.
 */
public record SearchTerm(Kind kind, String value) {

    /** The longest term the box takes. */
    public static final int MAX_LENGTH = 100;

    private static final Pattern REFERENCE = Pattern.compile("(?i)XF\\d{6}-\\d{4}-\\d{7}");
    private static final Pattern ID_NUMBER = Pattern.compile("\\d{17}[\\dXx]|\\d{15}");
    private static final Pattern PHONE = Pattern.compile("1\\d{10}|0\\d{9,11}");

    public enum Kind { REFERENCE_NUMBER, QUERY_CODE, ID_NUMBER, PHONE, TEXT }

    /** The term {@code typed} is, or empty when nothing was typed. */
    public static Optional<SearchTerm> of(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String t = PersonalData.halfWidthDigits(typed.strip());
        if (REFERENCE.matcher(t).matches()) {
            return Optional.of(new SearchTerm(Kind.REFERENCE_NUMBER, t.toUpperCase()));
        }
        if (ID_NUMBER.matcher(t).matches()) {
            return Optional.of(new SearchTerm(Kind.ID_NUMBER, t.toUpperCase()));
        }
        String digits = t.replaceAll("[ \\-]", "");
        if (PHONE.matcher(digits).matches()) {
            return Optional.of(new SearchTerm(Kind.PHONE, digits));
        }
        Optional<String> code = QueryCode.normalize(t);
        if (code.isPresent()) {
            return Optional.of(new SearchTerm(Kind.QUERY_CODE, code.get()));
        }
        return Optional.of(new SearchTerm(Kind.TEXT, t));
    }

    /** Whether the look-up is by a person's ID number or phone: audited, and open only to roles that see them. */
    public boolean touchesPersonalData() {
        return kind == Kind.ID_NUMBER || kind == Kind.PHONE;
    }

    /** The term as an audit record may keep it: an ID number or a phone masked as on the pages, other terms as typed. */
    public String masked() {
        return switch (kind) {
            case ID_NUMBER -> PersonalData.maskIdNumber(value);
            case PHONE -> PersonalData.maskPhone(value);
            default -> value;
        };
    }
}
