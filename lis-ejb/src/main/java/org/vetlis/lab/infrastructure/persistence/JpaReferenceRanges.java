package org.vetlis.lab.infrastructure.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.vetlis.lab.domain.interpretation.ReferenceRange;
import org.vetlis.lab.domain.interpretation.ReferenceRanges;

/**
 * The reference ranges, read for every result entered or received. A species' ranges are read once and kept for
 * the catalogue's 60 s (a change made here or on another server of a deployment group applies within it, as for the
 * rest of the catalogue): reading them per message cost more than storing the message's results. Kept past the
 * transaction that read them, they are only read from; a result keeps the chosen range's id and text, not the entity.
 */
@ApplicationScoped
public class JpaReferenceRanges implements ReferenceRanges {

    private static final Duration KEPT = Duration.ofSeconds(60);

    @PersistenceContext(unitName = "vetlis")
    private EntityManager em;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    private final Map<String, Read> bySpecies = new ConcurrentHashMap<>();

    private record Read(List<ReferenceRange> ranges, Instant at) {
    }

    @Override
    public List<ReferenceRange> of(Collection<String> testCodes, String speciesCode) {
        Read read = bySpecies.get(speciesCode);
        if (read == null || read.at().plus(KEPT).isBefore(Instant.now())) {
            read = new Read(List.copyOf(readSpecies(speciesCode)), Instant.now());
            bySpecies.put(speciesCode, read);
        }
        return read.ranges().stream().filter(r -> testCodes.contains(r.testCode())).toList();
    }

    @Override
    public List<ReferenceRange> search(String testCode, String speciesCode) {
        String jpql = "select r from ReferenceRange r where 1 = 1" + (testCode == null ? "" : " and r.testCode = :test")
                + (speciesCode == null ? "" : " and r.speciesCode = :species") + " order by r.testCode, r.speciesCode, r.id";
        TypedQuery<ReferenceRange> query = em.createQuery(jpql, ReferenceRange.class);
        if (testCode != null) {
            query.setParameter("test", testCode);
        }
        if (speciesCode != null) {
            query.setParameter("species", speciesCode);
        }
        return query.getResultList();
    }

    @Override
    public Optional<ReferenceRange> find(long id) {
        return Optional.ofNullable(em.find(ReferenceRange.class, id));
    }

    @Override
    public void store(ReferenceRange range) {
        if (range.id() == null) {
            em.persist(range);
        }
        // read afresh once the change is committed (a result read meanwhile must not keep the old ranges for KEPT);
        // other servers of a cluster see it within KEPT
        AfterCommit.run(transactions, () -> bySpecies.clear());
    }

    private List<ReferenceRange> readSpecies(String speciesCode) {
        return em.createNamedQuery("ReferenceRange.forSpecies", ReferenceRange.class).setParameter("species", speciesCode).getResultList();
    }
}
