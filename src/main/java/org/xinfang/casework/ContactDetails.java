package org.xinfang.casework;

import jakarta.persistence.Embeddable;

/**
 * The contact details (联系方式) a person gave on one matter: the phone and the address this matter's calls, text
 * messages and letters go to. Kept on the matter, not only on the petitioner's record, for two reasons: a person moves
 * and changes numbers between matters, and an office shows a person's contact details only as they were given on the
 * matters it can see, never what another county has on file (knowing someone's name and ID number must not be a way
 * to read their phone and address).
 */
@Embeddable
public record ContactDetails(String phone, String address) {

    /** No details given: shown as nothing, never as what a record holds from elsewhere. */
    public static final ContactDetails NONE = new ContactDetails(null, null);

    /** The details given, or null when neither was. */
    public static ContactDetails given(String phone, String address) {
        String p = blankToNull(phone);
        String a = blankToNull(address);
        return p == null && a == null ? null : new ContactDetails(p, a);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public String toString() {
        return "ContactDetails[masked]";
    }
}
