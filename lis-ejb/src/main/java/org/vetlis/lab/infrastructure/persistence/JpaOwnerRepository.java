package org.vetlis.lab.infrastructure.persistence;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.vetlis.lab.domain.patient.Owner;
import org.vetlis.lab.domain.patient.OwnerRepository;
import org.vetlis.lab.domain.shared.Page;
import org.vetlis.lab.domain.shared.PageRequest;

@ApplicationScoped
public class JpaOwnerRepository implements OwnerRepository {

    @PersistenceContext(unitName = "vetlis")
    private EntityManager em;

    @Override
    public Optional<Owner> find(long id) {
        return Optional.ofNullable(em.find(Owner.class, id));
    }

    @Override
    public void store(Owner owner) {
        if (owner.id() == null) {
            em.persist(owner);
        }
    }

    @Override
    public Page<Owner> search(String name, String phone, PageRequest page) {
        JpqlSearch<Owner> search = new JpqlSearch<>(em, Owner.class, "select o from Owner o", "select count(o) from Owner o");
        if (name != null) {
            search.where("o.lastNameKey like :name", "name", JpqlSearch.prefix(name));
        }
        if (phone != null) {
            search.where("o.phoneDigits like :phone", "phone", "%" + JpqlSearch.digits(phone) + "%");
        }
        String direction = page.descending() ? " desc" : "";
        return search.page(page, "o.lastNameKey" + direction + ", o.id" + direction);
    }
}
