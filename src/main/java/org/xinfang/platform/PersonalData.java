package org.xinfang.platform;

import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data (ID numbers, phones, addresses) for people whose role does not need it in full.
 * The masked forms keep enough to recognise a person on the phone and nothing to impersonate them.
 */
public final class PersonalData {

    /** A number as people type it: digits, in groups split by one space or dash (138 0013 8000, 0745-1234567), an X last. */
    private static final Pattern NUMBER = Pattern.compile("\\d(?:[ \\-]?\\d)+(?:[ \\-]?[Xx])?");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}");

    private PersonalData() {
    }

    /**
     * Free text (a title, a letter's content, a note) as roles that see personal data masked read it: each ID number,
     * bank card and phone in it, however typed, masked as in its own field. Other numbers (amounts, years, file
     * numbers) and dates stay, so that the text still says what it says.
     */
    public static String maskText(String text) {
        return replaceNumbers(text, written -> {
            String digits = digitsOf(written);
            if (digits.length() >= 15) {
                // ID numbers (15 or 18 characters) and bank cards (16 to 19 digits) alike: the first six, the last four
                return maskIdNumber(digits.toUpperCase());
            }
            if (digits.length() == 13 && digits.startsWith("86") && isPhone(digits.substring(2))) {
                return "86" + maskPhone(digits.substring(2));
            }
            return isPhone(digits) ? maskPhone(digits) : written;
        });
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
        Matcher m = NUMBER.matcher(halfWidthDigits(text));
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String found = m.group();
            m.appendReplacement(b, Matcher.quoteReplacement(DATE.matcher(found).matches() ? found : replacement.apply(found)));
        }
        m.appendTail(b);
        return b.toString();
    }

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
}
