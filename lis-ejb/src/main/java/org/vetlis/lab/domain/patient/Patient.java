package org.vetlis.lab.domain.patient;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.vetlis.lab.domain.shared.SearchKey;

/**
 * An animal the lab tests: the patient. It belongs to one owner and one species of the catalogue; its sex,
 * neuter status and age choose its reference ranges later, so they are the patient's own record and never
 * overwritten by what an analyzer sends. A microchip number identifies one animal only.
 */
@Entity
@Table(name = "patient")
public class Patient {

    @Id
    @SequenceGenerator(name = "patient_id", sequenceName = "patient_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "patient_id")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "owner_id")
    private Owner owner;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "name_key", nullable = false, length = 100)
    private String nameKey;

    @ManyToOne(optional = false)
    @JoinColumn(name = "species_code")
    private Species species;

    @ManyToOne
    @JoinColumn(name = "breed_id")
    private Breed breed;

    @Column(name = "breed_text", length = 100)
    private String breedText;

    @Enumerated(EnumType.STRING)
    @Column(name = "sex", nullable = false, length = 10)
    private Sex sex;

    @Enumerated(EnumType.STRING)
    @Column(name = "neuter_status", nullable = false, length = 10)
    private NeuterStatus neuterStatus;

    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    @Column(name = "birth_date_estimated", nullable = false)
    private boolean birthDateEstimated;

    @Column(name = "weight_kg", precision = 9, scale = 3)
    private BigDecimal weightKg;

    @Column(name = "weight_measured_on")
    private LocalDate weightMeasuredOn;

    @Column(name = "microchip", length = 23)
    private String microchip;

    @Column(name = "tattoo", length = 40)
    private String tattoo;

    @Column(name = "other_identifier", length = 60)
    private String otherIdentifier;

    @Column(name = "notes", length = 2000)
    private String notes;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Column(name = "deceased_on")
    private LocalDate deceasedOn;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    /** Who registered the animal; none for animals registered before this was kept. */
    @Column(name = "registered_by", updatable = false, length = 64)
    private String registeredBy;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Patient() {
        // for JPA
    }

    /** A new patient; {@code details} must be checked, and {@code species}/{@code breed} resolved from them. */
    public Patient(Owner owner, PatientDetails details, Species species, Breed breed, OffsetDateTime now) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.createdAt = now;
        apply(details, species, breed, now);
    }

    /** Records who registered the animal, once. */
    public void registeredBy(String username) {
        if (registeredBy == null) {
            registeredBy = Objects.requireNonNull(username, "username");
        }
    }

    public Optional<String> registeredBy() {
        return Optional.ofNullable(registeredBy);
    }

    /** Replaces the details (checked, with species and breed resolved) and possibly the owner. */
    public void update(Owner newOwner, PatientDetails details, Species newSpecies, Breed newBreed, OffsetDateTime now) {
        this.owner = Objects.requireNonNull(newOwner, "owner");
        apply(details, newSpecies, newBreed, now);
    }

    private void apply(PatientDetails d, Species newSpecies, Breed newBreed, OffsetDateTime now) {
        if (newBreed != null && !newBreed.species().equals(newSpecies)) {
            throw new IllegalArgumentException("breed " + newBreed.name() + " is not a breed of " + newSpecies.name());
        }
        name = d.name();
        nameKey = SearchKey.of(name);
        species = Objects.requireNonNull(newSpecies, "species");
        breed = newBreed;
        breedText = d.breedText();
        sex = d.sex();
        neuterStatus = d.neuterStatus();
        dateOfBirth = d.dateOfBirth();
        birthDateEstimated = d.birthDateEstimated();
        weightKg = d.weightKg();
        weightMeasuredOn = d.weightMeasuredOn();
        microchip = d.microchip();
        tattoo = d.tattoo();
        otherIdentifier = d.otherIdentifier();
        notes = d.notes();
        active = d.active();
        deceasedOn = d.deceasedOn();
        updatedAt = now;
    }

    public PatientDetails details() {
        return new PatientDetails(name, species.code(), breed == null ? null : breed.id(), breedText, sex, neuterStatus,
                dateOfBirth, birthDateEstimated, weightKg, weightMeasuredOn, microchip, tattoo, otherIdentifier, notes,
                active, deceasedOn);
    }

    /** The patient's state for the audit trail. */
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", id);
        s.put("ownerId", owner.id());
        s.put("details", details());
        s.put("version", version);
        return s;
    }

    public Long id() {
        return id;
    }

    public Owner owner() {
        return owner;
    }

    public String name() {
        return name;
    }

    public Species species() {
        return species;
    }

    /** The breed's name, from the catalogue or as typed. */
    public String breedName() {
        return breed != null ? breed.name() : breedText;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
