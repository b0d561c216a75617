package org.vetlis.connector.astm.profile;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How one analyzer model speaks ASTM, as data rather than code: an instrument names a profile and may override
 * any of its settings ({@link #with(Map)}), so a new analyzer is a configuration, not a fork of the connector.
 *
 * @param name          what the lab calls it, e.g. {@code strict}, {@code tolerant}
 * @param framing       how strictly frames are checked
 * @param charset       how the analyzer encodes text (ASCII, Latin-1, UTF-8)
 * @param maxFrameText  text bytes per frame VetLIS sends (240 by E1381; LIS1-A allows more)
 * @param testCode      where the analyzer's test code sits in R.3 and O.5
 * @param sampleId      where the specimen barcode sits in O.3 and Q.3, and how it is cleaned
 * @param noOrder       how VetLIS says "no order" to a host query
 * @param orderDefaults fields every order VetLIS sends carries, by number (e.g. 16 → body fluid, 26 → report type)
 */
public record AstmProfile(String name, Framing framing, Charset charset, int maxFrameText, TestCodeRule testCode,
                          SampleIdRule sampleId, NoOrderReply noOrder, Map<Integer, String> orderDefaults) {

    /** How frames are checked. */
    public enum Framing {
        /** Checksums and frame numbers required, as E1381 says: a bad frame gets NAK. */
        STRICT,
        /** Frames without frame number or checksum accepted (simplified senders); a wrong checksum is logged, not refused. */
        TOLERANT
    }

    /** The standard, checked strictly: most analyzers of the last twenty years. */
    public static final AstmProfile STRICT = new AstmProfile("strict", Framing.STRICT, StandardCharsets.ISO_8859_1, 240,
            TestCodeRule.STANDARD, SampleIdRule.STANDARD, NoOrderReply.TERMINATOR_I, Map.of(26, "Q"));

    /** For senders that leave out frame numbers and checksums (one record per STX…ETX, CR between records). */
    public static final AstmProfile TOLERANT = new AstmProfile("tolerant", Framing.TOLERANT, StandardCharsets.ISO_8859_1, 240,
            TestCodeRule.STANDARD, SampleIdRule.STANDARD, NoOrderReply.TERMINATOR_I, Map.of(26, "Q"));

    public AstmProfile {
        if (maxFrameText < 16 || maxFrameText > 63_993) {
            throw new IllegalArgumentException("frame text must be 16 to 63,993 bytes (LIS1-A), not " + maxFrameText);
        }
        orderDefaults = Map.copyOf(orderDefaults);
    }

    /** A shipped profile by name. */
    public static AstmProfile named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "strict" -> STRICT;
            case "tolerant" -> TOLERANT;
            default -> throw new IllegalArgumentException("no ASTM profile '" + name + "' (strict, tolerant)");
        };
    }

    /**
     * This profile with some settings changed, as an instrument's configuration gives them:
     * {@code charset}, {@code max-frame-text}, {@code test-code.component}, {@code test-code.plus-segment},
     * {@code sample-id.order-component}, {@code sample-id.query-component}, {@code sample-id.strip-prefix},
     * {@code sample-id.strip-leading-zeros}, {@code no-order} (TERMINATOR_I, ORDER_Y, QUERY_X),
     * {@code order.N} (field N of every order sent, e.g. {@code order.16=SERUM}).
     *
     * @throws IllegalArgumentException naming the setting that is unknown or has a value that cannot work
     */
    public AstmProfile with(Map<String, String> settings) {
        Charset cs = charset;
        int frameText = maxFrameText;
        TestCodeRule code = testCode;
        SampleIdRule sample = sampleId;
        NoOrderReply reply = noOrder;
        Map<Integer, String> defaults = new LinkedHashMap<>(orderDefaults);
        for (Map.Entry<String, String> e : settings.entrySet()) {
            String key = e.getKey();
            String value = e.getValue().strip();
            try {
                switch (key) {
                    case "charset" -> cs = Charset.forName(value);
                    case "max-frame-text" -> frameText = Integer.parseInt(value);
                    case "test-code.component" -> code = new TestCodeRule(Integer.parseInt(value), code.plusSegment());
                    case "test-code.plus-segment" -> code = new TestCodeRule(code.component(), Integer.parseInt(value));
                    case "sample-id.order-component" -> sample = sample.withOrderComponent(Integer.parseInt(value));
                    case "sample-id.query-component" -> sample = sample.withQueryComponent(Integer.parseInt(value));
                    case "sample-id.strip-prefix" -> sample = sample.withStripPrefix(value);
                    case "sample-id.strip-leading-zeros" -> sample = sample.withStripLeadingZeros(Boolean.parseBoolean(value));
                    case "no-order" -> reply = NoOrderReply.valueOf(value.toUpperCase(Locale.ROOT));
                    default -> {
                        if (!key.startsWith("order.")) {
                            throw new IllegalArgumentException("unknown setting");
                        }
                        int field = Integer.parseInt(key.substring("order.".length()));
                        if (field < 6 || field > 31) {
                            throw new IllegalArgumentException("VetLIS writes O.1 to O.5 itself; O has 31 fields");
                        }
                        defaults.put(field, value);
                    }
                }
            } catch (IllegalArgumentException ex) { // NumberFormatException and unknown enum names included
                throw new IllegalArgumentException("ASTM profile setting " + key + "=" + value + ": " + ex.getMessage(), ex);
            }
        }
        return new AstmProfile(name, framing, cs, frameText, code, sample, reply, defaults);
    }
}
