package org.vetlis.lab.infrastructure.persistence;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.vetlis.lab.domain.patient.Microchip;
import org.vetlis.lab.domain.patient.Patient;
import org.vetlis.lab.domain.patient.PatientRepository;
import org.vetlis.lab.domain.patient.PatientSearch;
import org.vetlis.lab.domain.shared.Page;
import org.vetlis.lab.domain.shared.PageRequest;

@ApplicationScoped
public class JpaPatientRepository implements PatientRepository {

    private static final Map<String, String> ORDER = Map.of(
            "name", "lower(p.name)",
            "species", "p.species.sortOrder",
            "updated", "p.updatedAt",
            "id", "p.id");

    @PersistenceContext(unitName = "vetlis")
    private EntityManager em;

    @Override
    public Optional<Patient> find(long id) {
        return Optional.ofNullable(em.find(Patient.class, id));
    }

    @Override
    public Optional<Patient> findByMicrochip(String microchip) {
        return em.createQuery("select p from Patient p where p.microchip = :chip", Patient.class)
                .setParameter("chip", microchip)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void store(Patient patient) {
        if (patient.id() == null) {
            em.persist(patient);
        }
    }

    @Override
    public Page<Patient> search(PatientSearch s, PageRequest page) {
        JpqlSearch<Patient> search = new JpqlSearch<>(em, Patient.class,
                "select p from Patient p join fetch p.owner o join fetch p.species", "select count(p) from Patient p join p.owner o");
        if (s.name() != null) {
            search.where("lower(p.name) like :name", "name", JpqlSearch.prefix(s.name()));
        }
        if (s.ownerId() != null) {
            search.where("o.id = :ownerId", "ownerId", s.ownerId());
        }
        if (s.ownerName() != null) {
            search.where("lower(o.lastName) like :ownerName", "ownerName", JpqlSearch.prefix(s.ownerName()));
        }
        if (s.phone() != null) {
            search.where("o.phoneDigits like :phone", "phone", "%" + JpqlSearch.digits(s.phone()) + "%");
        }
        if (s.microchip() != null) {
            search.where("p.microchip = :chip", "chip", Microchip.normalise(s.microchip()));
        }
        if (s.species() != null) {
            search.where("p.species.code = :species", "species", s.species());
        }
        if (!s.inactive()) {
            search.where("p.active = true");
        }
        String order = ORDER.getOrDefault(page.sort() == null ? "name" : page.sort(), "lower(p.name)");
        return search.page(page, order + (page.descending() ? " desc" : "") + ", p.id");
    }
}
