package org.vetlis.lab.infrastructure.messaging;

import java.nio.charset.Charset;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.vetlis.connector.api.AnalyzerEnvelope;
import org.vetlis.connector.api.AnalyzerReply;
import org.vetlis.connector.astm.codec.AstmDelimiters;
import org.vetlis.connector.astm.codec.AstmMessage;
import org.vetlis.connector.astm.codec.AstmRecord;
import org.vetlis.connector.astm.codec.AstmRecordBuilder;
import org.vetlis.connector.astm.codec.AstmSyntaxException;
import org.vetlis.connector.astm.profile.AstmProfile;
import org.vetlis.lab.domain.instrument.Instrument;
import org.vetlis.lab.domain.instrument.InstrumentRepository;
import org.vetlis.lab.domain.order.LabOrder;
import org.vetlis.lab.domain.order.Urgency;
import org.vetlis.lab.domain.patient.PatientDetails;

/**
 * Answers an analyzer's host query (Q record: "what do I run on this tube?") while its connection waits: the
 * specimen's tests not yet done, in the analyzer's own codes, one order record per specimen; those runs become
 * SENT. A specimen VetLIS does not know, or with nothing left to do for this analyzer, gets the "no order" answer
 * its profile names. Runs in the transaction that stores the query, so a failure makes the analyzer ask again.
 */
@Stateless
public class HostQueries {

    static final String SENDER = "VetLIS";
    private static final DateTimeFormatter ASTM_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

    @Inject
    private InstrumentRepository instruments;

    @Inject
    private TestsToDo testsToDo;

    @Inject
    private QueryMetrics queryMetrics;

    /**
     * A host query's answer: the records to send back, and what the message log says of it.
     *
     * @param specimens the barcodes asked about
     */
    public record Answer(AnalyzerReply reply, String instrumentCode, List<String> specimens, String detail) {
    }

    /** The answer to send back when {@code envelope} holds a host query for a configured instrument. */
    public Optional<Answer> answer(AnalyzerEnvelope envelope) {
        Instant started = Instant.now();
        byte[] payload = envelope.payload();
        if (!hasQueryRecord(payload)) {
            return Optional.empty(); // most messages are results: no lookup, no decoding while the analyzer waits
        }
        Optional<Instrument> instrument = instruments.byListener(envelope.listener())
                .filter(i -> i.isEnabled() && !i.isCaptureOnly());
        if (instrument.isEmpty()) {
            return Optional.empty();
        }
        AstmProfile profile = instrument.get().settings().astmProfile();
        Charset charset = profile.charset();
        List<AstmMessage> messages;
        try {
            messages = AstmMessage.decodeAll(new String(payload, charset));
        } catch (AstmSyntaxException e) {
            return Optional.empty(); // not a readable query: the reading of the stored message quarantines it
        }
        List<AstmRecord> queries = messages.stream().filter(m -> !AstmContent.namesControlsAfterResults(m)).flatMap(m -> m.records('Q').stream())
                .filter(q -> !"A".equalsIgnoreCase(q.value(13))) // A: the analyzer withdraws its previous request
                .toList();
        if (queries.isEmpty()) {
            return Optional.empty();
        }
        AstmDelimiters d = queries.get(0).delimiters();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<AstmRecord> body = new ArrayList<>();
        List<String> asked = new ArrayList<>();
        for (AstmRecord query : queries) {
            for (String sampleId : profile.sampleId().fromQuery(query)) {
                asked.add(sampleId);
                int patientSequence = (int) body.stream().filter(r -> r.type() == 'P').count() + 1;
                order(sampleId, patientSequence, instrument.get(), profile, d, now).ifPresent(body::addAll);
            }
        }
        AstmMessage reply = body.isEmpty()
                ? profile.noOrder().reply(queries.get(0), asked, SENDER)
                : AstmMessage.of(withHeaderAndTerminator(body, d));
        queryMetrics.answered(instrument.get().code(), !body.isEmpty(), Duration.between(started, Instant.now()));
        String detail = "host query answered: " + (body.isEmpty() ? "no order (" + profile.noOrder() + ")"
                : body.stream().filter(r -> r.type() == 'O').count() + " order(s)");
        return Optional.of(new Answer(AnalyzerReply.of(reply.encode().getBytes(charset)), instrument.get().code(), asked, detail));
    }

    /** The P and O records for one asked specimen, or empty when there is nothing for this analyzer to do. */
    private Optional<List<AstmRecord>> order(String sampleId, int patientSequence, Instrument instrument, AstmProfile profile,
                                             AstmDelimiters d, OffsetDateTime now) {
        Optional<TestsToDo.Work> found = testsToDo.take(sampleId, instrument, now);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        TestsToDo.Work work = found.get();
        LabOrder order = work.order();
        PatientDetails patient = order.patient().details();
        AstmRecord p = new AstmRecordBuilder('P', d).text(2, String.valueOf(patientSequence)).text(4, String.valueOf(order.patient().id()))
                .components(6, patient.name()).text(8, patient.dateOfBirth() == null ? "" : ASTM_DATE.format(patient.dateOfBirth()))
                .text(9, patient.sex() == null ? "U" : patient.sex().name().substring(0, 1)).build();
        List<List<String>> tests = work.analyzerCodes().stream().map(code -> List.of("", "", "", code)).toList();
        AstmRecordBuilder o = new AstmRecordBuilder('O', d).text(2, "1").text(3, sampleId).repeats(5, tests)
                .text(6, order.urgency() == Urgency.STAT ? "S" : "R").text(12, "N").text(16, work.runs().get(0).specimen().type().code());
        for (Map.Entry<Integer, String> field : profile.orderDefaults().entrySet()) {
            o.text(field.getKey(), field.getValue());
        }
        return Optional.of(List.of(p, o.build()));
    }

    /** Whether a record of {@code payload} is a query record (its line starts with Q), whatever the delimiters. */
    static boolean hasQueryRecord(byte[] payload) {
        for (int i = 0; i < payload.length; i++) {
            boolean lineStart = i == 0 || payload[i - 1] == '\r' || payload[i - 1] == '\n';
            if (lineStart && (payload[i] == 'Q' || payload[i] == 'q')) {
                return true;
            }
        }
        return false;
    }

    private static List<AstmRecord> withHeaderAndTerminator(List<AstmRecord> body, AstmDelimiters d) {
        List<AstmRecord> records = new ArrayList<>();
        records.add(new AstmRecordBuilder('H', d).raw(2, d.headerField()).text(5, SENDER).text(12, "P").text(13, "LIS2-A2").build());
        records.addAll(body);
        records.add(new AstmRecordBuilder('L', d).text(2, "1").text(3, "N").build());
        return records;
    }
}
