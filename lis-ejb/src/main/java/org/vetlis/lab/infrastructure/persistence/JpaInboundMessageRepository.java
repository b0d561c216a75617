package org.vetlis.lab.infrastructure.persistence;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.vetlis.lab.domain.messagelog.InboundMessage;
import org.vetlis.lab.domain.messagelog.InboundMessageRepository;
import org.vetlis.lab.domain.messagelog.MessageOutcome;
import org.vetlis.lab.domain.shared.Page;
import org.vetlis.lab.domain.shared.PageRequest;

@ApplicationScoped
public class JpaInboundMessageRepository implements InboundMessageRepository {

    @PersistenceContext(unitName = "vetlis")
    private EntityManager em;

    @Override
    public void store(InboundMessage message) {
        em.persist(message);
    }

    @Override
    public Optional<Long> repeated(InboundMessage message) {
        if (message.controlId() == null) {
            return Optional.empty();
        }
        // the id only: the payload of the earlier message is not read to know it is the same
        return em.createQuery("select m.id from InboundMessage m where m.listener = :listener and m.controlId = :controlId"
                        + " and m.payloadSha256 = :sha and m.id < :id order by m.id", Long.class)
                .setParameter("listener", message.listener()).setParameter("controlId", message.controlId())
                .setParameter("sha", message.payloadSha256()).setParameter("id", message.id())
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<InboundMessage> latest(int max) {
        return em.createNamedQuery("InboundMessage.latest", InboundMessage.class).setMaxResults(max).getResultList();
    }

    @Override
    public Optional<InboundMessage> find(long id) {
        return Optional.ofNullable(em.find(InboundMessage.class, id));
    }

    @Override
    public List<InboundMessage> unread(OffsetDateTime before, int max) {
        return em.createQuery("select m from InboundMessage m where m.outcome is null and m.receivedAt < :before order by m.id",
                InboundMessage.class).setParameter("before", before).setMaxResults(max).getResultList();
    }

    @Override
    public Page<InboundMessage> search(MessageOutcome outcome, String instrumentCode, PageRequest page) {
        JpqlSearch<InboundMessage> search = new JpqlSearch<>(em, InboundMessage.class, "select m from InboundMessage m",
                "select count(m) from InboundMessage m");
        if (outcome != null) {
            search.where("m.outcome = :outcome", "outcome", outcome);
        }
        if (instrumentCode != null) {
            search.where("m.instrumentCode = :instrument", "instrument", instrumentCode);
        }
        return search.page(page, "m.id desc");
    }
}
