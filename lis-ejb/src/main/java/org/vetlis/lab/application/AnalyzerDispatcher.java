package org.vetlis.lab.application;

import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.NotNull;

import org.vetlis.connector.api.ListenerStatus;

/**
 * The analyzer listeners: one for each enabled instrument that has a port, opened, moved and closed as the
 * instruments change, without redeploying.
 */
public interface AnalyzerDispatcher {

    /** Every listener as the connector has it now, by name. */
    List<ListenerStatus> status();

    /** The listener of one instrument, when it has one. */
    Optional<ListenerStatus> status(@NotNull String instrumentCode);

    /** Stops every listener gracefully and opens them again from the instruments (audited). */
    List<ListenerStatus> restart(@NotNull Actor actor);

    /** Stops one instrument's listener gracefully and opens it again (audited). */
    ListenerStatus restart(@NotNull String instrumentCode, @NotNull Actor actor);
}
