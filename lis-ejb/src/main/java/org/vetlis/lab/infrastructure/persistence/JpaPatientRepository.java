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
            "name", "p.nameKey",
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
        // the count joins the owner only when an owner condition needs it (PostgreSQL does not drop unused joins)
        boolean byOwner = s.ownerName() != null || s.phone() != null;
        JpqlSearch<Patient> search = new JpqlSearch<>(em, Patient.class,
                "select p from Patient p join fetch p.owner o join fetch p.species",
                byOwner ? "select count(p) from Patient p join p.owner o" : "select count(p) from Patient p");
        if (s.name() != null) {
            search.where("p.nameKey like :name", "name", JpqlSearch.prefix(s.name()));
        }
        if (s.ownerId() != null) {
            search.where("p.owner.id = :ownerId", "ownerId", s.ownerId());
        }
        if (s.ownerName() != null) {
            search.where("o.lastNameKey like :ownerName", "ownerName", JpqlSearch.prefix(s.ownerName()));
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
        String order = ORDER.getOrDefault(page.sort() == null ? "name" : page.sort(), "p.nameKey");
        String direction = page.descending() ? " desc" : "";
        return search.page(page, order + direction + ", p.id" + direction);
    }
}
