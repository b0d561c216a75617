package org.vetlis.lab.infrastructure.persistence;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.vetlis.lab.domain.audit.AuditAction;
import org.vetlis.lab.domain.audit.AuditEvent;
import org.vetlis.lab.domain.audit.AuditTrail;

@ApplicationScoped
public class JpaAuditTrail implements AuditTrail {

    @PersistenceContext(unitName = "vetlis")
    private EntityManager em;

    @Override
    public void append(AuditEvent event) {
        em.persist(event);
    }

    @Override
    public List<AuditEvent> latest(int max) {
        return em.createNamedQuery("AuditEvent.latest", AuditEvent.class).setMaxResults(max).getResultList();
    }

    @Override
    public List<AuditEvent> latest(AuditAction action, int max) {
        return em.createNamedQuery("AuditEvent.byAction", AuditEvent.class)
                .setParameter("action", action.name())
                .setMaxResults(max)
                .getResultList();
    }
}
