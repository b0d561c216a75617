package org.vetlis.lab.domain.audit;

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
}
