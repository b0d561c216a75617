package org.vetlis.lab.domain.audit;

/**
 * Walks audit events in chain order and finds the first that does not fit: a gap in the sequence (a removed
 * row), a link to a previous hash that is not the previous event's (an inserted or reordered row), or a hash
 * that is not the hash of the content (a changed row). Pure: feed it events, then ask for the verdict.
 */
public final class ChainVerifier {

    private long expectedSeq = 1;
    private String previousHash = "0".repeat(64);
    private long checked;
    private Long brokenAt;
    private String reason;

    /** @return false once the chain is broken (later events need not be fed) */
    public boolean accept(AuditEvent event) {
        if (brokenAt != null) {
            return false;
        }
        checked++;
        if (event.chainSeq() == null || event.chainSeq() != expectedSeq) {
            return broken(expectedSeq, "event " + expectedSeq + " is missing (found " + event.chainSeq() + ")");
        }
        if (!previousHash.equals(event.previousHash())) {
            return broken(expectedSeq, "event " + expectedSeq + " does not link to the event before it");
        }
        if (!event.hashMatches()) {
            return broken(expectedSeq, "event " + expectedSeq + " was changed after it was written");
        }
        expectedSeq++;
        previousHash = event.eventHash();
        return true;
    }

    /**
     * The verdict, given the chain's recorded end (the head) and the number of events that carry no chain position
     * at all (rows inserted behind the application's back).
     */
    public ChainVerification verdict(AuditChainHead head, long outsideTheChain) {
        if (brokenAt == null && outsideTheChain > 0) {
            broken(expectedSeq, outsideTheChain + " audit events are outside the chain (inserted behind the application)");
        } else if (brokenAt == null && head.lastSeq() != expectedSeq - 1) {
            broken(expectedSeq, "the chain ends at " + (expectedSeq - 1) + " but the head says " + head.lastSeq());
        } else if (brokenAt == null && !head.lastHash().equals(previousHash)) {
            broken(expectedSeq - 1, "the last event's hash is not the one the head holds");
        }
        return new ChainVerification(brokenAt == null, checked, brokenAt, reason);
    }

    private boolean broken(long at, String why) {
        brokenAt = at;
        reason = why;
        return false;
    }
}
