package org.vetlis.lab.application;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Tells whoever listens that the lab's state has changed: every change is audited, and each transaction that
 * appended to the audit trail calls {@link #changed()} once it has committed. The web pages subscribe to push an
 * update to open browsers; nothing polls.
 */
@ApplicationScoped
public class LabChanges {

    private static final Logger LOG = Logger.getLogger(LabChanges.class.getName());

    private final List<Runnable> subscribers = new CopyOnWriteArrayList<>();

    public void subscribe(Runnable subscriber) {
        subscribers.add(subscriber);
    }

    public void unsubscribe(Runnable subscriber) {
        subscribers.remove(subscriber);
    }

    /** Something committed; subscribers are told at once, on the committing thread, so they must only hand it on. */
    public void changed() {
        for (Runnable subscriber : subscribers) {
            try {
                subscriber.run();
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "A subscriber to lab changes failed", e); // a closed page, say: the change itself stands
            }
        }
    }
}
