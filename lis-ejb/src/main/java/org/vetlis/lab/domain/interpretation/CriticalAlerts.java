package org.vetlis.lab.domain.interpretation;

import java.util.List;
import java.util.Optional;

/** The critical-value alerts. */
public interface CriticalAlerts {

    /** The alerts nobody has acknowledged yet, oldest first. */
    List<CriticalAlert> open();

    Optional<CriticalAlert> find(long id);

    /** Whether the run's result waits for its alert to be acknowledged. */
    boolean openFor(long testRunId);

    void store(CriticalAlert alert);
}
