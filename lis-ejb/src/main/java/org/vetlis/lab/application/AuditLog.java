package org.vetlis.lab.application;

import java.util.List;

import org.vetlis.lab.domain.audit.AuditAction;
import org.vetlis.lab.domain.audit.AuditEvent;
import org.vetlis.lab.domain.audit.AuditQuery;
import org.vetlis.lab.domain.audit.ChainVerification;
import org.vetlis.lab.domain.shared.Page;
import org.vetlis.lab.domain.shared.PageRequest;

/** Reading the audit trail (writing happens inside the services that change things, in their transaction). */
public interface AuditLog {

    List<AuditEvent> latest(int max);

    List<AuditEvent> latest(AuditAction action, int max);

    Page<AuditEvent> search(AuditQuery query, PageRequest page);

    /** Walks the hash chain and says whether any event was changed, removed or inserted, and where. */
    ChainVerification verifyChain();
}
