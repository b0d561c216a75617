package org.vetlis.lab.infrastructure.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.vetlis.lab.domain.security.Role;
import org.vetlis.lab.domain.security.User;
import org.vetlis.lab.domain.security.UserRepository;

@ApplicationScoped
public class JpaUserRepository implements UserRepository {

    @PersistenceContext(unitName = "vetlis")
    private EntityManager em;

    @Override
    public Optional<User> find(String username) {
        return em.createNamedQuery("User.findByUsername", User.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<User> all() {
        return em.createQuery("select u from User u order by u.username", User.class).getResultList();
    }

    @Override
    public List<User> withoutPassword() {
        return em.createNamedQuery("User.withoutPassword", User.class).getResultList();
    }

    @Override
    public long countActiveWithRole(Role role) {
        return em.createNamedQuery("User.countActiveWithRole", Long.class).setParameter("role", role).getSingleResult();
    }

    @Override
    public void store(User user) {
        if (user.id() == null) {
            em.persist(user);
        }
    }
}
