package org.xinfang.platform;

import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data (ID numbers, phones, addresses) for people whose role does not need it in full.
 * The masked forms keep enough to recognise a person on the phone and nothing to impersonate them.
 */
public final class PersonalData {

    /**
     * A number as people type it: digits, in groups split by one space or dash (138 0013 8000, 0745-1234567), an X
     * last; a country code's "+" first (+86 138 0013 8000), an area code in brackets ((0745)1234567).
     */
    private static final Pattern NUMBER = Pattern.compile("\\+?(?:[(（]\\d{3,4}[)）] ?)?\\d(?:[ \\-]?\\d)+(?:[ \\-]?[Xx])?");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}");

    /** Han numerals, as house, building and group numbers are also written (五栋四单元, 茶场村六组). */
    private static final String HAN = "一二三四五六七八九十百零〇";
    /** An address number in figures: 12, 12-3, G2, DD25, 2A. */
    private static final String FIGURES = "[A-Za-z]{0,2}\\d+(?:[-－]\\d+)*[A-Za-z]?";
    /** An address number, or a list or range of them (1、2号楼, 26～28栋). */
    private static final String NUMBERS = "(?:(?:" + FIGURES + "|[" + HAN + "]+)[、，,和～~])*(?:" + FIGURES + "|[" + HAN + "]+)";
    /** What a number in an address counts: the house on a road, the building and what is in it, the villagers' group. */
    private static final String UNIT = "(?:号院|号楼|号(?![线文令]|地铁)|栋|幢|座|单元|楼|层|室|组|队)";
    /** A number followed by what it counts or dates is not a room: 10年, 180户, 12月. */
    private static final String NOT_COUNTED = "(?![\\d*]|" + UNIT + "|[年月日时天周个户人元米台辆家岁%.．])";
    private static final String BARE = "[A-Za-z]?\\d{1,5}" + NOT_COUNTED;
    /** Numbered parts after the first, and a room number written bare after them (2栋301, 1幢2403). */
    private static final String MORE = "(?:[ -]?" + NUMBERS + UNIT + ")*(?:[ -]?" + BARE + ")?";
    /** The end of a place's name below the township: a road, a street, a village, an estate. */
    private static final String PLACE = "路|街|巷|弄|胡同|大道|街道|村|屯|寨|庄|社区|小区|花园|苑|园|城|府|湾|坡|岭|坪|冲|塘|桥|广场|大厦|公寓|家园|新村|宿舍";
    /**
     * Address details in free text: numbered parts after a place's name (人民路12号, 茶场村六组); numbered parts
     * that can only be an address wherever they stand (a building or room in figures: 6栋, 501室; two parts in a
     * row: 五栋四单元); and what follows the word 门牌号.
     */
    private static final Pattern ADDRESS_DETAILS = Pattern.compile(
            "(?<=" + PLACE + ")" + NUMBERS + UNIT + MORE
            + "|(?:(?:" + FIGURES + ")[、，,和～~])*" + FIGURES + "(?:号院|号楼|栋|幢|单元|室)" + MORE
            + "|" + NUMBERS + UNIT + "[ -]?" + NUMBERS + UNIT + MORE
            + "|(?<=门牌号?码?[:：是为 ]{0,2})(?:" + NUMBERS + UNIT + MORE + "|" + FIGURES + NOT_COUNTED + ")");

    private PersonalData() {
    }

    /**
     * Free text (a title, a letter's content, a note) as roles that see personal data masked read it: each ID number,
     * bank card and phone in it, however typed, masked as in its own field, digit by digit where it stands, so that
     * its spaces, dashes and brackets stay; and the numbers of an address (the house, the building, the room, the
     * villagers' group) masked, while the names of the places stay for analysis (docs/decisions.md, "Masking free
     * text"). Other numbers (amounts, years, file numbers, a metro line) and dates stay, so that the text still says
     * what it says.
     */
    public static String maskText(String text) {
        String numbers = replaceNumbers(text, written -> {
            String digits = digitsOf(written);
            // a country code stays, as does the operator or area prefix after it: +86 138 **** 5678
            int country = digits.startsWith("0086") ? 4 : digits.startsWith("86") && (written.startsWith("+") || digits.length() == 13) ? 2 : 0;
            if (country > 0 && isPhone(digits.substring(country)) || written.startsWith("+") && digits.length() >= 9) {
                return maskDigits(written, (country > 0 ? country : 0) + 3, 4);
            }
            if (digits.length() >= 15) {
                // ID numbers (15 or 18 characters) and bank cards (16 to 19 digits) alike: the first six, the last four
                return maskDigits(written, 6, 4);
            }
            return isPhone(digits) ? maskDigits(written, 3, 4) : written;
        });
        return numbers == null ? null : ADDRESS_DETAILS.matcher(numbers).replaceAll(m -> m.group().replaceAll("[\\dA-Za-z" + HAN + "]", "*"));
    }

    /** {@code written} with its digits (and an X) but the first {@code first} and the last {@code last} masked, where they stand. */
    private static String maskDigits(String written, int first, int last) {
        int count = digitsOf(written).length();
        StringBuilder b = new StringBuilder(written.length());
        int n = 0;
        for (char c : written.toCharArray()) {
            boolean digit = Character.isDigit(c) || c == 'X' || c == 'x';
            b.append(digit && n >= first && n < count - last ? '*' : c);
            n += digit ? 1 : 0;
        }
        return b.toString();
    }

    /** A mobile number (11 digits from 1) or a landline with its area code (10 to 12 digits from 0). */
    private static boolean isPhone(String digits) {
        return digits.matches("1\\d{10}|0\\d{9,11}");
    }

    /**
     * {@code text} with each number in it but dates replaced by what {@code replacement} makes of it (the number as
     * written, full-width digits read as ASCII ones): the one way numbers are found in free text, for staff who see
     * personal data masked and for what is published.
     */
    public static String replaceNumbers(String text, UnaryOperator<String> replacement) {
        if (text == null) {
            return null;
        }
        String half = halfWidthDigits(text);
        Matcher m = NUMBER.matcher(half);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String found = m.group();
            boolean kept = DATE.matcher(found).matches() || isReferenceNumber(half, m.start(), found);
            m.appendReplacement(b, Matcher.quoteReplacement(kept ? found : replacement.apply(found)));
        }
        m.appendTail(b);
        return b.toString();
    }

    /** A matter's own reference number (XF431222-2026-0001499): the system's number, nobody's personal data. */
    private static boolean isReferenceNumber(String text, int start, String found) {
        return start >= 2 && text.regionMatches(true, start - 2, "XF", 0, 2) && REFERENCE.matcher(found).matches();
    }

    private static final Pattern REFERENCE = Pattern.compile("\\d{6}-\\d{4}-\\d{7}");

    /** The digits (and an ID number's X) of a number as written, without the spaces and dashes between. */
    public static String digitsOf(String written) {
        return written.replaceAll("[^0-9Xx]", "");
    }

    /** Full-width digits (０ to ９, as Chinese input methods may type them) as ASCII digits. */
    public static String halfWidthDigits(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            b.append(c >= '\uFF10' && c <= '\uFF19' ? (char) ('0' + (c - '\uFF10')) : c);
        }
        return b.toString();
    }

    /** 431202199001011234 -> 431202********1234: the region code and the last four, as on Chinese forms. */
    public static String maskIdNumber(String idNumber) {
        if (idNumber == null || idNumber.length() < 10) {
            return idNumber == null ? null : "*".repeat(idNumber.length());
        }
        return idNumber.substring(0, 6) + "*".repeat(idNumber.length() - 10) + idNumber.substring(idNumber.length() - 4);
    }

    /** 向红梅 -> 向某: a name as the public records print it, the surname kept. */
    public static String maskName(String name) {
        return name == null || name.isEmpty() ? name : name.substring(0, name.offsetByCodePoints(0, 1)) + "某";
    }

    /** 13812345678 -> 138****5678. */
    public static String maskPhone(String phone) {
        if (phone == null || phone.length() < 7) {
            return phone == null ? null : "*".repeat(phone.length());
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }

    /** Keeps the start (the county and township: at most six characters, at most half the address), hides the rest. */
    public static String maskAddress(String address) {
        if (address == null) {
            return null;
        }
        int keep = Math.min(6, address.length() / 2);
        return address.substring(0, keep) + "****";
    }

    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("([^@\\s<>\"',;:]+)@([^@\\s<>\"',;:]+)");

    /** zhang.li@example.cn -> z***@example.cn: the first letter and the domain, enough to tell two addresses apart. */
    public static String maskEmail(String email) {
        return email == null ? null : EMAIL.matcher(email).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1).charAt(0) + "***@" + m.group(2)));
    }

    /** {@link #maskText} and, besides, every email address in it masked: for a mail server's error message. */
    public static String maskTextAndEmails(String text) {
        return maskEmail(maskText(text));
    }
}
