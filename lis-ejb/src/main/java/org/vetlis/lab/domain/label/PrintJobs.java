package org.vetlis.lab.domain.label;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The print queue. */
public interface PrintJobs {

    /** The ids of the queued jobs due by {@code now}, the longest waiting first, at most {@code max}. */
    List<Long> due(OffsetDateTime now, int max);

    List<PrintJob> ofOrder(long orderId);

    Optional<PrintJob> find(long id);

    void store(PrintJob job);
}
