package org.vetlis.lab.infrastructure.messaging;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.GenericSegment;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.Segment;
import ca.uhn.hl7v2.parser.EncodingCharacters;
import ca.uhn.hl7v2.parser.GenericModelClassFactory;
import ca.uhn.hl7v2.parser.PipeParser;
import ca.uhn.hl7v2.util.Terser;
import ca.uhn.hl7v2.validation.impl.ValidationContextFactory;

import org.vetlis.connector.hl7.Hl7Header;
import org.vetlis.connector.hl7.profile.Hl7CodeRule;
import org.vetlis.connector.hl7.profile.Hl7Profile;
import org.vetlis.lab.domain.patient.ReportedAnimal;

/**
 * Reads an HL7 v2 message into {@link AnalyzerContent}, with HAPI doing the HL7: the header, the encoding characters
 * it declares, escapes ({@code \F\ \S\ \T\ \R\ \E\}) and repetitions. Segments are read one by one in the order they
 * came, not fitted to a message structure, because analyzers put segments where the standard does not (INV between
 * OBX, OBX without OBR); what matters is which specimen segment came last before each OBX.
 *
 * <p>Where the specimen is: the last SPM-2 (IHE LAW), SAC-3, OBR-2 (placer number: VetLIS's barcode) or OBR-3
 * (filler number) seen, in that order of preference within one order group; in a query, QRD-8 (QRY^Q02) or QPD-3
 * (QBP^Q11). The analyzer's code is where the instrument's {@link Hl7CodeRule} says (OBX-3 component 1 unless
 * configured); its completion time OBX-19, else OBX-14, else OBR-7. The species and breed an analyzer sends (PID-35,
 * PID-36) are read as sent, to be compared with the patient's, never to replace them.
 */
final class Hl7Content {

    /**
     * A parser that checks the message's shape only as far as reading it needs (analyzers bend the rules). Made once:
     * HAPI parsers are safe to share, and their model class look-ups are cached per instance.
     */
    private static final PipeParser PARSER = parser();

    private Hl7Content() {
    }

    private static PipeParser parser() {
        PipeParser parser = new PipeParser(new GenericModelClassFactory());
        parser.setValidationContext(ValidationContextFactory.noValidation());
        return parser;
    }

    /**
     * The character set MSH-18 names ({@code UNICODE UTF-8}, {@code UNICODE}, {@code 8859/1}, {@code ASCII}), else
     * {@code fallback} (the instrument's).
     */
    static Charset charsetOf(byte[] payload, Charset fallback) {
        String named = Hl7Header.field(payload, 18).strip().toUpperCase(java.util.Locale.ROOT);
        return switch (named) {
            case "UNICODE", "UNICODE UTF-8", "UTF-8" -> StandardCharsets.UTF_8;
            case "8859/1", "ASCII" -> StandardCharsets.ISO_8859_1;
            default -> fallback;
        };
    }

    /** The message with segments ending in CR, whatever the sender used (CR, LF or CR LF). */
    static String normalised(String text) {
        return text.replace("\r\n", "\r").replace('\n', '\r').strip() + "\r";
    }

    /**
     * @throws HL7Exception when the text is not an HL7 v2 message HAPI can read (no MSH, unreadable encoding characters)
     */
    static AnalyzerContent read(String text, Hl7Profile profile) throws HL7Exception {
        String message = normalised(text);
        PipeParser parser = PARSER;
        Message parsed = parser.parse(message);
        Terser header = new Terser(parsed);
        String type = header.get("/MSH-9-1");
        EncodingCharacters encoding = encoding(message);
        boolean query = "QRY".equals(type) || "QBP".equals(type);
        boolean qc = "2".equals(header.get("/MSH-16")); // Mindray: 0 patient, 1 calibration, 2 QC
        List<AnalyzerContent.Reported> results = new ArrayList<>();
        List<String> samples = new ArrayList<>();
        Group group = new Group();
        int commentsGoTo = -1;
        String species = "";
        String breed = "";
        var sampleIds = profile.sampleId();
        for (String line : message.split("\r")) {
            if (line.length() < 3 || line.startsWith("MSH")) {
                continue;
            }
            Segment segment = new GenericSegment(parsed, line.substring(0, 3));
            parser.parse(segment, line, encoding);
            if (!"NTE".equals(segment.getName()) && !"OBX".equals(segment.getName())) {
                commentsGoTo = -1;
            }
            switch (segment.getName()) {
                case "PID" -> { // the first patient only: an analyzer's message is about one animal
                    species = species.isEmpty() ? coded(segment, 35) : species;
                    breed = breed.isEmpty() ? coded(segment, 36) : breed;
                }
                case "QRD" -> query(samples, sampleIds.clean(value(segment, 8, 1, 1)));
                case "QPD" -> query(samples, sampleIds.clean(value(segment, 3, 1, 1)));
                case "SPM" -> group.specimen(value(segment, 2, 1, 1), value(segment, 2, 2, 1));
                case "SAC" -> group.container(value(segment, 3, 1, 1));
                case "OBR" -> {
                    group.order(value(segment, 2, 1, 1), value(segment, 3, 1, 1), value(segment, 7, 1, 1));
                    qc |= "Q".equals(value(segment, 15, 7, 1)); // OBR-15 specimen source, role Q: a control
                }
                case "OBX" -> {
                    String sample = sampleIds.clean(group.sampleId());
                    if (!sample.isEmpty() && !samples.contains(sample)) {
                        samples.add(sample);
                    }
                    Optional<AnalyzerContent.Reported> result = observation(segment, profile.testCode(), sample, group.orderTime());
                    result.ifPresent(results::add);
                    commentsGoTo = result.isPresent() ? results.size() - 1 : -1;
                }
                case "NTE" -> {
                    if (commentsGoTo >= 0) { // notes after an OBX are about its result
                        results.set(commentsGoTo, results.get(commentsGoTo).withComment(value(segment, 3, 1, 1)));
                    }
                }
                default -> { }
            }
        }
        return new AnalyzerContent(AnalyzerContent.kindOf(query, qc, results), results, samples, new ReportedAnimal(species, breed));
    }

    /** MSH-1 and MSH-2, as the message declares them (HAPI has read the header with them already). */
    private static EncodingCharacters encoding(String message) {
        char fieldSeparator = message.charAt(3);
        int end = message.indexOf(fieldSeparator, 4);
        return new EncodingCharacters(fieldSeparator, message.substring(4, end < 0 ? message.length() : end));
    }

    private static void query(List<String> samples, String sample) {
        if (!sample.isEmpty() && !samples.contains(sample)) {
            samples.add(sample);
        }
    }

    private static Optional<AnalyzerContent.Reported> observation(Segment obx, Hl7CodeRule codeRule, String sample, String orderTime)
            throws HL7Exception {
        String code = codeRule.code(value(obx, codeRule.field(), codeRule.component(), 1));
        String value = "SN".equals(value(obx, 2, 1, 1)) ? value(obx, 5, 1, 1) + value(obx, 5, 2, 1) : value(obx, 5, 1, 1);
        if (code.isEmpty() || value.isEmpty() || "\"\"".equals(value)) {
            return Optional.empty(); // no result in it (a failed run reports its reason in OBX-8)
        }
        String completed = first(value(obx, 19, 1, 1), value(obx, 14, 1, 1), orderTime);
        return Optional.of(new AnalyzerContent.Reported(sample, code, value, value(obx, 6, 1, 1), value(obx, 7, 1, 1), flags(obx),
                value(obx, 11, 1, 1), completed, ""));
    }

    /** OBX-8, every repetition, joined by {@code ~}; the explicit null {@code ""} counts as none. */
    private static String flags(Segment obx) throws HL7Exception {
        List<String> flags = new ArrayList<>();
        if (obx.numFields() < 8) {
            return "";
        }
        for (int rep = 0; rep < obx.getField(8).length; rep++) {
            String flag = Terser.get(obx, 8, rep, 1, 1);
            if (flag != null && !flag.isBlank() && !"\"\"".equals(flag)) {
                flags.add(flag.strip());
            }
        }
        return String.join("~", flags);
    }

    /** Field {@code field}, first repetition, component and subcomponent as numbered in the standard; empty if absent. */
    private static String value(Segment segment, int field, int component, int subcomponent) throws HL7Exception {
        if (segment.numFields() < field) {
            return "";
        }
        String v = Terser.get(segment, field, 0, component, subcomponent);
        return v == null ? "" : v.strip();
    }

    /** A coded field (CE/CWE) as the analyzer names it: its text, else its identifier. */
    private static String coded(Segment segment, int field) throws HL7Exception {
        return first(value(segment, field, 2, 1), value(segment, field, 1, 1));
    }

    private static String first(String... candidates) {
        for (String c : candidates) {
            if (!c.isEmpty()) {
                return c;
            }
        }
        return "";
    }

    /** The specimen of the order group being read: the most specific identifier seen since the group began. */
    private static final class Group {
        private String specimen = "";
        private String container = "";
        private String placer = "";
        private String filler = "";
        private String orderTime = "";

        void specimen(String placerAssigned, String fillerAssigned) {
            specimen = first(placerAssigned, fillerAssigned);
            container = "";
        }

        void container(String id) {
            container = id;
        }

        void order(String placerNumber, String fillerNumber, String observedAt) {
            placer = "\"\"".equals(placerNumber) ? "" : placerNumber;
            filler = fillerNumber;
            orderTime = observedAt;
        }

        String sampleId() {
            return first(specimen, container, placer, filler);
        }

        String orderTime() {
            return orderTime;
        }
    }
}
