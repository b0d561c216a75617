package org.vetlis.lab.domain.interpretation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.vetlis.lab.domain.patient.NeuterStatus;
import org.vetlis.lab.domain.patient.PatientDetails;
import org.vetlis.lab.domain.patient.Sex;

/**
 * What a reference range is chosen by, besides the test and species: the animal's sex, neuter status and age in
 * days when the sample was taken (null when its date of birth is unknown), the instrument that measured (null for a
 * manual result) and the unit of the value.
 */
public record ResultSubject(Sex sex, NeuterStatus neuterStatus, Integer ageDays, String instrumentCode, String unit) {

    /** The animal as it was on {@code day} (its age then), measured by {@code instrumentCode} in {@code unit}. */
    public static ResultSubject of(PatientDetails animal, LocalDate day, String instrumentCode, String unit) {
        LocalDate born = animal.dateOfBirth();
        Integer ageDays = born == null ? null : (int) ChronoUnit.DAYS.between(born, day);
        return new ResultSubject(animal.sex(), animal.neuterStatus(), ageDays, instrumentCode, unit);
    }
}
