package org.vetlis.lab.infrastructure.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.vetlis.lab.domain.interpretation.CriticalAlert;
import org.vetlis.lab.domain.interpretation.CriticalAlerts;

@ApplicationScoped
public class JpaCriticalAlerts implements CriticalAlerts {

    @PersistenceContext(unitName = "vetlis")
    private EntityManager em;

    @Override
    public List<CriticalAlert> open() {
        return em.createNamedQuery("CriticalAlert.open", CriticalAlert.class).getResultList();
    }

    @Override
    public Optional<CriticalAlert> find(long id) {
        return Optional.ofNullable(em.find(CriticalAlert.class, id));
    }

    @Override
    public boolean openFor(long testRunId) {
        return !em.createNamedQuery("CriticalAlert.openForRun", CriticalAlert.class).setParameter("run", testRunId).setMaxResults(1)
                .getResultList().isEmpty();
    }

    @Override
    public void store(CriticalAlert alert) {
        if (!em.contains(alert)) {
            em.persist(alert);
        }
    }
}
