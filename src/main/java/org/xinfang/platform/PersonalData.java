package org.xinfang.platform;

/**
 * Masks personal data (ID numbers, phones, addresses) for people whose role does not need it in full.
 * The masked forms keep enough to recognise a person on the phone and nothing to impersonate them.
 */
public final class PersonalData {

    private PersonalData() {
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
