package org.vetlis.lab.domain.report;

import java.util.List;

/** The reports that went out. */
public interface ReportArchive {

    /** The issues of an order's report, first first. */
    List<IssuedReport> ofOrder(long orderId);

    /** How many issues of the order's report went out. */
    int issuedFor(long orderId);

    void store(IssuedReport report);
}
