package org.vetlis.lab.domain.patient;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.vetlis.lab.domain.shared.SearchKey;

/**
 * A client of the lab: the person (or farm, or shelter) an animal belongs to. Owners are found by name and phone;
 * one owner has many animals ({@link Patient#owner()}).
 */
@Entity
@Table(name = "owner")
public class Owner {

    @Id
    @SequenceGenerator(name = "owner_id", sequenceName = "owner_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "owner_id")
    private Long id;

    @Column(name = "last_name", nullable = false, length = 100)
    private String lastName;

    @Column(name = "last_name_key", nullable = false, length = 100)
    private String lastNameKey;

    @Column(name = "first_name", length = 100)
    private String firstName;

    @Column(name = "phone", length = 40)
    private String phone;

    @Column(name = "phone_digits", length = 40)
    private String phoneDigits;

    @Column(name = "email", length = 320)
    private String email;

    @Column(name = "street", length = 200)
    private String street;

    @Column(name = "postal_code", length = 20)
    private String postalCode;

    @Column(name = "city", length = 100)
    private String city;

    @Column(name = "country", length = 2)
    private String country;

    @Column(name = "notes", length = 2000)
    private String notes;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Owner() {
        // for JPA
    }

    public Owner(OwnerDetails details, OffsetDateTime now) {
        createdAt = now;
        apply(details.checked(), now);
    }

    /** Replaces the owner's details with {@code details} (checked first). */
    public void update(OwnerDetails details, OffsetDateTime now) {
        apply(details.checked(), now);
    }

    private void apply(OwnerDetails d, OffsetDateTime now) {
        lastName = d.lastName();
        lastNameKey = SearchKey.of(lastName);
        firstName = d.firstName();
        phone = d.phone();
        phoneDigits = phone == null ? null : phone.replaceAll("\\D", "");
        email = d.email();
        street = d.street();
        postalCode = d.postalCode();
        city = d.city();
        country = d.country();
        notes = d.notes();
        updatedAt = now;
    }

    public OwnerDetails details() {
        return new OwnerDetails(lastName, firstName, phone, email, street, postalCode, city, country, notes);
    }

    /** The owner's state for the audit trail. */
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", id);
        s.put("details", details());
        s.put("version", version);
        return s;
    }

    public Long id() {
        return id;
    }

    public String displayName() {
        return firstName == null ? lastName : lastName + ", " + firstName;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
