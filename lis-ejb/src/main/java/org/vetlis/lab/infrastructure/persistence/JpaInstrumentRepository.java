package org.vetlis.lab.infrastructure.persistence;

import java.util.List;
import java.util.Optional;

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

    @Override
    public Optional<Instrument> byListener(String listener) {
        return em.createNamedQuery("Instrument.byListener", Instrument.class).setParameter("listener", listener)
                .getResultStream().findFirst();
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
    public boolean contains(String instrumentCode, String accession, String analyzerCode, String reportedAt, String reportedValue) {
        return !em.createQuery("select r.id from ResultReceipt r where r.instrumentCode = :i and r.accession = :a"
                        + " and r.analyzerCode = :c and r.reportedAt = :t and r.reportedValue = :v", Long.class)
                .setParameter("i", instrumentCode).setParameter("a", accession).setParameter("c", analyzerCode)
                .setParameter("t", reportedAt).setParameter("v", truncated(reportedValue)).setMaxResults(1).getResultList().isEmpty();
    }

    private static String truncated(String value) {
        return value.length() <= 60 ? value : value.substring(0, 60);
    }

    @Override
    public void store(ResultReceipt receipt) {
        em.persist(receipt);
    }
}
