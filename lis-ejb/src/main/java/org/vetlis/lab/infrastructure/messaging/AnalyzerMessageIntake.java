package org.vetlis.lab.infrastructure.messaging;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import ca.uhn.hl7v2.HL7Exception;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.vetlis.connector.astm.codec.AstmMessage;
import org.vetlis.connector.astm.codec.AstmSyntaxException;
import org.vetlis.lab.application.MessageIntake;
import org.vetlis.lab.application.internal.ResultReader;
import org.vetlis.lab.domain.audit.AuditAction;
import org.vetlis.lab.domain.audit.AuditEvent;
import org.vetlis.lab.domain.audit.AuditTrail;
import org.vetlis.lab.domain.instrument.Instrument;
import org.vetlis.lab.domain.instrument.InstrumentRepository;
import org.vetlis.lab.domain.instrument.InstrumentSettings;
import org.vetlis.lab.domain.instrument.ResultReceipt;
import org.vetlis.lab.domain.instrument.ResultReceipts;
import org.vetlis.lab.domain.messagelog.InboundMessage;
import org.vetlis.lab.domain.messagelog.InboundMessageRepository;
import org.vetlis.lab.domain.messagelog.MessageKind;
import org.vetlis.lab.domain.messagelog.MessageOutcome;
import org.vetlis.lab.domain.order.AccessionFormat;
import org.vetlis.lab.domain.order.AccessionNumber;
import org.vetlis.lab.domain.order.InstrumentResult;
import org.vetlis.lab.domain.order.LabOrder;
import org.vetlis.lab.domain.order.OrderRepository;
import org.vetlis.lab.domain.order.TestRun;
import org.vetlis.lab.domain.patient.ReportedAnimal;
import org.vetlis.lab.domain.shared.ConflictException;
import org.vetlis.lab.domain.shared.NotFoundException;
import org.vetlis.lab.domain.shared.Page;
import org.vetlis.lab.domain.shared.PageRequest;

/**
 * Reads a stored ASTM message with its instrument's profile and attaches each result to its test run. A result
 * that cannot be attached (unknown or unreadable barcode, unmapped test code, test not ordered) is not guessed at:
 * the message goes to quarantine with the reasons, and matching it again later attaches what can be attached then.
 * A result taken before (same instrument, specimen, code and completion time) is never taken twice.
 */
@Stateless
public class AnalyzerMessageIntake implements MessageIntake {

    private static final Logger LOG = Logger.getLogger(AnalyzerMessageIntake.class.getName());

    @Inject
    private InboundMessageRepository messages;

    @Inject
    private InstrumentRepository instruments;

    @Inject
    private ResultReceipts receipts;

    @Inject
    private ResultReader reader;

    @Inject
    private ControlResults controls;

    @Inject
    private OrderRepository orders;

    @Inject
    private AccessionFormat accessionFormat;

    @Inject
    private AuditTrail audit;

    @EJB
    private MessageIntake self;

    @Inject
    private MetricRegistry metrics;

    @Override
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void processLater(long messageId) {
        for (int attempt = 1; ; attempt++) {
            try {
                self.processIfUnread(messageId);
                return;
            } catch (RuntimeException e) {
                if (attempt == 3) {
                    // left without an outcome: the sweep reads it again, and quarantines a message that keeps failing
                    LOG.log(Level.WARNING, "Analyzer message " + messageId + " could not be read now; it is read again later", e);
                    return;
                }
                // most often another message's results changed the same order meanwhile: read again, from the start
                LOG.log(Level.FINE, "Analyzer message " + messageId + ": attempt " + attempt + " failed", e);
            }
        }
    }

    @Override
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void rematchQuarantined(String instrumentCode) {
        int page = 0;
        List<Long> ids = new ArrayList<>();
        Page<InboundMessage> quarantined;
        do {
            quarantined = messages.search(MessageOutcome.QUARANTINED, instrumentCode, new PageRequest(page++, PageRequest.MAX_SIZE, "id", false));
            quarantined.items().forEach(m -> ids.add(m.id()));
        } while ((long) page * PageRequest.MAX_SIZE < quarantined.total());
        int matched = 0;
        for (long id : ids) {
            try {
                matched += self.process(id).outcome() == MessageOutcome.QUARANTINED ? 0 : 1;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Quarantined message " + id + " could not be matched again", e);
            }
        }
        int done = matched;
        LOG.info(() -> "Instrument " + instrumentCode + " changed: " + done + " of " + ids.size() + " quarantined messages matched");
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public InboundMessage process(long messageId) {
        return counted(read(stored(messageId)));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void processIfUnread(long messageId) {
        InboundMessage message = stored(messageId);
        if (message.outcome() == null) {
            counted(read(message));
        }
    }

    private InboundMessage counted(InboundMessage message) {
        metrics.counter(Metadata.builder().withName("vetlis.analyzer.messages.read")
                        .withDescription("Analyzer messages read, by instrument and outcome").build(),
                new Tag("instrument", message.instrumentCode() == null ? "none" : message.instrumentCode()),
                new Tag("outcome", message.outcome().name())).inc();
        return message;
    }

    private InboundMessage stored(long messageId) {
        return messages.find(messageId).orElseThrow(() -> new NotFoundException("message", messageId));
    }

    private InboundMessage read(InboundMessage message) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Optional<Instrument> configured = instruments.byListener(message.listener());
        if (configured.isEmpty()) {
            message.processed(null, null, MessageOutcome.CAPTURED, "no instrument is configured for listener " + message.listener(),
                    List.of(), now);
            return message;
        }
        Instrument instrument = configured.get();
        InstrumentSettings settings = instrument.settings();
        AnalyzerContent content;
        try {
            byte[] payload = message.payload();
            content = "HL7".equals(message.protocol())
                    ? Hl7Content.read(new String(payload, Hl7Content.charsetOf(payload, settings.charset())), settings.hl7Profile())
                    : AstmContent.read(AstmMessage.decodeAll(new String(payload, settings.charset())), settings.astmProfile());
        } catch (AstmSyntaxException | HL7Exception e) {
            message.processed(instrument.code(), MessageKind.UNREADABLE, instrument.isCaptureOnly() ? MessageOutcome.CAPTURED
                    : MessageOutcome.QUARANTINED, e.getMessage(), List.of(), now);
            return message;
        }
        if (!instrument.isEnabled() || instrument.isCaptureOnly()) {
            // kept, with its kind and tubes so it can be found, and nothing acted on
            message.processed(instrument.code(), content.kind(), MessageOutcome.CAPTURED,
                    instrument.isCaptureOnly() ? "capture only" : "instrument disabled", content.sampleIds(), now);
            return message;
        }
        Optional<Long> earlier = messages.repeated(message);
        if (earlier.isPresent()) {
            // sent again because our acknowledgement was lost: answered again, not read a second time (a control ID used
            // again for other content, as analyzers do once they restart their counters, is a new message and read)
            message.processed(instrument.code(), content.kind(), MessageOutcome.DUPLICATE, "the same message as message " + earlier.get()
                    + " (control ID " + message.controlId() + "), sent again: acknowledged again, nothing taken twice", content.sampleIds(), now);
            return message;
        }
        if (content.kind() == MessageKind.QC) {
            ControlResults.Taken taken = controls.take(content, instrument, message.id(), now);
            String detail = content.results().isEmpty() ? "quality control message kept; it holds no result VetLIS reads as a control"
                    : taken.stored() + " QC result(s)" + (taken.rejected() > 0 ? ", the run rejected" : "")
                    + (taken.unmatched().isEmpty() ? "" : "; not matched: " + String.join("; ", taken.unmatched()));
            message.processed(instrument.code(), content.kind(), taken.unmatched().isEmpty() ? MessageOutcome.PROCESSED : MessageOutcome.QUARANTINED,
                    detail, content.sampleIds(), now);
            return message;
        }
        if (content.kind() != MessageKind.RESULTS) {
            String detail = switch (content.kind()) {
                case QUERY -> "HL7".equals(message.protocol()) ? "HL7 order query (answered on the connection that asked)"
                        : "host query (answered on the connection that asked)";
                default -> "nothing to act on";
            };
            message.processed(instrument.code(), content.kind(), MessageOutcome.PROCESSED, detail, content.sampleIds(), now);
            return message;
        }
        Tally tally = new Tally();
        for (AnalyzerContent.Reported reported : content.results()) {
            take(reported, instrument, message, tally, now);
        }
        if (content.animal().stated()) {
            compareAnimal(content.animal(), instrument, tally, now);
        }
        // flags, delta checks and critical values for the message's results together
        ResultReader.Outcome read = reader.readAll(tally.runs, now);
        String origin = "analyzer " + message.peerAddress();
        read.alerts().forEach(alert -> tally.audited.add(AuditEvent.of(instrument.code(), AuditAction.CRITICAL_VALUE_RAISED, now)
                .on("TestRun", alert.testRunId()).detail(alert.summary()).origin(origin).build()));
        read.verified().forEach(v -> tally.audited.add(AuditEvent.of(v.rule(), AuditAction.RESULT_AUTOVERIFIED, now)
                .on("TestRun", v.run().id()).detail(v.run().test().code() + " " + v.run().value() + " " + v.run().unit() + " verified by "
                        + v.rule() + " (message " + message.id() + ")").origin(origin).build()));
        // appended last and at once: the audit chain's head stays locked only from here to the commit
        audit.appendAll(tally.audited);
        message.processed(instrument.code(), MessageKind.RESULTS, tally.outcome(), tally.detail(), content.sampleIds(), now);
        return message;
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void setAside(long messageId, String reason) {
        messages.find(messageId).ifPresent(m -> m.processed(m.instrumentCode(), MessageKind.UNREADABLE, MessageOutcome.QUARANTINED,
                reason, List.of(), OffsetDateTime.now(ZoneOffset.UTC)));
    }

    private void take(AnalyzerContent.Reported reported, Instrument instrument, InboundMessage message, Tally tally, OffsetDateTime now) {
        String where = reported.sampleId() + "/" + reported.analyzerCode();
        AccessionNumber accession;
        try {
            accession = accessionFormat.read(reported.sampleId());
        } catch (IllegalArgumentException e) {
            tally.unmatched.add(where + ": " + e.getMessage());
            return;
        }
        Optional<String> testCode = instrument.testFor(reported.analyzerCode());
        if (testCode.isEmpty()) {
            tally.unmatched.add(where + ": no test is mapped to analyzer code " + reported.analyzerCode());
            return;
        }
        Specimen specimen = tally.specimens.computeIfAbsent(accession.value(),
                a -> new Specimen(orders.findBySpecimen(accession), receipts.takenOn(instrument.code(), a)));
        if (specimen.order().isEmpty()) {
            tally.unmatched.add(where + ": no specimen " + accession);
            return;
        }
        String reportedAt = reported.completedAt().isEmpty() ? "sha:" + message.payloadSha256().substring(0, 16) : reported.completedAt();
        if (!specimen.taken().add(ResultReceipt.key(reported.analyzerCode(), reportedAt, reported.value()))) {
            tally.duplicates++;
            return;
        }
        try {
            TestRun run = specimen.order().get().recordInstrumentResult(accession, testCode.get(), new InstrumentResult(instrument.code(),
                    reported.value(), reported.unit(), reported.flags(), reported.status(), reported.range(), reported.comment()), now);
            orders.store(run);
            tally.runs.add(run);
            receipts.store(new ResultReceipt(instrument.code(), accession.value(), reported.analyzerCode(), reportedAt, reported.value(), run,
                    message.id()));
            tally.audited.add(AuditEvent.of(instrument.code(), AuditAction.RESULT_RECEIVED, now).on("TestRun", run.id())
                    .detail(testCode.get() + " " + reported.value() + " " + reported.unit() + " on " + accession
                            + " (message " + message.id() + ")").origin("analyzer " + message.peerAddress()).build());
            tally.taken++;
        } catch (ConflictException e) {
            tally.unmatched.add(where + ": " + e.getMessage());
        }
    }

    /**
     * The species or breed the analyzer sent, against each patient its results went to: a disagreement is written on
     * the order for whoever verifies it (the tube may be another animal's) and in the message's outcome.
     */
    private void compareAnimal(ReportedAnimal reported, Instrument instrument, Tally tally, OffsetDateTime now) {
        tally.specimens.forEach((accession, specimen) -> specimen.order().ifPresent(order -> reported.disagreementWith(order.patient())
                .ifPresent(difference -> {
                    String warning = "Identity check: " + instrument.code() + " reported " + difference + " for specimen " + accession
                            + ". Make sure the tube is " + order.patient().name() + "'s before verifying.";
                    if (order.comments().stream().noneMatch(c -> c.text().equals(warning))) {
                        order.comment(warning, instrument.code(), now);
                        tally.audited.add(AuditEvent.of(instrument.code(), AuditAction.ORDER_COMMENTED, now).on("Order", order.id())
                                .detail(warning).origin("analyzer " + instrument.code()).build());
                    }
                    // every result of the tube waits for a person, whatever a rule would allow
                    tally.runs.stream().filter(r -> r.specimen().accession().value().equals(accession))
                            .forEach(r -> r.hold("Identity check: " + instrument.code() + " reported " + difference));
                    tally.warnings.add(accession + ": " + difference);
                })));
    }

    /** A specimen a message reports on: its order (looked up once per message) and what was taken on it before. */
    private record Specimen(Optional<LabOrder> order, Set<String> taken) {
    }

    /** What happened to the results of one message. */
    private static final class Tally {
        private int taken;
        private int duplicates;
        private final List<String> unmatched = new ArrayList<>();
        private final Map<String, Specimen> specimens = new HashMap<>();
        private final List<AuditEvent> audited = new ArrayList<>();
        private final List<TestRun> runs = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();

        MessageOutcome outcome() {
            if (!unmatched.isEmpty()) {
                return MessageOutcome.QUARANTINED;
            }
            return taken == 0 && duplicates > 0 ? MessageOutcome.DUPLICATE : MessageOutcome.PROCESSED;
        }

        String detail() {
            String counts = taken + " taken" + (duplicates > 0 ? ", " + duplicates + " received before" : "")
                    + (warnings.isEmpty() ? "" : "; species/breed mismatch: " + String.join("; ", warnings));
            return unmatched.isEmpty() ? counts : counts + "; not matched: " + String.join("; ", unmatched);
        }
    }
}
