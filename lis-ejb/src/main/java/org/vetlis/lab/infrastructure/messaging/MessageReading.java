package org.vetlis.lab.infrastructure.messaging;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.logging.Level;
import java.util.logging.Logger;

import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.vetlis.lab.application.LabChanges;
import org.vetlis.lab.application.MessageIntake;
import org.vetlis.lab.domain.instrument.InstrumentChanged;
import org.vetlis.lab.domain.messagelog.InboundMessage;
import org.vetlis.lab.domain.messagelog.InboundMessageRepository;
import org.vetlis.lab.domain.messagelog.MessageStored;

/**
 * When stored messages are read: right after the transaction that stored one commits (the analyzer has its ACK by
 * then), and, for any the server could not read then (it stopped, the database failed), by a sweep every 20 s.
 * A message that fails in the sweep too is quarantined with the reason, so one bad message never blocks others.
 * When an instrument's mappings change, its quarantined messages are matched again.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN) // dispatching never waits for a sweep
public class MessageReading {

    private static final Logger LOG = Logger.getLogger(MessageReading.class.getName());

    @EJB
    private MessageIntake intake;

    @Inject
    private InboundMessageRepository messages;

    @Inject
    private LabChanges changes;

    private final AtomicBoolean sweeping = new AtomicBoolean();

    public void stored(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessageStored stored) {
        changes.changed(); // a message arrived: the pages showing the listeners' counters redraw
        if (stored.unread()) { // a host query was read and answered in the storing transaction already
            intake.processLater(stored.messageId());
        }
    }

    /** A changed mapping may match what was quarantined for want of it. */
    public void instrumentChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) InstrumentChanged changed) {
        intake.rematchQuarantined(changed.instrumentCode());
    }

    @Schedule(hour = "*", minute = "*", second = "*/20", persistent = false)
    void sweep() {
        if (!sweeping.compareAndSet(false, true)) {
            return; // the previous sweep is still at work
        }
        try {
            sweepUnread();
        } finally {
            sweeping.set(false);
        }
    }

    private void sweepUnread() {
        for (InboundMessage unread : messages.unread(OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(20), 100)) {
            try {
                intake.process(unread.id());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Analyzer message " + unread.id() + " cannot be read; quarantined", e);
                intake.setAside(unread.id(), "could not be read: " + e);
            }
        }
    }
}
