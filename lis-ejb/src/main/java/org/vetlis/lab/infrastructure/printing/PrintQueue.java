package org.vetlis.lab.infrastructure.printing;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Works the print queue every two seconds: each due label delivered in a transaction of its own, one after the
 * other (a label printer takes one job at a time anyway). A run still at work when the next is due lets it pass.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PrintQueue {

    private static final Logger LOG = Logger.getLogger(PrintQueue.class.getName());
    private static final int BATCH = 50;

    @Inject
    private PrintDelivery delivery;

    private final AtomicBoolean working = new AtomicBoolean();

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
    void work() {
        if (!working.compareAndSet(false, true)) {
            return;
        }
        try {
            Set<String> down = new HashSet<>();
            for (long job : delivery.due(BATCH)) {
                try {
                    if (!delivery.deliver(job, Set.copyOf(down))) {
                        delivery.printerOf(job).ifPresent(down::add);
                    }
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Print job " + job + " could not be delivered; it stays queued", e);
                }
            }
        } finally {
            working.set(false);
        }
    }
}
