package org.vetlis.lab.infrastructure.persistence;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.vetlis.lab.domain.messagelog.InboundMessage;
import org.vetlis.lab.domain.messagelog.InboundMessageRepository;

@ApplicationScoped
public class JpaInboundMessageRepository implements InboundMessageRepository {

    @PersistenceContext(unitName = "vetlis")
    private EntityManager em;

    @Override
    public void store(InboundMessage message) {
        em.persist(message);
    }

    @Override
    public List<InboundMessage> latest(int max) {
        return em.createNamedQuery("InboundMessage.latest", InboundMessage.class).setMaxResults(max).getResultList();
    }
}
