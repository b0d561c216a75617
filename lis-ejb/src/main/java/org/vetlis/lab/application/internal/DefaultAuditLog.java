package org.vetlis.lab.application.internal;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.vetlis.lab.application.AuditLog;
import org.vetlis.lab.domain.audit.AuditAction;
import org.vetlis.lab.domain.audit.AuditEvent;
import org.vetlis.lab.domain.audit.AuditTrail;

@Stateless
public class DefaultAuditLog implements AuditLog {

    @Inject
    private AuditTrail audit;

    @Override
    public List<AuditEvent> latest(int max) {
        return audit.latest(max);
    }

    @Override
    public List<AuditEvent> latest(AuditAction action, int max) {
        return audit.latest(action, max);
    }
}
