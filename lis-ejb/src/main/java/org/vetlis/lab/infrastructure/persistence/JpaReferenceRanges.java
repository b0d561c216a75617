package org.vetlis.lab.infrastructure.persistence;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.vetlis.lab.domain.interpretation.ReferenceRange;
import org.vetlis.lab.domain.interpretation.ReferenceRanges;

@ApplicationScoped
public class JpaReferenceRanges implements ReferenceRanges {

    @PersistenceContext(unitName = "vetlis")
    private EntityManager em;

    @Override
    public List<ReferenceRange> of(String testCode, String speciesCode) {
        return em.createNamedQuery("ReferenceRange.forTestAndSpecies", ReferenceRange.class)
                .setParameter("test", testCode).setParameter("species", speciesCode).getResultList();
    }
}
