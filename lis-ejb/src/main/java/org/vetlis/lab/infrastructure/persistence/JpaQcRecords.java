package org.vetlis.lab.infrastructure.persistence;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.vetlis.lab.domain.qc.ControlLot;
import org.vetlis.lab.domain.qc.QcEvent;
import org.vetlis.lab.domain.qc.QcHolds;
import org.vetlis.lab.domain.qc.QcRecords;
import org.vetlis.lab.domain.qc.QcResult;
import org.vetlis.lab.domain.qc.QcRuleEntry;
import org.vetlis.lab.domain.qc.QcState;

/**
 * QC in its tables. The failed states, which every analyzer message asks about, are kept for two seconds and dropped
 * when a transaction that changed a state ends, so a rejection holds the next result at once on this server.
 */
@ApplicationScoped
public class JpaQcRecords implements QcRecords, QcHolds {

    private static final long KEEP_NANOS = 2_000_000_000L;

    @PersistenceContext(unitName = "vetlis")
    private EntityManager em;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    private volatile Failed failed;

    private record Failed(Map<String, String> reasons, long readAt) {
    }

    @Override
    public Optional<String> holdReason(String instrument, String test) {
        Failed known = failed;
        if (known == null || System.nanoTime() - known.readAt() > KEEP_NANOS) {
            known = new Failed(em.createNamedQuery("QcState.failed", QcState.class).getResultList().stream()
                    .collect(Collectors.toMap(s -> s.instrumentCode() + "/" + s.testCode(), s -> s.holdReason().orElseThrow())), System.nanoTime());
            failed = known;
        }
        return Optional.ofNullable(known.reasons().get(instrument + "/" + test));
    }

    @Override
    public List<ControlLot> lots() {
        return em.createNamedQuery("ControlLot.all", ControlLot.class).getResultList();
    }

    @Override
    public List<ControlLot> lots(String instrument, String test) {
        return em.createNamedQuery("ControlLot.of", ControlLot.class).setParameter("instrument", instrument).setParameter("test", test)
                .getResultList();
    }

    @Override
    public List<ControlLot> activeLots(String instrument) {
        return em.createNamedQuery("ControlLot.activeOf", ControlLot.class).setParameter("instrument", instrument).getResultList();
    }

    @Override
    public Optional<ControlLot> lot(long id) {
        return Optional.ofNullable(em.find(ControlLot.class, id));
    }

    @Override
    public void store(ControlLot lot) {
        persist(lot);
    }

    @Override
    public List<QcResult> counting(String instrument, String test, OffsetDateTime since) {
        return em.createNamedQuery("QcResult.counting", QcResult.class).setParameter("instrument", instrument).setParameter("test", test)
                .setParameter("since", since).getResultList();
    }

    @Override
    public List<QcResult> results(String instrument, String test, OffsetDateTime from, OffsetDateTime to) {
        return em.createNamedQuery("QcResult.of", QcResult.class).setParameter("instrument", instrument).setParameter("test", test)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    @Override
    public List<QcResult> resultsOfLot(long lotId) {
        return em.createNamedQuery("QcResult.ofLot", QcResult.class).setParameter("lot", lotId).getResultList();
    }

    @Override
    public void store(QcResult result) {
        em.persist(result); // its id, which names it in the rules' findings, is given here (a sequence block)
    }

    @Override
    public List<QcRuleEntry> rules(String instrument, String test) {
        return em.createNamedQuery("QcRuleEntry.of", QcRuleEntry.class).setParameter("instrument", instrument).setParameter("test", test)
                .getResultList();
    }

    @Override
    public void store(QcRuleEntry rule) {
        persist(rule);
    }

    @Override
    public List<QcState> states() {
        return em.createNamedQuery("QcState.all", QcState.class).getResultList();
    }

    @Override
    public Optional<QcState> state(String instrument, String test) {
        return em.createNamedQuery("QcState.of", QcState.class).setParameter("instrument", instrument).setParameter("test", test)
                .getResultStream().findFirst();
    }

    @Override
    public void store(QcState state) {
        persist(state);
    }

    @Override
    public Optional<QcEvent> event(long id) {
        return Optional.ofNullable(em.find(QcEvent.class, id));
    }

    @Override
    public List<QcEvent> events(String instrument, String test) {
        return em.createNamedQuery("QcEvent.of", QcEvent.class).setParameter("instrument", instrument).setParameter("test", test)
                .setMaxResults(200).getResultList();
    }

    @Override
    public void store(QcEvent event) {
        em.persist(event); // its id, which the state names, is given here
        AfterCommit.run(transactions, () -> failed = null);
    }

    private void persist(Object entity) {
        if (!em.contains(entity)) {
            em.persist(entity);
        }
    }
}
