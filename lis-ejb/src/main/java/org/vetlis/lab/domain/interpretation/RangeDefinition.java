package org.vetlis.lab.domain.interpretation;

import java.math.BigDecimal;

import org.vetlis.lab.domain.patient.NeuterStatus;
import org.vetlis.lab.domain.patient.Sex;
import org.vetlis.lab.domain.shared.Violations;

/**
 * What the lab says a reference range is; the narrowing criteria (sex, neuter status, age band, instrument) are null
 * where the range does not narrow. Limits are in {@code unit}, which must be the test's unit for the range to read
 * anything (a result in another unit is converted into the test's, or held).
 */
public record RangeDefinition(String testCode, String speciesCode, Sex sex, NeuterStatus neuterStatus, Integer ageFromDays,
                              Integer ageToDays, String instrumentCode, String unit, BigDecimal low, BigDecimal high,
                              BigDecimal criticalLow, BigDecimal criticalHigh, String source, boolean active) {

    /** Every broken rule at once: limits in order, an age band that is one, a source to cite. */
    public void check(Violations v) {
        v.required(testCode, "test", 20).required(speciesCode, "species", 20).required(unit, "unit", 20).required(source, "source", 300)
                .optional(instrumentCode, "instrument", 20);
        v.require(low != null || high != null, "low", "a range needs a low or a high limit");
        v.require(low == null || high == null || low.compareTo(high) <= 0, "high", "must not be below low");
        v.require(criticalLow == null || low == null || criticalLow.compareTo(low) <= 0, "criticalLow", "must not be above low");
        v.require(criticalHigh == null || high == null || criticalHigh.compareTo(high) >= 0, "criticalHigh", "must not be below high");
        v.require(ageFromDays == null || ageFromDays >= 0, "ageFromDays", "must be 0 or more");
        v.require(ageFromDays == null || ageToDays == null || ageFromDays < ageToDays, "ageToDays", "must be after ageFromDays");
    }
}
