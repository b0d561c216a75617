package org.vetlis.lab.domain.patient;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.vetlis.lab.domain.shared.Violations;

/**
 * What is said about an animal. Species and breed come as catalogue codes and are resolved by the service;
 * the rest is checked here ({@link #checked(LocalDate)}).
 *
 * @param dateOfBirth        the date of birth, or an approximate one when {@code birthDateEstimated}
 * @param weightKg           body weight in kilograms, measured on {@code weightMeasuredOn}
 * @param breedId            a breed of the catalogue, or null
 * @param breedText          a breed in free text, when the catalogue lacks it
 */
public record PatientDetails(String name, String speciesCode, Long breedId, String breedText, Sex sex,
                             NeuterStatus neuterStatus, LocalDate dateOfBirth, boolean birthDateEstimated,
                             BigDecimal weightKg, LocalDate weightMeasuredOn, String microchip, String tattoo,
                             String otherIdentifier, String notes, boolean active, LocalDate deceasedOn) {

    private static final BigDecimal HEAVIEST_KG = new BigDecimal("2000");

    /** The details tidied and checked against the rules, as of {@code today}. */
    public PatientDetails checked(LocalDate today) {
        Violations v = new Violations()
                .required(name, "name", 100)
                .required(speciesCode, "species", 20)
                .optional(breedText, "breed", 100)
                .optional(tattoo, "tattoo", 40)
                .optional(otherIdentifier, "otherIdentifier", 60)
                .optional(notes, "notes", 2000);
        v.require(sex != null, "sex", "is required (MALE, FEMALE or UNKNOWN)");
        v.require(neuterStatus != null, "neuterStatus", "is required (INTACT, NEUTERED or UNKNOWN)");
        v.require(dateOfBirth == null || !dateOfBirth.isAfter(today), "dateOfBirth", "is in the future");
        v.require(weightKg == null || weightKg.signum() > 0, "weightKg", "must be more than 0");
        v.require(weightKg == null || weightKg.compareTo(HEAVIEST_KG) <= 0, "weightKg", "is more than " + HEAVIEST_KG + " kg");
        v.require(weightKg == null || weightKg.scale() <= 3, "weightKg", "has more than 3 decimals");
        v.require(weightMeasuredOn == null || weightKg != null, "weightMeasuredOn", "is given without a weight");
        v.require(weightMeasuredOn == null || !weightMeasuredOn.isAfter(today), "weightMeasuredOn", "is in the future");
        v.require(deceasedOn == null || !deceasedOn.isAfter(today), "deceasedOn", "is in the future");
        v.require(deceasedOn == null || dateOfBirth == null || !deceasedOn.isBefore(dateOfBirth), "deceasedOn", "is before the date of birth");
        String chip = null;
        if (microchip != null && !microchip.isBlank()) {
            try {
                chip = Microchip.normalise(microchip);
            } catch (IllegalArgumentException e) {
                v.add("microchip", e.getMessage());
            }
        }
        v.throwIfAny();
        return new PatientDetails(name.strip(), speciesCode.strip(), breedId, OwnerDetails.trim(breedText), sex, neuterStatus,
                dateOfBirth, dateOfBirth != null && birthDateEstimated, weightKg,
                weightKg == null ? null : weightMeasuredOn == null ? today : weightMeasuredOn,
                chip, OwnerDetails.trim(tattoo), OwnerDetails.trim(otherIdentifier), OwnerDetails.trim(notes),
                active && deceasedOn == null, deceasedOn);
    }
}
