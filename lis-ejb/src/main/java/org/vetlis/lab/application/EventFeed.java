package org.vetlis.lab.application;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What happened to orders that a practice system wants to hear about, for integrators to poll: verified, amended
 * and critical results, released and amended reports, cancelled orders. Read from the audit trail's chain, so the
 * feed's positions come in commit order: a reader that asks for what follows the last position it saw misses nothing.
 */
public interface EventFeed {

    /**
     * One event.
     *
     * @param seq           its position; ask for {@code since=seq} to get what follows it
     * @param type          {@code result.verified}, {@code result.amended}, {@code result.critical},
     *                      {@code report.released}, {@code report.amended} or {@code order.cancelled}
     * @param orderId       the order it concerns
     * @param placerOrderId the practice's own number of the order, when it gave one
     * @param testRunId     the result it concerns, for a result's event
     * @param testCode      the test of that result
     * @param actor         who did it (a person, an analyzer's rule "rule GLU v3", a system)
     * @param detail        what the audit trail says of it, in words
     */
    record Event(long seq, String type, OffsetDateTime occurredAt, Long orderId, String placerOrderId, Long testRunId, String testCode,
                 String actor, String detail) {
    }

    /** At most {@code max} events after position {@code since}, oldest first. */
    List<Event> since(long since, int max);
}
