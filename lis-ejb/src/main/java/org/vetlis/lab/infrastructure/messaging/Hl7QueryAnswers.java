package org.vetlis.lab.infrastructure.messaging;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.AbstractMessage;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.Segment;
import ca.uhn.hl7v2.model.v231.message.DSR_Q03;
import ca.uhn.hl7v2.model.v231.message.QCK_Q02;
import ca.uhn.hl7v2.model.v251.message.RSP_K11;
import ca.uhn.hl7v2.parser.CanonicalModelClassFactory;
import ca.uhn.hl7v2.parser.PipeParser;
import ca.uhn.hl7v2.util.Terser;
import ca.uhn.hl7v2.validation.impl.ValidationContextFactory;

import org.vetlis.connector.hl7.Hl7Header;

/**
 * The answers to the two order queries HL7 analyzers send, built with HAPI; pure (the work comes in as a value).
 * <ul>
 *   <li>IHE LAW LAB-27, QBP^Q11 → RSP^K11: MSA, QAK (OK, or NF when there is nothing to do), the QPD echoed and,
 *   when there is work, PID, SPM, SAC and one ORC + OBR per test in the analyzer's codes (on HAPI's 2.5.1 model; the
 *   order segments RSP^K11 does not define there are added in LAW's order).</li>
 *   <li>Mindray, QRY^Q02 → QCK^Q02 (MSA, ERR, QAK {@code SR|OK} or {@code SR|NF}) and, when there is work, a
 *   DSR^Q03 (MSA, ERR, QAK, QRD and QRF echoed, the positional DSP lines Mindray reads: patient in 1 to 5, barcode
 *   in 21, sampling time in 23, STAT in 24, sample type in 26, one test per DSP from 29 on, an empty DSC: the last
 *   sample), on HAPI's 2.3.1 model. The analyzer acknowledges the DSR with ACK^Q03, which gets no answer.</li>
 * </ul>
 * Every answer carries the query's control ID in MSA-2; the Mindray pair also in MSH-10, as Mindray's hosts do.
 */
final class Hl7QueryAnswers {

    private static final PipeParser V231 = parser("2.3.1");
    private static final PipeParser V251 = parser("2.5.1");
    private static final DateTimeFormatter HL7_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final DateTimeFormatter HL7_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    /** DSP lines before the first test in Mindray's layout. */
    private static final int MINDRAY_TESTS_FROM = 29;

    private Hl7QueryAnswers() {
    }

    private static PipeParser parser(String version) {
        PipeParser parser = new PipeParser(new CanonicalModelClassFactory(version));
        parser.setValidationContext(ValidationContextFactory.noValidation());
        return parser;
    }

    /**
     * An order query as received, read by HAPI.
     *
     * @param text the message, segments ending in CR
     * @param law  QBP^Q11 (IHE LAW) rather than QRY^Q02 (Mindray)
     */
    record Query(String text, Terser asked, boolean law) {

        /** The specimen asked about, as sent: QPD-3 (LAW) or QRD-8, the "who" filter (Mindray); empty for a time-range query. */
        String specimen() throws HL7Exception {
            return or(asked.get(law ? "/QPD-3-1" : "/QRD-8-1"), "").strip();
        }

        String name() {
            return law ? "QBP^Q11" : "QRY^Q02";
        }
    }

    /** The order query {@code text} holds; empty when it is another message (results, an acknowledgement). */
    static Optional<Query> query(String text) throws HL7Exception {
        String type = Hl7Header.field(text, 9);
        if (type.startsWith("QBP") && text.contains("\rQPD")) {
            return Optional.of(new Query(text, new Terser(V251.parse(text)), true));
        }
        if (type.startsWith("QRY") && text.contains("\rQRD")) {
            return Optional.of(new Query(text, new Terser(V231.parse(text)), false));
        }
        return Optional.empty();
    }

    /**
     * The answer, one message or (Mindray) two.
     *
     * @param version MSH-12 of the answer; empty: the query's
     */
    static List<String> answer(Query query, Optional<QueryWork> work, String version) throws HL7Exception {
        return query.law() ? List.of(lawAnswer(query.text(), query.asked(), work, version))
                : mindrayAnswer(query.text(), query.asked(), work, version);
    }

    private static String lawAnswer(String query, Terser asked, Optional<QueryWork> work, String version) throws HL7Exception {
        RSP_K11 reply = new RSP_K11();
        reply.setParser(V251);
        header(reply, asked, "RSP", "K11", "RSP_K11", controlId(asked), version.isEmpty() ? or(asked.get("/MSH-12"), "2.5.1") : version);
        Terser out = new Terser(reply);
        out.set("/MSA-1", "AA");
        out.set("/MSA-2", asked.get("/MSH-10"));
        out.set("/QAK-1", asked.get("/QPD-2"));
        out.set("/QAK-2", work.isPresent() ? "OK" : "NF");
        reply.getQPD().parse(line(query, "QPD"));
        if (work.isPresent()) {
            lawOrder(reply, work.get());
        }
        return V251.encode(reply);
    }

    /** PID, SPM, SAC, then ORC + OBR for each test: the LAW order group. */
    private static void lawOrder(RSP_K11 reply, QueryWork work) throws HL7Exception {
        Segment pid = added(reply, "PID");
        Terser.set(pid, 3, 0, 1, 1, work.patientId());
        Terser.set(pid, 5, 0, 1, 1, work.patientName());
        Terser.set(pid, 7, 0, 1, 1, work.dateOfBirth() == null ? "" : HL7_DATE.format(work.dateOfBirth()));
        Terser.set(pid, 8, 0, 1, 1, work.sex());
        Segment spm = added(reply, "SPM");
        Terser.set(spm, 1, 0, 1, 1, "1");
        Terser.set(spm, 2, 0, 1, 1, work.barcode());
        Terser.set(spm, 4, 0, 1, 1, work.specimenType());
        Terser.set(spm, 11, 0, 1, 1, "P"); // specimen role: patient
        Segment sac = added(reply, "SAC");
        Terser.set(sac, 3, 0, 1, 1, work.barcode());
        for (int i = 0; i < work.analyzerCodes().size(); i++) {
            Segment orc = added(reply, "ORC");
            Terser.set(orc, 1, 0, 1, 1, "NW");
            Terser.set(orc, 2, 0, 1, 1, work.barcode());
            Segment obr = added(reply, "OBR");
            Terser.set(obr, 1, 0, 1, 1, String.valueOf(i + 1));
            Terser.set(obr, 2, 0, 1, 1, work.barcode());
            Terser.set(obr, 4, 0, 1, 1, work.analyzerCodes().get(i));
            Terser.set(obr, 5, 0, 1, 1, work.stat() ? "S" : "R");
        }
    }

    private static Segment added(AbstractMessage reply, String name) throws HL7Exception {
        return (Segment) reply.get(reply.addNonstandardSegment(name));
    }

    /** The QCK^Q02, then the DSR^Q03 when there is work. */
    private static List<String> mindrayAnswer(String query, Terser asked, Optional<QueryWork> work, String version) throws HL7Exception {
        String answerVersion = version.isEmpty() ? or(asked.get("/MSH-12"), "2.3.1") : version;
        String controlId = asked.get("/MSH-10");
        QCK_Q02 accepted = new QCK_Q02();
        accepted.setParser(V231);
        header(accepted, asked, "QCK", "Q02", "", controlId, answerVersion);
        acceptance(new Terser(accepted), controlId, work.isPresent());
        List<String> answers = new ArrayList<>(List.of(V231.encode(accepted)));
        if (work.isPresent()) {
            answers.add(mindrayOrder(query, asked, work.get(), controlId, answerVersion));
        }
        return answers;
    }

    private static String mindrayOrder(String query, Terser asked, QueryWork work, String controlId, String version) throws HL7Exception {
        DSR_Q03 dsr = new DSR_Q03();
        dsr.setParser(V231);
        header(dsr, asked, "DSR", "Q03", "", controlId, version);
        acceptance(new Terser(dsr), controlId, true);
        dsr.getQRD().parse(line(query, "QRD"));
        if (!line(query, "QRF").isEmpty()) {
            dsr.getQRF().parse(line(query, "QRF"));
        }
        List<String> lines = new ArrayList<>();
        lines.add(work.patientId());
        lines.add(""); // bed
        lines.add(work.patientName());
        lines.add(work.dateOfBirth() == null ? "" : HL7_DATE.format(work.dateOfBirth()) + "000000");
        lines.add(work.sex());
        while (lines.size() < 20) {
            lines.add(""); // blood type, patient type, charge type, …: nothing a veterinary lab holds
        }
        lines.add(work.barcode()); // 21
        lines.add(""); // 22, the analyzer's sample number: the analyzer gives it
        lines.add(HL7_TIME.format(work.sampledAt().withOffsetSameInstant(ZoneOffset.UTC))); // 23
        lines.add(work.stat() ? "Y" : "N"); // 24
        lines.add(""); // 25
        lines.add(work.specimenTypeName()); // 26
        lines.add(work.veterinarian() == null ? "" : work.veterinarian()); // 27, who asked
        lines.add(work.clinic() == null ? "" : work.clinic()); // 28, from where
        for (int i = 0; i < lines.size(); i++) {
            display(dsr, i, lines.get(i));
        }
        for (int i = 0; i < work.analyzerCodes().size(); i++) {
            int index = MINDRAY_TESTS_FROM - 1 + i;
            display(dsr, index, "");
            Terser.set(dsr.getDSP(index), 3, 0, 1, 1, work.analyzerCodes().get(i)); // test^name^unit^range: the code is enough
        }
        String encoded = V231.encode(dsr);
        // an empty DSC, which HAPI leaves out, is how Mindray's analyzers know this was the last sample
        return encoded.contains("\rDSC") ? encoded : encoded + "DSC|\r";
    }

    private static void display(DSR_Q03 dsr, int index, String value) throws HL7Exception {
        Terser.set(dsr.getDSP(index), 1, 0, 1, 1, String.valueOf(index + 1));
        Terser.set(dsr.getDSP(index), 3, 0, 1, 1, value);
    }

    /** MSA (accepted), ERR (no error: Mindray's {@code 0}) and QAK {@code SR|OK} or {@code SR|NF}. */
    private static void acceptance(Terser out, String controlId, boolean found) throws HL7Exception {
        out.set("/MSA-1", "AA");
        out.set("/MSA-2", controlId);
        out.set("/MSA-3", "Message accepted");
        out.set("/MSA-6", "0");
        out.set("/ERR-1", "0");
        out.set("/QAK-1", "SR");
        out.set("/QAK-2", found ? "OK" : "NF");
    }

    /** MSH of an answer: VetLIS to whoever asked, now. Set whole here rather than by HAPI's quick start, which keeps a counter file. */
    private static void header(Message reply, Terser asked, String type, String event, String structure, String controlId,
                               String version) throws HL7Exception {
        Terser out = new Terser(reply);
        out.set("/MSH-1", "|");
        out.set("/MSH-2", "^~\\&");
        out.set("/MSH-3", HostQueries.SENDER);
        out.set("/MSH-5", or(asked.get("/MSH-3"), ""));
        out.set("/MSH-6", or(asked.get("/MSH-4"), ""));
        out.set("/MSH-7", HL7_TIME.format(OffsetDateTime.now(ZoneOffset.UTC)));
        out.set("/MSH-9-1", type);
        out.set("/MSH-9-2", event);
        if (!structure.isEmpty()) {
            out.set("/MSH-9-3", structure);
        }
        out.set("/MSH-10", controlId);
        out.set("/MSH-11", or(asked.get("/MSH-11"), "P"));
        out.set("/MSH-12", version);
        String charset = asked.get("/MSH-18");
        if (charset != null && !charset.isBlank()) {
            out.set("/MSH-18", charset); // answered in the character set asked in
        }
    }

    /** An answer's own control ID for a query: the query's, marked as VetLIS's. */
    private static String controlId(Terser asked) throws HL7Exception {
        String id = or(asked.get("/MSH-10"), "");
        return ("R" + id).length() > 20 ? "R" + id.substring(id.length() - 19) : "R" + id;
    }

    /** The first {@code name} segment of {@code message}, as received; empty when there is none. */
    private static String line(String message, String name) {
        for (String segment : message.split("\r")) {
            if (segment.startsWith(name + message.charAt(3)) || segment.equals(name)) {
                return segment;
            }
        }
        return "";
    }

    private static String or(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
