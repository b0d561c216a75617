package org.vetlis.lab.application.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.vetlis.lab.application.Actor;
import org.vetlis.lab.application.InstrumentAdministration;
import org.vetlis.lab.application.MessageIntake;
import org.vetlis.lab.domain.audit.AuditAction;
import org.vetlis.lab.domain.audit.AuditEvent;
import org.vetlis.lab.domain.audit.AuditJson;
import org.vetlis.lab.domain.audit.AuditTrail;
import org.vetlis.lab.domain.catalogue.TestCatalog;
import org.vetlis.lab.domain.instrument.Instrument;
import org.vetlis.lab.domain.instrument.InstrumentChanged;
import org.vetlis.lab.domain.instrument.InstrumentRepository;
import org.vetlis.lab.domain.instrument.InstrumentSettings;
import org.vetlis.lab.domain.messagelog.ExportAllowlist;
import org.vetlis.lab.domain.messagelog.InboundMessage;
import org.vetlis.lab.domain.messagelog.InboundMessageRepository;
import org.vetlis.lab.domain.messagelog.MessageOutcome;
import org.vetlis.lab.domain.shared.ConflictException;
import org.vetlis.lab.domain.shared.InvalidInputException;
import org.vetlis.lab.domain.shared.NotFoundException;
import org.vetlis.lab.domain.shared.Page;
import org.vetlis.lab.domain.shared.PageRequest;
import org.vetlis.lab.domain.shared.StaleVersionException;

@Stateless
public class DefaultInstrumentAdministration implements InstrumentAdministration {

    @Inject
    private InstrumentRepository instruments;

    @Inject
    private InboundMessageRepository messages;

    @Inject
    private TestCatalog catalogue;

    @Inject
    private AuditTrail audit;

    @EJB
    private MessageIntake intake;

    @Inject
    private Event<InstrumentChanged> changed;

    @Override
    public List<Instrument> instruments() {
        return instruments.all();
    }

    @Override
    public Instrument instrument(String code) {
        return instruments.find(code.toUpperCase(Locale.ROOT)).orElseThrow(() -> new NotFoundException("instrument", code));
    }

    @Override
    public Instrument define(String code, InstrumentSettings settings, Actor actor) {
        String key = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (instruments.find(key).isPresent()) {
            throw new ConflictException("instrument " + key + " exists");
        }
        Instrument instrument = new Instrument(key, checked(settings, key, key.toLowerCase(Locale.ROOT).replace('_', '-')));
        instruments.store(instrument);
        audit.append(AuditEvent.of(actor.username(), AuditAction.INSTRUMENT_DEFINED, now()).on("Instrument", key)
                .change(null, AuditJson.of(instrument.snapshot())).origin(actor.origin()).build());
        changed.fire(new InstrumentChanged(instrument.code()));
        return instrument;
    }

    @Override
    public Instrument revise(String code, long expectedVersion, InstrumentSettings settings, Actor actor) {
        Instrument instrument = instrument(code);
        StaleVersionException.check("Instrument", instrument.code(), expectedVersion, instrument.version());
        InstrumentSettings named = checked(settings, instrument.code(), instrument.listener());
        String before = AuditJson.of(instrument.snapshot());
        instrument.revise(named);
        audit.append(AuditEvent.of(actor.username(), AuditAction.INSTRUMENT_CHANGED, now()).on("Instrument", instrument.code())
                .change(before, AuditJson.of(instrument.snapshot())).origin(actor.origin()).build());
        changed.fire(new InstrumentChanged(instrument.code()));
        return instrument;
    }

    @Override
    public Page<InboundMessage> messages(MessageOutcome outcome, String instrumentCode, PageRequest page) {
        return messages.search(outcome, instrumentCode, page);
    }

    @Override
    public InboundMessage message(long id) {
        return messages.find(id).orElseThrow(() -> new NotFoundException("message", id));
    }

    @Override
    public InboundMessage reprocess(long id, Actor actor) {
        MessageOutcome before = message(id).outcome();
        InboundMessage after = intake.process(id); // its own transaction, committed when it returns
        audit.append(AuditEvent.of(actor.username(), AuditAction.MESSAGE_REPROCESSED, now()).on("Message", id)
                .detail(before + " -> " + after.outcome() + ": " + after.outcomeDetail()).origin(actor.origin()).build());
        return after;
    }

    @Override
    public List<byte[]> scrubbed(List<InboundMessage> messages) {
        Map<String, ExportAllowlist> allowlists = new HashMap<>();
        // decoded byte for byte: scrubbing drops and empties fields, and the bytes kept stay as they came, in any character set
        return messages.stream().map(m -> allowlists.computeIfAbsent(m.listener() + " " + m.protocol(), k -> allowlistOf(m))
                .scrub(new String(m.payload(), StandardCharsets.ISO_8859_1)).getBytes(StandardCharsets.ISO_8859_1)).toList();
    }

    private ExportAllowlist allowlistOf(InboundMessage message) {
        return instruments.byListener(message.listener()).map(i -> i.settings().exportAllowlist())
                .orElseGet(() -> ExportAllowlist.defaultFor(message.protocol()));
    }

    @Override
    public InboundMessage original(long id, Actor actor) {
        InboundMessage message = message(id);
        audit.append(AuditEvent.of(actor.username(), AuditAction.MESSAGE_ORIGINAL_READ, now()).on("Message", id)
                .detail("the original, with patient data, of message " + id + " from " + message.listener()).origin(actor.origin()).build());
        return message;
    }

    @Override
    public List<byte[]> export(MessageOutcome outcome, String instrumentCode, int max, Actor actor) {
        List<InboundMessage> found = new ArrayList<>(messages.search(outcome, instrumentCode,
                new PageRequest(0, Math.min(Math.max(max, 1), PageRequest.MAX_SIZE), "id", true)).items());
        Collections.reverse(found); // oldest first, as they were sent
        audit.append(AuditEvent.of(actor.username(), AuditAction.MESSAGES_EXPORTED, now()).on("Instrument", instrumentCode)
                .detail(found.size() + " message(s)" + (outcome == null ? "" : " " + outcome) + ", scrubbed by the instrument's export allowlist")
                .origin(actor.origin()).build());
        return scrubbed(found);
    }

    /**
     * {@code settings} with {@code defaultListener} when they name none, once their listener and port belong to no
     * other instrument and their test codes name tests of the catalogue.
     */
    private InstrumentSettings checked(InstrumentSettings settings, String code, String defaultListener) {
        InstrumentSettings named = settings.listener() == null ? settings.withListener(defaultListener) : settings;
        requireListenerFree(named.listener(), code);
        requirePortFree(named.port(), code);
        requireKnownTests(named);
        return named;
    }

    private void requireListenerFree(String listener, String code) {
        instruments.byListener(listener).filter(other -> !other.code().equals(code)).ifPresent(other -> {
            throw InvalidInputException.of("listener", "listener " + listener + " belongs to instrument " + other.code());
        });
    }

    private void requirePortFree(Integer port, String code) {
        if (port != null) {
            instruments.byPort(port).filter(other -> !other.code().equals(code)).ifPresent(other -> {
                throw InvalidInputException.of("port", "port " + port + " belongs to instrument " + other.code());
            });
        }
    }

    private void requireKnownTests(InstrumentSettings settings) {
        List<String> unknown = settings.testCodes().values().stream().distinct().filter(t -> catalogue.test(t).isEmpty()).sorted().toList();
        if (!unknown.isEmpty()) {
            throw InvalidInputException.of("testCodes", "no such tests in the catalogue: " + unknown);
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
