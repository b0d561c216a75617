package org.vetlis.lab.domain.order;

import java.util.Collection;

/**
 * Where an order stands. Derived from its reportable test runs and specimens, never set by hand (except cancelling
 * and reporting, which are acts of their own):
 * <ul>
 *   <li>ENTERED: nothing received or sent yet;</li>
 *   <li>IN_PROGRESS: a specimen is received or a run was sent, no result yet;</li>
 *   <li>PARTIALLY_RESULTED: some runs have results, some do not;</li>
 *   <li>RESULTED: every run has a result, not all verified;</li>
 *   <li>VERIFIED: every run verified by a person;</li>
 *   <li>REPORTED: verified and the report released;</li>
 *   <li>CANCELLED: cancelled with a reason, or every run cancelled.</li>
 * </ul>
 */
public enum OrderStatus {
    ENTERED,
    IN_PROGRESS,
    PARTIALLY_RESULTED,
    RESULTED,
    VERIFIED,
    REPORTED,
    CANCELLED;

    /**
     * The status of an order from the statuses of its reportable runs.
     *
     * @param runs              one status per ordered test (its reportable run)
     * @param cancelled         the order itself was cancelled
     * @param specimenReceived  at least one of its specimens is received
     * @param reported          its report was released
     */
    public static OrderStatus derive(Collection<TestRunStatus> runs, boolean cancelled, boolean specimenReceived, boolean reported) {
        long counting = runs.stream().filter(TestRunStatus::counts).count();
        if (cancelled || counting == 0) {
            return CANCELLED;
        }
        long verified = runs.stream().filter(s -> s == TestRunStatus.VERIFIED).count();
        long withResult = verified + runs.stream().filter(s -> s == TestRunStatus.RESULTED).count();
        if (verified == counting) {
            return reported ? REPORTED : VERIFIED;
        }
        if (withResult == counting) {
            return RESULTED;
        }
        if (withResult > 0) {
            return PARTIALLY_RESULTED;
        }
        boolean sent = runs.stream().anyMatch(s -> s == TestRunStatus.SENT);
        return specimenReceived || sent ? IN_PROGRESS : ENTERED;
    }
}
