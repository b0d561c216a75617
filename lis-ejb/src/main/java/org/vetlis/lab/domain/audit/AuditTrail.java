package org.vetlis.lab.domain.audit;

import java.util.Collection;
import java.util.List;

import org.vetlis.lab.domain.shared.Page;
import org.vetlis.lab.domain.shared.PageRequest;

/** The append-only, hash-chained audit trail: add and read, nothing else. */
public interface AuditTrail {

    /** Appends {@code event} at the end of the chain, in the caller's transaction. */
    void append(AuditEvent event);

    /** Appends {@code events} in their order, in the caller's transaction, taking the chain's head once. */
    void appendAll(List<AuditEvent> events);

    List<AuditEvent> latest(int max);

    List<AuditEvent> latest(AuditAction action, int max);

    Page<AuditEvent> search(AuditQuery query, PageRequest page);

    /** Checks the whole chain from its first event to the head. */
    ChainVerification verify();

    /**
     * The chained events of these actions after chain position {@code seq}, in chain order, at most {@code max}. The
     * chain is appended under a lock in commit order, so a reader that remembers the last position it saw misses
     * nothing committed later.
     */
    List<AuditEvent> chainedAfter(long seq, Collection<AuditAction> actions, int max);
}
