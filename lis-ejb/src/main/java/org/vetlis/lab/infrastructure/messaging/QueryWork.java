package org.vetlis.lab.infrastructure.messaging;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.vetlis.lab.domain.order.LabOrder;
import org.vetlis.lab.domain.order.Specimen;
import org.vetlis.lab.domain.order.Urgency;
import org.vetlis.lab.domain.patient.PatientDetails;

/**
 * What an HL7 answer to an order query tells the analyzer about one tube, read from the order: the patient as the
 * analyzer shows it, the tube, and the tests in the analyzer's codes. A value, so the answers can be built and
 * tested without a database.
 *
 * @param sex       M, F or U
 * @param sampledAt when the tube was collected, else when it was ordered
 */
record QueryWork(String patientId, String patientName, LocalDate dateOfBirth, String sex, String barcode, String specimenType,
                 String specimenTypeName, OffsetDateTime sampledAt, boolean stat, String veterinarian, String clinic,
                 List<String> analyzerCodes) {

    QueryWork {
        analyzerCodes = List.copyOf(analyzerCodes);
    }

    static QueryWork of(TestsToDo.Work work) {
        LabOrder order = work.order();
        PatientDetails patient = order.patient().details();
        Specimen tube = work.runs().get(0).specimen();
        return new QueryWork(String.valueOf(order.patient().id()), patient.name(), patient.dateOfBirth(),
                patient.sex() == null ? "U" : patient.sex().name().substring(0, 1), work.accession().value(), tube.type().code(),
                tube.type().name(), tube.collectedAt() != null ? tube.collectedAt() : order.createdAt(), order.urgency() == Urgency.STAT,
                order.placement().veterinarian(), order.placement().clinic(), work.analyzerCodes());
    }
}
