package org.vetlis.lab.domain.report;

import java.time.OffsetDateTime;
import java.util.List;

import org.vetlis.lab.domain.order.LabOrder;
import org.vetlis.lab.domain.patient.Patient;

/** Draws reports; the lab's header (name, address) is its own configuration. */
public interface ReportRenderer {

    /** An order's report: its reportable results by section, with their earlier versions when amended. */
    byte[] order(LabOrder order, ReportKind kind, int issueNumber, OffsetDateTime printedAt);

    /** One animal's results over time, test by test, from {@code orders} (newest first). */
    byte[] cumulative(Patient patient, List<LabOrder> orders, OffsetDateTime printedAt);
}
