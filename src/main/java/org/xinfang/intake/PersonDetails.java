package org.xinfang.intake;

/** A person as given at registration: a name, and whatever of ID number, phone and address they gave. */
public record PersonDetails(String name, String idNumber, String phone, String address) {

    @Override
    public String toString() {
        return "PersonDetails[masked]";
    }
}
