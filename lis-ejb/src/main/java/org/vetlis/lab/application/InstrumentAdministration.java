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

    /**
     * Each message as it may be shown or leave VetLIS: only what its instrument's export allowlist keeps (the patient
     * and owner dropped unless the instrument says otherwise), bytes as received otherwise; in the given order.
     */
    List<byte[]> scrubbed(@NotNull List<InboundMessage> messages);

    /** The stored original of a message, patient data and all, for an administrator; who read it is audited. */
    InboundMessage original(long id, @NotNull Actor actor);

    /**
     * Messages by outcome and instrument, oldest first, scrubbed as {@link #scrubbed} does, for a vendor's support or
     * a test bench; the export is audited.
     */
    List<byte[]> export(MessageOutcome outcome, @NotNull String instrumentCode, int max, @NotNull Actor actor);
}
