package org.vetlis.interfaces.rest.patient;

import java.time.OffsetDateTime;

import org.vetlis.lab.domain.patient.Owner;
import org.vetlis.lab.domain.patient.OwnerDetails;

/** An owner as the API shows it. {@code version} is also the ETag. */
public record OwnerDto(Long id, String lastName, String firstName, String phone, String email, String street,
                       String postalCode, String city, String country, String notes, long version, OffsetDateTime updatedAt) {

    static OwnerDto of(Owner owner) {
        OwnerDetails d = owner.details();
        return new OwnerDto(owner.id(), d.lastName(), d.firstName(), d.phone(), d.email(), d.street(), d.postalCode(),
                d.city(), d.country(), d.notes(), owner.version(), owner.updatedAt());
    }

    /** What a client sends to register or change an owner. */
    public record Input(String lastName, String firstName, String phone, String email, String street, String postalCode,
                        String city, String country, String notes) {

        OwnerDetails details() {
            return new OwnerDetails(lastName, firstName, phone, email, street, postalCode, city, country, notes);
        }
    }
}
