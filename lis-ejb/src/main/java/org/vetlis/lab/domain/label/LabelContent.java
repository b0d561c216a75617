package org.vetlis.lab.domain.label;

import java.time.LocalDate;

/**
 * What a specimen label says: the accession (also as a barcode), the animal and its species, the owner's surname,
 * the specimen type, the day it was collected (null: not yet) and the urgency.
 */
public record LabelContent(String accession, String patientName, String species, String ownerSurname, String specimenType,
                           LocalDate collectedOn, String urgency) {
}
