package org.vetlis.lab.domain.order;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.vetlis.lab.domain.shared.Page;
import org.vetlis.lab.domain.shared.PageRequest;

public interface OrderRepository {

    Optional<LabOrder> find(long id);

    /**
     * The animal's latest verified, reportable numeric result of each of these tests from orders placed at or after
     * {@code since}, none of the runs {@code excluding}: what delta checks compare with (by test code).
     */
    java.util.Map<String, PreviousResult> previousVerified(long patientId, java.util.Collection<String> testCodes,
                                                            java.time.OffsetDateTime since, java.util.Collection<Long> excluding);

    /** The order {@code placer} already placed with this idempotency key or order number, if any. */
    Optional<LabOrder> placedBefore(String placer, String idempotencyKey, String placerOrderId);

    /**
     * The verified results of the test that the analyzer sent after {@code after} (null: ever) and up to
     * {@code upTo}: a QC look-back.
     */
    java.util.List<TestRun> verifiedFrom(String instrument, String test, java.time.OffsetDateTime after, java.time.OffsetDateTime upTo);

    /** Whether {@code placer} placed any order for the animal. */
    boolean placedAnyFor(long patientId, String placer);

    /** The order a test run belongs to. */
    Optional<LabOrder> findByRun(long runId);

    /** The order a specimen barcode belongs to. */
    Optional<LabOrder> findBySpecimen(AccessionNumber accession);

    /**
     * Reads {@code order} again and holds it until the transaction ends, so writers that would otherwise collide on
     * its version (analyzers asking about the same tube at once) take turns instead of failing.
     */
    void lockForChange(LabOrder order);

    /** The next number of the specimen sequence (never the same twice, also across servers). */
    long nextAccessionSequence();

    void store(LabOrder order);

    /** Stores a run added to a stored order (a rerun), so it has its id at once. */
    void store(TestRun run);

    /** The orders of these runs (an unknown id is left out). */
    List<RunReference> referencesOf(Collection<Long> runIds);

    /** The practice's own numbers of these orders, by order id (orders without one are left out). */
    Map<Long, String> placerOrderIds(Collection<Long> orderIds);

    /** Stores the earlier version of an amended result. */
    void store(ResultVersion version);

    /** Stores a comment added to a stored order. */
    void store(OrderComment comment);

    /** Orders by status, patient and creation time (from inclusive, to exclusive), newest first. */
    Page<LabOrder> search(OrderStatus status, Long patientId, OffsetDateTime from, OffsetDateTime to, PageRequest page);

    /** The lab's day since {@code from}: see {@link LabDay}. */
    LabDay daySince(OffsetDateTime from, int maxStatOrders);

    /** Reportable test runs as a worklist shows them, a page at a time. */
    Page<TestRun> worklist(WorklistQuery query, PageRequest page);
}
