package org.xinfang.intake;

import org.xinfang.platform.PersonalData;

/** A petitioner as other modules see them. Holds personal data: {@link #masked()} before showing it to roles that need not see it. */
public record PetitionerView(Long id, String name, String idNumber, String phone, String address) {

    /** The same person reached by other contact details (those given on a matter rather than the record's). */
    public PetitionerView withContacts(String phone, String address) {
        return new PetitionerView(id, name, idNumber, phone, address);
    }

    /** As {@link #masked()}, and the name too (向某): for a viewer who reads no names. */
    public PetitionerView anonymised() {
        PetitionerView m = masked();
        return new PetitionerView(id, PersonalData.maskName(name), m.idNumber(), m.phone(), m.address());
    }

    /** As a viewer reads the person: whole, masked (the name kept), or anonymised. */
    public PetitionerView as(boolean seesPersonalData, boolean seesNames) {
        return seesPersonalData ? this : seesNames ? masked() : anonymised();
    }

    public PetitionerView masked() {
        return new PetitionerView(id, name, PersonalData.maskIdNumber(idNumber), PersonalData.maskPhone(phone),
                PersonalData.maskAddress(address));
    }

    @Override
    public String toString() {
        return "PetitionerView[" + id + "]";
    }
}
