package org.vetlis.lab.infrastructure.persistence;

import java.util.Collection;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.vetlis.lab.application.LabChanges;
import org.vetlis.lab.domain.audit.AuditAction;
import org.vetlis.lab.domain.audit.AuditChainHead;
import org.vetlis.lab.domain.audit.AuditEvent;
import org.vetlis.lab.domain.audit.AuditQuery;
import org.vetlis.lab.domain.audit.AuditTrail;
import org.vetlis.lab.domain.audit.ChainVerification;
import org.vetlis.lab.domain.audit.ChainVerifier;
import org.vetlis.lab.domain.shared.Page;
import org.vetlis.lab.domain.shared.PageRequest;
import org.vetlis.lab.infrastructure.audit.DailyAuditFile;

/**
 * The audit trail in table {@code audit_event}. Appending locks the chain head row until the transaction ends, so
 * appends are ordered and the chain never forks, on one server or many; once the transaction commits, the event
 * is also written to the day's audit file.
 */
@ApplicationScoped
public class JpaAuditTrail implements AuditTrail {

    private static final int VERIFY_BATCH = 1000;

    @PersistenceContext(unitName = "vetlis")
    private EntityManager em;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Inject
    private DailyAuditFile file;

    @Inject
    private LabChanges changes;

    @Override
    public void append(AuditEvent event) {
        appendAll(List.of(event));
    }

    @Override
    public void appendAll(List<AuditEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        // the transaction's own changes go to the database first, while the head is not yet locked: what the
        // appends of all writers wait on is then only the chain itself and the commit
        em.flush();
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        for (AuditEvent event : events) {
            head.append(event);
            em.persist(event);
        }
        List<AuditEvent> appended = List.copyOf(events);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    appended.forEach(file::write);
                    changes.changed();
                }
            }
        });
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

    @Override
    public Page<AuditEvent> search(AuditQuery q, PageRequest page) {
        JpqlSearch<AuditEvent> search = new JpqlSearch<>(em, AuditEvent.class, "select a from AuditEvent a", "select count(a) from AuditEvent a");
        if (q.entityType() != null) {
            search.where("a.entityType = :type", "type", q.entityType());
        }
        if (q.entityId() != null) {
            search.where("a.entityId = :id", "id", q.entityId());
        }
        if (q.actor() != null) {
            search.where("a.actor = :actor", "actor", q.actor());
        }
        if (q.from() != null) {
            search.where("a.occurredAt >= :from", "from", q.from());
        }
        if (q.to() != null) {
            search.where("a.occurredAt < :to", "to", q.to());
        }
        return search.page(page, "a.chainSeq" + (page.descending() ? " desc" : ""));
    }

    @Override
    public List<AuditEvent> chainedAfter(long seq, Collection<AuditAction> actions, int max) {
        return em.createQuery("select a from AuditEvent a where a.chainSeq > :seq and a.action in :actions order by a.chainSeq", AuditEvent.class)
                .setParameter("seq", seq).setParameter("actions", actions.stream().map(Enum::name).toList()).setMaxResults(max)
                .getResultList();
    }

    @Override
    public ChainVerification verify() {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
        long outside = em.createQuery("select count(a) from AuditEvent a where a.chainSeq is null", Long.class).getSingleResult();
        ChainVerifier verifier = new ChainVerifier();
        long after = 0;
        while (true) {
            List<AuditEvent> batch = em.createNamedQuery("AuditEvent.chainFrom", AuditEvent.class)
                    .setParameter("after", after).setMaxResults(VERIFY_BATCH).getResultList();
            for (AuditEvent event : batch) {
                if (!verifier.accept(event)) {
                    return verifier.verdict(head, outside);
                }
            }
            if (batch.size() < VERIFY_BATCH) {
                return verifier.verdict(head, outside);
            }
            after = batch.get(batch.size() - 1).chainSeq();
            em.clear(); // a long chain must not fill the persistence context
        }
    }
}
