package org.vetlis.lab.application.internal;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.vetlis.lab.application.AuditLog;
import org.vetlis.lab.domain.audit.AuditAction;
import org.vetlis.lab.domain.audit.AuditEvent;
import org.vetlis.lab.domain.audit.AuditQuery;
import org.vetlis.lab.domain.audit.AuditTrail;
import org.vetlis.lab.domain.audit.ChainVerification;
import org.vetlis.lab.domain.shared.Page;
import org.vetlis.lab.domain.shared.PageRequest;

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

    @Override
    public Page<AuditEvent> search(AuditQuery query, PageRequest page) {
        return audit.search(query, page);
    }

    @Override
    public ChainVerification verifyChain() {
        return audit.verify();
    }
}
