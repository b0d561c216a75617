package org.vetlis.interfaces.web.instrument;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.vetlis.connector.api.ListenerStatus;
import org.vetlis.interfaces.web.Feedback;
import org.vetlis.interfaces.web.WebCallers;
import org.vetlis.lab.application.AnalyzerDispatcher;
import org.vetlis.lab.application.InstrumentAdministration;
import org.vetlis.lab.domain.instrument.Instrument;
import org.vetlis.lab.domain.instrument.InstrumentSettings;

/**
 * The analyzers: each with its listener's state (redrawn when the lab changes, pushed over the web socket), a
 * handshake test, a restart, and a form to add or change one (code mappings and profile settings as lines of
 * {@code key=value}). Thin: the services the API calls.
 */
@Named
@ViewScoped
public class InstrumentsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient InstrumentAdministration administration;

    @Inject
    private transient AnalyzerDispatcher dispatcher;

    @Inject
    private transient WebCallers callers;

    private final InstrumentForm form = new InstrumentForm();
    private String handshake;

    public List<Row> getRows() {
        Map<String, ListenerStatus> listening = dispatcher.status().stream()
                .collect(Collectors.toMap(ListenerStatus::instrument, s -> s, (a, b) -> a));
        return administration.instruments().stream().map(i -> new Row(i, Optional.ofNullable(listening.get(i.code())))).toList();
    }

    public void restart(String code) {
        ListenerStatus status = Feedback.attempt(() -> dispatcher.restart(code, callers.current()));
        if (status != null) {
            Feedback.info("Listener of " + code + " restarted: " + status.state() + (status.detail() == null ? "" : " (" + status.detail() + ")"));
        }
    }

    /** Proves the instrument's port answers as its analyzer expects: ENQ → ACK for ASTM, a connection for HL7. */
    public void testConnection(String code) {
        Instrument instrument = administration.instrument(code);
        handshake = code + ": " + Handshake.check(instrument.settings().protocol(), instrument.port().orElse(0));
        Feedback.info(handshake);
    }

    public void edit(String code) {
        form.load(administration.instrument(code));
    }

    public void create() {
        form.clear();
    }

    public void save() {
        InstrumentSettings settings = Feedback.attempt(form::settings);
        if (settings == null) {
            return;
        }
        Instrument saved = Feedback.attempt(() -> form.isExisting()
                ? administration.revise(form.getCode(), form.getVersion(), settings, callers.current())
                : administration.define(form.getCode(), settings, callers.current()));
        if (saved != null) {
            Feedback.info("Instrument " + saved.code() + " saved; its listener follows within seconds");
            form.load(saved);
        }
    }

    public InstrumentForm getForm() {
        return form;
    }

    public String getHandshake() {
        return handshake;
    }

    /** An instrument and its listener, if it has one running. */
    public record Row(Instrument instrument, Optional<ListenerStatus> listener) implements Serializable {

        public String getState() {
            return listener.map(l -> l.state().name()).orElse(instrument.isEnabled() ? "NOT LISTENING" : "DISABLED");
        }

        public String getDetail() {
            return listener.map(ListenerStatus::detail).orElse("");
        }

        public String getConnections() {
            return listener.map(l -> String.valueOf(l.connections())).orElse("");
        }

        public String getMessages() {
            return listener.map(l -> String.valueOf(l.messages())).orElse("");
        }

        public String getLastMessage() {
            return listener.map(ListenerStatus::lastMessageAt).map(String::valueOf).orElse("");
        }
    }
}
