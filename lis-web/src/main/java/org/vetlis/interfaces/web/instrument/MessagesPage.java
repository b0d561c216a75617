package org.vetlis.interfaces.web.instrument;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;
import org.vetlis.interfaces.web.PagedModel;
import org.vetlis.connector.astm.link.AstmControl;
import org.vetlis.interfaces.web.Feedback;
import org.vetlis.interfaces.web.WebCallers;
import org.vetlis.lab.application.InstrumentAdministration;
import org.vetlis.lab.domain.messagelog.InboundMessage;
import org.vetlis.lab.domain.messagelog.MessageOutcome;
import org.vetlis.lab.domain.shared.Page;
import org.vetlis.lab.domain.shared.PageRequest;

/**
 * The message log and the quarantine (its QUARANTINED messages): newest first, a page at a time; a message's text as
 * its instrument's export allowlist keeps it, control characters by name; read again (replay, match) once what was
 * missing is there.
 */
@Named
@ViewScoped
public class MessagesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient InstrumentAdministration administration;

    @Inject
    private transient WebCallers callers;

    private MessageOutcome outcome = MessageOutcome.QUARANTINED;
    private String instrument;

    private final PagedModel<InboundMessage> messages = new PagedModel<>(this::page, InboundMessage::id, "id", true, Set.of());

    private Page<InboundMessage> page(PageRequest page) {
        return administration.messages(outcome, instrument == null || instrument.isBlank() ? null : instrument,
                page);
    }

    /** What may be shown of the message: scrubbed by its instrument's allowlist, control characters by name. */
    public String text(InboundMessage message) {
        byte[] scrubbed = administration.scrubbed(List.of(message)).get(0);
        return AstmControl.visible(scrubbed, 0, scrubbed.length, 20_000).replace("<CR>", "<CR>\n");
    }

    /** Reads the message again: what can be matched now is; nothing is taken twice. */
    public void readAgain(long id) {
        InboundMessage after = Feedback.attempt(() -> administration.reprocess(id, callers.current()));
        if (after != null) {
            Feedback.info("Message " + id + ": " + after.outcome() + " — " + after.outcomeDetail());
        }
    }

    public LazyDataModel<InboundMessage> getMessages() {
        return messages;
    }

    public MessageOutcome[] getOutcomes() {
        return MessageOutcome.values();
    }

    public List<String> getInstruments() {
        return administration.instruments().stream().map(i -> i.code()).toList();
    }

    public MessageOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(MessageOutcome outcome) {
        this.outcome = outcome;
    }

    public String getInstrument() {
        return instrument;
    }

    public void setInstrument(String instrument) {
        this.instrument = instrument;
    }

    /** Bytes as text for the size column. */
    public String size(InboundMessage message) {
        return message.payloadSize() + " bytes";
    }
}
