package org.vetlis.lab.infrastructure.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.vetlis.lab.domain.patient.Breed;
import org.vetlis.lab.domain.patient.Species;
import org.vetlis.lab.domain.patient.SpeciesCatalog;

@ApplicationScoped
public class JpaSpeciesCatalog implements SpeciesCatalog {

    @PersistenceContext(unitName = "vetlis")
    private EntityManager em;

    @Override
    public List<Species> all() {
        return em.createNamedQuery("Species.all", Species.class).getResultList();
    }

    @Override
    public Optional<Species> species(String code) {
        return Optional.ofNullable(em.find(Species.class, code));
    }

    @Override
    public Optional<Breed> breed(long id) {
        return Optional.ofNullable(em.find(Breed.class, id));
    }

    @Override
    public void store(Species species) {
        if (!em.contains(species)) {
            em.persist(species);
        }
    }
}
