package org.xinfang.intake;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A petitioner (信访人): a citizen who writes, visits, calls or submits online. Holds personal data: never log it. */
@Entity
@Table(name = "petitioner")
class Petitioner {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String idNumber;
    private String phone;
    private String address;
    private Instant createdAt;

    protected Petitioner() {
    }

    Petitioner(String name, String idNumber, String phone, String address, Instant createdAt) {
        this.name = name;
        this.idNumber = idNumber;
        this.phone = phone;
        this.address = address;
        this.createdAt = createdAt;
    }

    PetitionerView view() {
        return new PetitionerView(id, name, idNumber, phone, address);
    }

    @Override
    public String toString() {
        return "Petitioner[" + id + "]";
    }
}
