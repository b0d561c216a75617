package org.vetlis.lab.infrastructure.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.vetlis.lab.domain.catalogue.LabTest;
import org.vetlis.lab.domain.catalogue.Panel;
import org.vetlis.lab.domain.catalogue.RejectionReason;
import org.vetlis.lab.domain.catalogue.SpecimenType;
import org.vetlis.lab.domain.catalogue.TestCatalog;

@ApplicationScoped
public class JpaTestCatalog implements TestCatalog {

    @PersistenceContext(unitName = "vetlis")
    private EntityManager em;

    @Override
    public List<LabTest> tests() {
        return em.createNamedQuery("LabTest.all", LabTest.class).getResultList();
    }

    @Override
    public List<Panel> panels() {
        return em.createNamedQuery("Panel.all", Panel.class).getResultList();
    }

    @Override
    public Optional<LabTest> test(String code) {
        return Optional.ofNullable(em.find(LabTest.class, code));
    }

    @Override
    public Optional<Panel> panel(String code) {
        return Optional.ofNullable(em.find(Panel.class, code));
    }

    @Override
    public Optional<SpecimenType> specimenType(String code) {
        return Optional.ofNullable(em.find(SpecimenType.class, code));
    }

    @Override
    public List<SpecimenType> specimenTypes() {
        return em.createNamedQuery("SpecimenType.all", SpecimenType.class).getResultList();
    }

    @Override
    public List<RejectionReason> rejectionReasons() {
        return em.createNamedQuery("RejectionReason.all", RejectionReason.class).getResultList();
    }

    @Override
    public Optional<RejectionReason> rejectionReason(String code) {
        return Optional.ofNullable(em.find(RejectionReason.class, code));
    }

    @Override
    public void store(SpecimenType type) {
        if (!em.contains(type)) {
            em.persist(type);
        }
    }

    @Override
    public void store(RejectionReason reason) {
        if (!em.contains(reason)) {
            em.persist(reason);
        }
    }

    @Override
    public void store(LabTest test) {
        if (!em.contains(test)) {
            em.persist(test);
        }
    }

    @Override
    public void store(Panel panel) {
        if (!em.contains(panel)) {
            em.persist(panel);
        }
    }
}
