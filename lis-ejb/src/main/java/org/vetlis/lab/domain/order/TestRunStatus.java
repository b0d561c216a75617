package org.vetlis.lab.domain.order;

/** Life of one test run: ordered, sent to an analyzer, resulted, verified by a person; or cancelled. */
public enum TestRunStatus {
    PENDING,
    SENT,
    RESULTED,
    VERIFIED,
    CANCELLED;

    /** A run that counts towards the order's progress (a cancelled run does not). */
    boolean counts() {
        return this != CANCELLED;
    }
}
