package org.vetlis.lab.domain.patient;

import java.util.Locale;

import org.vetlis.lab.domain.shared.Violations;

/**
 * What a person at reception (or a practice-management system) says about an owner. {@link #checked()} applies
 * the rules and returns the details tidied (trimmed, e-mail lower-cased, country upper-cased).
 */
public record OwnerDetails(String lastName, String firstName, String phone, String email, String street,
                           String postalCode, String city, String country, String notes) {

    public OwnerDetails checked() {
        OwnerDetails d = new OwnerDetails(trim(lastName), trim(firstName), trim(phone),
                trim(email) == null ? null : trim(email).toLowerCase(Locale.ROOT), trim(street), trim(postalCode), trim(city),
                trim(country) == null ? null : trim(country).toUpperCase(Locale.ROOT), trim(notes));
        Violations v = new Violations()
                .required(d.lastName, "lastName", 100)
                .optional(d.firstName, "firstName", 100)
                .optional(d.phone, "phone", 40)
                .optional(d.email, "email", 320)
                .optional(d.street, "street", 200)
                .optional(d.postalCode, "postalCode", 20)
                .optional(d.city, "city", 100)
                .optional(d.notes, "notes", 2000);
        v.require(d.phone == null || d.phone.matches("[+0-9 ()./-]{3,40}"), "phone", "has characters a phone number does not");
        v.require(d.email == null || d.email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"), "email", "is not an e-mail address");
        v.require(d.country == null || d.country.matches("[A-Z]{2}"), "country", "is not a two-letter ISO 3166 code");
        v.throwIfAny();
        return d;
    }

    static String trim(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
