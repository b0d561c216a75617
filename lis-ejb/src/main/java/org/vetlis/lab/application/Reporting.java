package org.vetlis.lab.application;

import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.vetlis.lab.domain.report.IssuedReport;

/** Reports to veterinarians: released once an order is verified, re-issued when amended, kept as they went out. */
public interface Reporting {

    /** Releases the report of an order whose every result is verified: the order becomes REPORTED, the final PDF is kept. */
    IssuedReport release(long orderId, @NotNull Actor actor);

    /**
     * The order's report as a PDF: the latest issue as it went out once released (final or amended); before
     * that, one drawn now and marked preliminary (never kept).
     */
    byte[] orderReport(long orderId);

    /** The issues of the order's report, first first (without their PDFs). */
    List<IssuedReport> issues(long orderId);

    /** One animal's verified results over time, test by test, drawn now. */
    byte[] animalReport(long patientId);
}
