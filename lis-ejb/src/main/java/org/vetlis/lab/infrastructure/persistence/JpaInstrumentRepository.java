package org.vetlis.lab.infrastructure.persistence;

import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.vetlis.lab.domain.instrument.Instrument;
import org.vetlis.lab.domain.instrument.InstrumentRepository;
import org.vetlis.lab.domain.instrument.ResultReceipt;
import org.vetlis.lab.domain.instrument.ResultReceipts;

@ApplicationScoped
public class JpaInstrumentRepository implements InstrumentRepository, ResultReceipts {

    @PersistenceContext(unitName = "vetlis")
    private EntityManager em;

    @Override
    public List<Instrument> all() {
        return em.createNamedQuery("Instrument.all", Instrument.class).getResultList();
    }

    @Override
    public Optional<Instrument> find(String code) {
        return Optional.ofNullable(em.find(Instrument.class, code));
    }

    /** Listener → instrument code: a listener's instrument is found by its id, from the shared cache, not by a query. */
    private final Map<String, String> codeOfListener = new ConcurrentHashMap<>();

    @Override
    public Optional<Instrument> byListener(String listener) {
        String code = codeOfListener.get(listener);
        if (code != null) {
            Instrument known = em.find(Instrument.class, code);
            if (known != null && known.listener().equals(listener)) {
                return Optional.of(known);
            }
        }
        Optional<Instrument> found = em.createNamedQuery("Instrument.byListener", Instrument.class).setParameter("listener", listener)
                .getResultStream().findFirst();
        found.ifPresentOrElse(i -> codeOfListener.put(listener, i.code()), () -> codeOfListener.remove(listener));
        return found;
    }

    @Override
    public Optional<Instrument> byPort(int port) {
        return em.createNamedQuery("Instrument.byPort", Instrument.class).setParameter("port", port).getResultStream().findFirst();
    }

    @Override
    public void store(Instrument instrument) {
        if (!em.contains(instrument)) {
            em.persist(instrument);
        }
    }

    @Override
    public Set<String> takenOn(String instrumentCode, String accession) {
        return em.createQuery("select r.analyzerCode, r.reportedAt, r.reportedValue from ResultReceipt r where r.instrumentCode = :i"
                        + " and r.accession = :a", Object[].class)
                .setParameter("i", instrumentCode).setParameter("a", accession).getResultStream()
                .map(row -> ResultReceipt.key((String) row[0], (String) row[1], (String) row[2]))
                .collect(Collectors.toCollection(HashSet::new));
    }

    @Override
    public void store(ResultReceipt receipt) {
        em.persist(receipt);
    }
}
