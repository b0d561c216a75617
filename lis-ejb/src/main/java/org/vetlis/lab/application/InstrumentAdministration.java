package org.vetlis.lab.application;

import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.vetlis.lab.domain.instrument.Instrument;
import org.vetlis.lab.domain.instrument.InstrumentSettings;
import org.vetlis.lab.domain.messagelog.InboundMessage;
import org.vetlis.lab.domain.messagelog.MessageOutcome;
import org.vetlis.lab.domain.shared.Page;
import org.vetlis.lab.domain.shared.PageRequest;

/** Analyzers as the lab configures them, and the messages they sent; every change audited. */
public interface InstrumentAdministration {

    List<Instrument> instruments();

    Instrument instrument(@NotNull String code);

    /** A new instrument; its test codes must name tests of the catalogue. */
    Instrument define(@NotNull String code, @NotNull InstrumentSettings settings, @NotNull Actor actor);

    /** Changed settings or test codes, for the version that was read. */
    Instrument revise(@NotNull String code, long expectedVersion, @NotNull InstrumentSettings settings, @NotNull Actor actor);

    /** Stored messages by outcome (QUARANTINED for the quarantine) and instrument, newest first. */
    Page<InboundMessage> messages(MessageOutcome outcome, String instrumentCode, @NotNull PageRequest page);

    InboundMessage message(long id);

    /** Reads a stored message again (after a mapping or an order was added): what can be attached now is. */
    InboundMessage reprocess(long id, @NotNull Actor actor);
}
