package org.vetlis.lab.domain.audit;

import java.util.List;

/** The append-only audit trail: add and read, nothing else. */
public interface AuditTrail {

    void append(AuditEvent event);

    List<AuditEvent> latest(int max);

    List<AuditEvent> latest(AuditAction action, int max);
}
