package org.vetlis.lab.infrastructure.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.vetlis.lab.domain.interpretation.AutoverificationRule;
import org.vetlis.lab.domain.interpretation.AutoverificationRules;

/**
 * The enabled rules are read for every message with results, so they are kept for a few seconds: a query inside the
 * transaction that stores a message costs more than the message's other reads together. A change made here is seen
 * by the next message (the kept rules are dropped when it commits); a change made on another server of a cluster is
 * seen within {@link #KEPT}. Kept rules are only read from, never changed.
 */
@ApplicationScoped
public class JpaAutoverificationRules implements AutoverificationRules {

    static final Duration KEPT = Duration.ofSeconds(5);

    @PersistenceContext(unitName = "vetlis")
    private EntityManager em;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    private volatile Read enabled;

    private record Read(List<AutoverificationRule> rules, Instant at) {
    }

    @Override
    public List<AutoverificationRule> enabledFor(Collection<String> testCodes) {
        Read read = enabled;
        if (read == null || read.at().plus(KEPT).isBefore(Instant.now())) {
            read = new Read(List.copyOf(em.createNamedQuery("AutoverificationRule.enabled", AutoverificationRule.class).getResultList()),
                    Instant.now());
            enabled = read;
        }
        return read.rules().stream().filter(r -> testCodes.contains(r.testCode())).toList();
    }

    @Override
    public List<AutoverificationRule> all() {
        return em.createNamedQuery("AutoverificationRule.all", AutoverificationRule.class).getResultList();
    }

    @Override
    public Optional<AutoverificationRule> find(String testCode) {
        return Optional.ofNullable(em.find(AutoverificationRule.class, testCode));
    }

    @Override
    public void store(AutoverificationRule rule) {
        if (!em.contains(rule)) {
            em.persist(rule);
        }
        forgetOnCommit();
    }

    @Override
    public void flush() {
        em.flush();
        forgetOnCommit();
    }

    /** Drops the kept rules once the change is committed (a message read meanwhile must not keep the old ones). */
    private void forgetOnCommit() {
        AfterCommit.run(transactions, () -> enabled = null);
    }
}
