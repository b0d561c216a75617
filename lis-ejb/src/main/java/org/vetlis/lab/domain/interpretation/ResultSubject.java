package org.vetlis.lab.domain.interpretation;

import org.vetlis.lab.domain.patient.NeuterStatus;
import org.vetlis.lab.domain.patient.Sex;

/**
 * What a reference range is chosen by, besides the test and species: the animal's sex, neuter status and age in
 * days when the sample was taken (null when its date of birth is unknown), the instrument that measured (null for a
 * manual result) and the unit of the value.
 */
public record ResultSubject(Sex sex, NeuterStatus neuterStatus, Integer ageDays, String instrumentCode, String unit) {
}
