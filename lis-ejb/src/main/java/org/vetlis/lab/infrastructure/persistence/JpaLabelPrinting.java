package org.vetlis.lab.infrastructure.persistence;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.vetlis.lab.domain.label.LabelPrinter;
import org.vetlis.lab.domain.label.LabelPrinters;
import org.vetlis.lab.domain.label.PrintJob;
import org.vetlis.lab.domain.label.PrintJobs;
import org.vetlis.lab.domain.label.Workstation;

/** Label printers, workstations and the print queue in their tables. */
@ApplicationScoped
public class JpaLabelPrinting implements LabelPrinters, PrintJobs {

    @PersistenceContext(unitName = "vetlis")
    private EntityManager em;

    @Override
    public List<LabelPrinter> printers() {
        return em.createNamedQuery("LabelPrinter.all", LabelPrinter.class).getResultList();
    }

    @Override
    public Optional<LabelPrinter> printer(String code) {
        return Optional.ofNullable(em.find(LabelPrinter.class, code));
    }

    @Override
    public void store(LabelPrinter printer) {
        if (!em.contains(printer)) {
            em.persist(printer);
        }
    }

    @Override
    public List<Workstation> workstations() {
        return em.createNamedQuery("Workstation.all", Workstation.class).getResultList();
    }

    @Override
    public Optional<Workstation> workstation(String code) {
        return Optional.ofNullable(em.find(Workstation.class, code));
    }

    @Override
    public void store(Workstation workstation) {
        if (!em.contains(workstation)) {
            em.persist(workstation);
        }
    }

    @Override
    public List<Long> due(OffsetDateTime now, int max) {
        return em.createNamedQuery("PrintJob.due", PrintJob.class).setParameter("now", now).setMaxResults(max).getResultList().stream()
                .map(PrintJob::id).toList();
    }

    @Override
    public List<PrintJob> ofOrder(long orderId) {
        return em.createNamedQuery("PrintJob.ofOrder", PrintJob.class).setParameter("order", orderId).getResultList();
    }

    @Override
    public Optional<PrintJob> find(long id) {
        return Optional.ofNullable(em.find(PrintJob.class, id));
    }

    @Override
    public void store(PrintJob job) {
        if (job.id() == null) {
            em.persist(job);
        }
    }
}
