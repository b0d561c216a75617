package org.vetlis.lab.application;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.vetlis.lab.domain.order.LabDay;
import org.vetlis.lab.domain.order.LabOrder;
import org.vetlis.lab.domain.order.OrderRequest;
import org.vetlis.lab.domain.order.OrderStatus;
import org.vetlis.lab.domain.order.Specimen;
import org.vetlis.lab.domain.order.TestRun;
import org.vetlis.lab.domain.order.WorklistQuery;
import org.vetlis.lab.domain.shared.Page;
import org.vetlis.lab.domain.shared.PageRequest;

/** Where orders come in: placed once, with their specimens and test runs, and audited. */
public interface OrderDesk {

    /** An order and whether it was placed now or found from an earlier identical request. */
    record Placement(LabOrder order, boolean replayed) {
    }

    /**
     * Places an order for {@code testCodes} (tests and panels) for a patient. The same caller sending the same
     * idempotency key or the same order number again gets the first order back instead of a second one.
     */
    Placement place(long patientId, @NotNull List<String> testCodes, @NotNull OrderRequest request, @NotNull Actor actor);

    LabOrder order(long orderId);

    Page<LabOrder> findOrders(OrderStatus status, Long patientId, OffsetDateTime from, OffsetDateTime to, @NotNull PageRequest page);

    /** Cancels an order with a reason (required). */
    LabOrder cancel(long orderId, String reason, @NotNull Actor actor);

    /** Adds a remark to an order. */
    LabOrder comment(long orderId, String text, @NotNull Actor actor);

    /** Orders a test again on the same specimen; the new run becomes the reportable one. */
    TestRun rerun(long runId, @NotNull Actor actor);

    /** The specimen with this barcode (a malformed barcode is refused, an unknown one is not found). */
    Specimen specimen(@NotNull String barcode);

    /** Receives a specimen at the lab; a rejected one is refused. */
    Specimen receive(@NotNull String barcode, @NotNull Actor actor);

    /** Enters a result typed in at the bench. */
    TestRun enterResult(long runId, @NotNull String value, @NotNull Actor actor);

    /** A person verifies a result (four eyes when {@code vetlis.verification.four-eyes} is on, the default). */
    TestRun verify(long runId, @NotNull Actor actor);

    /**
     * A person replaces a verified result for a reason (required). The result before is kept as an earlier version;
     * a report already released is issued again, marked amended.
     */
    TestRun amend(long runId, @NotNull String value, String reason, @NotNull Actor actor);

    /** Records when (default: now) and by whom a specimen was collected, before it reaches the lab. */
    Specimen collect(@NotNull String barcode, OffsetDateTime collectedAt, @NotNull Actor actor);

    /** Rejects a specimen for one of the lab's active rejection reasons, by its code (any other is refused by name). */
    Specimen reject(@NotNull String barcode, @NotNull String reasonCode, @NotNull Actor actor);

    /** The lab's day since {@code since} (the start of today, say): orders by status, open STAT orders, what waits for verification. */
    LabDay daySince(@NotNull OffsetDateTime since);

    /**
     * Reportable test runs for a worklist, STAT first unless sorted otherwise; matches counted up to
     * {@link WorklistQuery#COUNT_LIMIT} (the page says when there are more).
     */
    Page<TestRun> worklist(@NotNull WorklistQuery query, @NotNull PageRequest page);
}
