package org.vetlis.lab.infrastructure.messaging;

import java.io.IOException;
import java.nio.charset.Charset;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.Segment;
import ca.uhn.hl7v2.model.v251.message.RSP_K11;
import ca.uhn.hl7v2.parser.CanonicalModelClassFactory;
import ca.uhn.hl7v2.parser.PipeParser;
import ca.uhn.hl7v2.util.DeepCopy;
import ca.uhn.hl7v2.util.Terser;
import ca.uhn.hl7v2.validation.impl.ValidationContextFactory;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.vetlis.lab.domain.instrument.Instrument;
import org.vetlis.lab.domain.instrument.InstrumentRepository;
import org.vetlis.lab.domain.order.Urgency;
import org.vetlis.lab.domain.patient.PatientDetails;

/**
 * Answers an HL7 analyzer's order query as IHE LAW's LAB-27 has it: QBP^Q11 (QPD-2 query tag, QPD-3 specimen) →
 * RSP^K11 with MSA, QAK (OK, or NF when there is nothing to do), the QPD echoed and, when there is work, the patient
 * (PID), the specimen (SPM, SAC) and one ORC + OBR per test in the analyzer's codes. Built with HAPI on its 2.5.1
 * model; the order segments RSP^K11 does not define in 2.5.1 are added in LAW's order. Runs in the transaction that
 * stores the query: the runs sent and the answer commit together.
 */
@Stateless
public class Hl7Queries {

    private static final PipeParser PARSER = parser();
    private static final DateTimeFormatter HL7_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

    @Inject
    private InstrumentRepository instruments;

    @Inject
    private TestsToDo testsToDo;

    @Inject
    private QueryMetrics queryMetrics;

    private static PipeParser parser() {
        PipeParser parser = new PipeParser(new CanonicalModelClassFactory("2.5.1"));
        parser.setValidationContext(ValidationContextFactory.noValidation());
        return parser;
    }

    /**
     * The RSP^K11 for a QBP^Q11 of a configured instrument; empty for any other message.
     *
     * @param text    the message as received on {@code listener}, decoded in {@code charset} and {@link Hl7Content#normalised}
     */
    public Optional<HostQueries.Answer> answer(String listener, String text, Charset charset) {
        if (!text.contains("\rQPD")) {
            return Optional.empty(); // results and acknowledgements: no parsing while the analyzer waits
        }
        Optional<Instrument> instrument = instruments.byListener(listener).filter(i -> i.isEnabled() && !i.isCaptureOnly());
        if (instrument.isEmpty()) {
            return Optional.empty();
        }
        Instant started = Instant.now();
        try {
            Message query = PARSER.parse(text);
            Terser asked = new Terser(query);
            if (!"QBP".equals(asked.get("/MSH-9-1"))) {
                return Optional.empty();
            }
            String specimen = instrument.get().settings().astmProfile().sampleId().clean(asked.get("/QPD-3-1") == null ? "" : asked.get("/QPD-3-1"));
            Optional<TestsToDo.Work> work = testsToDo.take(specimen, instrument.get(), OffsetDateTime.now(ZoneOffset.UTC));
            RSP_K11 reply = reply(query, asked, work);
            queryMetrics.answered(instrument.get().code(), work.isPresent(), Duration.between(started, Instant.now()));
            String detail = "HL7 host query answered: " + work.map(w -> w.runs().size() + " test(s)").orElse("no order (QAK NF)");
            return Optional.of(new HostQueries.Answer(PARSER.encode(reply).getBytes(charset), instrument.get().code(), List.of(specimen),
                    detail));
        } catch (HL7Exception | IOException unreadable) {
            return Optional.empty(); // acknowledged as any message; the reading quarantines it with the reason
        }
    }

    private static RSP_K11 reply(Message query, Terser asked, Optional<TestsToDo.Work> work) throws HL7Exception, IOException {
        RSP_K11 reply = new RSP_K11();
        reply.initQuickstart("RSP", "K11", asked.get("/MSH-11") == null ? "P" : asked.get("/MSH-11"));
        Terser out = new Terser(reply);
        out.set("/MSH-3", HostQueries.SENDER);
        out.set("/MSH-5", asked.get("/MSH-3"));
        out.set("/MSH-6", asked.get("/MSH-4"));
        out.set("/MSH-9-3", "RSP_K11");
        out.set("/MSA-1", "AA");
        out.set("/MSA-2", asked.get("/MSH-10"));
        out.set("/QAK-1", asked.get("/QPD-2"));
        out.set("/QAK-2", work.isPresent() ? "OK" : "NF");
        DeepCopy.copy((Segment) query.get("QPD"), reply.getQPD());
        if (work.isPresent()) {
            orderSegments(reply, work.get());
        }
        return reply;
    }

    /** PID, SPM, SAC, then ORC + OBR for each test: the LAW order group. */
    private static void orderSegments(RSP_K11 reply, TestsToDo.Work work) throws HL7Exception {
        PatientDetails patient = work.order().patient().details();
        Segment pid = segment(reply, "PID");
        Terser.set(pid, 3, 0, 1, 1, String.valueOf(work.order().patient().id()));
        Terser.set(pid, 5, 0, 1, 1, patient.name());
        Terser.set(pid, 7, 0, 1, 1, patient.dateOfBirth() == null ? "" : HL7_DATE.format(patient.dateOfBirth()));
        Terser.set(pid, 8, 0, 1, 1, patient.sex() == null ? "U" : patient.sex().name().substring(0, 1));
        String barcode = work.accession().value();
        Segment spm = segment(reply, "SPM");
        Terser.set(spm, 1, 0, 1, 1, "1");
        Terser.set(spm, 2, 0, 1, 1, barcode);
        Terser.set(spm, 4, 0, 1, 1, work.runs().get(0).specimen().type().code());
        Terser.set(spm, 11, 0, 1, 1, "P"); // specimen role: patient
        Segment sac = segment(reply, "SAC");
        Terser.set(sac, 3, 0, 1, 1, barcode);
        for (int i = 0; i < work.runs().size(); i++) {
            Segment orc = segment(reply, "ORC");
            Terser.set(orc, 1, 0, 1, 1, "NW");
            Terser.set(orc, 2, 0, 1, 1, barcode);
            Segment obr = segment(reply, "OBR");
            Terser.set(obr, 1, 0, 1, 1, String.valueOf(i + 1));
            Terser.set(obr, 2, 0, 1, 1, barcode);
            Terser.set(obr, 4, 0, 1, 1, work.analyzerCodes().get(i));
            Terser.set(obr, 5, 0, 1, 1, work.order().urgency() == Urgency.STAT ? "S" : "R");
        }
    }

    private static Segment segment(RSP_K11 reply, String name) throws HL7Exception {
        return (Segment) reply.get(reply.addNonstandardSegment(name));
    }
}
