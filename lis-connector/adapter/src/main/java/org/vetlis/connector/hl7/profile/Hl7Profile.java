package org.vetlis.connector.hl7.profile;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.vetlis.connector.astm.profile.SampleIdRule;

/**
 * How one analyzer speaks HL7 v2, as data: an instrument may change any of these settings ({@link #with(Map)}),
 * so a new analyzer is a configuration. What HL7 itself declares wins over the profile: MSH-18 over
 * {@link #charset}, MSH-1 and MSH-2 over any separator.
 *
 * @param charset       how the analyzer encodes text when MSH-18 does not say (ASCII, Latin-1, UTF-8)
 * @param version       the HL7 version VetLIS answers in (MSH-12 of its acknowledgements and query answers); empty:
 *                      the version the analyzer's message names
 * @param testCode      where the analyzer's test code sits in OBX
 * @param sampleId      how a specimen barcode the analyzer sends is cleaned (prefix, leading zeros)
 * @param answerQueries whether order queries (QBP^Q11, QRY^Q02) are answered with work; when not, they are
 *                      answered "not found" and logged, for an analyzer the lab runs in batch mode
 */
public record Hl7Profile(Charset charset, String version, Hl7CodeRule testCode, SampleIdRule sampleId, boolean answerQueries) {

    /** What most analyzers need: the code in OBX-3 component 1, Latin-1 unless MSH-18 says otherwise, queries answered. */
    public static final Hl7Profile STANDARD = new Hl7Profile(StandardCharsets.ISO_8859_1, "", Hl7CodeRule.STANDARD,
            SampleIdRule.STANDARD, true);

    public Hl7Profile {
        version = version == null ? "" : version.strip();
        if (!version.isEmpty() && !version.matches("2\\.[1-9](\\.[0-9])?")) {
            throw new IllegalArgumentException("an HL7 v2 version such as 2.3.1 or 2.5.1, not " + version);
        }
    }

    /**
     * This profile with some settings changed, as an instrument's configuration gives them: {@code charset},
     * {@code version}, {@code test-code.field} (3 or 4), {@code test-code.component}, {@code test-code.plus-segment},
     * {@code sample-id.strip-prefix}, {@code sample-id.strip-leading-zeros}, {@code answer-queries}.
     *
     * @throws IllegalArgumentException naming the setting that is unknown or has a value that cannot work
     */
    public Hl7Profile with(Map<String, String> settings) {
        Charset cs = charset;
        String answerVersion = version;
        Hl7CodeRule code = testCode;
        SampleIdRule sample = sampleId;
        boolean answer = answerQueries;
        for (Map.Entry<String, String> e : settings.entrySet()) {
            String value = e.getValue().strip();
            try {
                switch (e.getKey()) {
                    case "charset" -> cs = Charset.forName(value);
                    case "version" -> answerVersion = value;
                    case "test-code.field" -> code = new Hl7CodeRule(Integer.parseInt(value), code.component(), code.plusSegment());
                    case "test-code.component" -> code = new Hl7CodeRule(code.field(), Integer.parseInt(value), code.plusSegment());
                    case "test-code.plus-segment" -> code = new Hl7CodeRule(code.field(), code.component(), Integer.parseInt(value));
                    case "sample-id.strip-prefix" -> sample = sample.withStripPrefix(value);
                    case "sample-id.strip-leading-zeros" -> sample = sample.withStripLeadingZeros(bool(value));
                    case "answer-queries" -> answer = bool(value);
                    default -> throw new IllegalArgumentException("unknown setting");
                }
                new Hl7Profile(cs, answerVersion, code, sample, answer); // a bad value is named with its key
            } catch (IllegalArgumentException ex) { // NumberFormatException and unsupported character sets included
                throw new IllegalArgumentException("HL7 profile setting " + e.getKey() + "=" + value + ": " + ex.getMessage(), ex);
            }
        }
        return new Hl7Profile(cs, answerVersion, code, sample, answer);
    }

    private static boolean bool(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> throw new IllegalArgumentException("true or false");
        };
    }
}
