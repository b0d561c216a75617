package org.vetlis.lab.infrastructure.persistence;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.vetlis.lab.domain.report.IssuedReport;
import org.vetlis.lab.domain.report.ReportArchive;

@ApplicationScoped
public class JpaReportArchive implements ReportArchive {

    @PersistenceContext(unitName = "vetlis")
    private EntityManager em;

    @Override
    public List<IssuedReport> ofOrder(long orderId) {
        return em.createNamedQuery("IssuedReport.ofOrder", IssuedReport.class).setParameter("order", orderId).getResultList();
    }

    @Override
    public int issuedFor(long orderId) {
        return em.createQuery("select count(r) from IssuedReport r where r.orderId = :order", Long.class).setParameter("order", orderId)
                .getSingleResult().intValue();
    }

    @Override
    public void store(IssuedReport report) {
        em.persist(report);
    }
}
