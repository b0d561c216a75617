package org.vetlis.lab.infrastructure.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.vetlis.lab.domain.interpretation.AutoverificationRule;
import org.vetlis.lab.domain.interpretation.AutoverificationRules;

/** Read on every message with results: a rule switched off stops verifying at once, not after a cache expires. */
@ApplicationScoped
public class JpaAutoverificationRules implements AutoverificationRules {

    @PersistenceContext(unitName = "vetlis")
    private EntityManager em;

    @Override
    public List<AutoverificationRule> enabledFor(Collection<String> testCodes) {
        if (testCodes.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("AutoverificationRule.enabledFor", AutoverificationRule.class).setParameter("tests", testCodes)
                .getResultList();
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
    }

    @Override
    public void flush() {
        em.flush();
    }
}
