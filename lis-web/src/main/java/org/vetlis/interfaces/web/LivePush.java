package org.vetlis.interfaces.web;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;

import org.vetlis.lab.application.LabChanges;

/**
 * Pushes "changed" over the pages' web socket ({@link LiveEndpoint}) when the lab's state changed, so
 * open dashboards and instrument lists update themselves without polling. A burst of changes (an analyzer sending
 * a hundred results) becomes one push per half second.
 */
@ApplicationScoped
public class LivePush {

    private static final long COALESCE_MILLIS = 500;

    @Inject
    private LabChanges changes;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    private final AtomicBoolean pending = new AtomicBoolean();
    private final Runnable subscriber = this::changed;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        changes.subscribe(subscriber);
    }

    @PreDestroy
    void stop() {
        changes.unsubscribe(subscriber);
    }

    private void changed() {
        if (pending.compareAndSet(false, true)) {
            scheduler.schedule(() -> {
                pending.set(false);
                LiveEndpoint.changed();
            }, COALESCE_MILLIS, TimeUnit.MILLISECONDS);
        }
    }
}
