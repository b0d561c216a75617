package org.vetlis.lab.application;

import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.vetlis.lab.domain.interpretation.CriticalAlert;

/**
 * The critical values waiting for someone to tell the veterinarian. Acknowledging one records who did, when and whom
 * they told (audited); only then may the result be verified.
 */
public interface CriticalValues {

    /** The alerts nobody has acknowledged yet, oldest first. */
    List<CriticalAlert> open();

    /**
     * @param notified whom the person told and how, e.g. "Dr. Weber, Tierklinik Nord, by phone" (required)
     * @throws org.vetlis.lab.domain.shared.ConflictException when it was acknowledged already
     */
    CriticalAlert acknowledge(long alertId, String notified, @NotNull Actor actor);
}
