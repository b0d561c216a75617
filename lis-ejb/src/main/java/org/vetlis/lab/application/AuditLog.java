package org.vetlis.lab.application;

import java.util.List;

import org.vetlis.lab.domain.audit.AuditAction;
import org.vetlis.lab.domain.audit.AuditEvent;

/** Reading the audit trail (writing happens inside the services that change things, in their transaction). */
public interface AuditLog {

    List<AuditEvent> latest(int max);

    List<AuditEvent> latest(AuditAction action, int max);
}
