package org.vetlis.lab.domain.order;

import java.util.Set;

/**
 * Which test runs a worklist shows; a null field does not filter. STAT before URGENT before ROUTINE, then oldest
 * order first, unless sorted otherwise.
 *
 * @param status    the runs' status
 * @param testCodes only these tests (an analyzer's tests: those it has codes for); null for any
 * @param urgency   the order's urgency
 */
public record WorklistQuery(TestRunStatus status, Set<String> testCodes, Urgency urgency) {

    /** Sort keys a worklist understands. */
    public static final Set<String> SORTS = Set.of("urgency", "ordered", "test", "status");

    /** Matches are counted up to this many; beyond, a worklist says "more than" (its pages are read all the same). */
    public static final int COUNT_LIMIT = 10_000;

    public WorklistQuery {
        testCodes = testCodes == null ? null : Set.copyOf(testCodes);
    }
}
