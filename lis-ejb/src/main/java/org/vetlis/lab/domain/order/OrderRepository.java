package org.vetlis.lab.domain.order;

import java.util.Optional;

public interface OrderRepository {

    Optional<LabOrder> find(long id);

    /** The order {@code placer} already placed with this idempotency key or order number, if any. */
    Optional<LabOrder> placedBefore(String placer, String idempotencyKey, String placerOrderId);

    /** The order a test run belongs to. */
    Optional<LabOrder> findByRun(long runId);

    /** The order a specimen barcode belongs to. */
    Optional<LabOrder> findBySpecimen(AccessionNumber accession);

    /** The next accession number of {@code year}. */
    AccessionNumber nextAccession(int year);

    void store(LabOrder order);
}
