package org.vetlis.lab.domain.label;

import java.time.LocalDate;
import java.util.List;

/**
 * What a specimen label says: the accession (also as a barcode), the animal and its species, the owner's surname,
 * the specimen type, the day it was collected (null: not yet) and the urgency.
 */
public record LabelContent(String accession, String patientName, String species, String ownerSurname, String specimenType,
                           LocalDate collectedOn, String urgency) {

    /** The four lines under the barcode, as every layout prints them (ZPL, PDF). */
    public List<String> lines() {
        return List.of(accession + (urgency == null ? "" : "  " + urgency), patientName + " (" + species + ")",
                join(ownerSurname, specimenType), collectedOn == null ? "collected: ____________" : "collected " + collectedOn);
    }

    private static String join(String a, String b) {
        return a == null || a.isBlank() ? b : b == null || b.isBlank() ? a : a + " · " + b;
    }
}
