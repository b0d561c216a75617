package org.vetlis.lab.domain.instrument;

import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.vetlis.connector.astm.profile.AstmProfile;
import org.vetlis.connector.astm.profile.SampleIdRule;
import org.vetlis.connector.hl7.profile.Hl7Profile;
import org.vetlis.lab.domain.messagelog.ExportAllowlist;
import org.vetlis.lab.domain.shared.Violations;

/**
 * What an administrator sets on an instrument.
 *
 * @param listener        the name of its interface (message log, metrics); defaults to the instrument's code
 * @param port            the TCP port its analyzer connects to
 * @param profileSettings the profile settings this instrument changes (see {@link AstmProfile#with(Map)} and
 *                        {@link Hl7Profile#with(Map)}), and what its exports keep ({@value #EXPORT_ALLOW})
 * @param testCodes       analyzer code → catalogue test code
 */
public record InstrumentSettings(String name, String protocol, String listener, Integer port, String profile, Map<String, String> profileSettings,
                                 boolean enabled, boolean captureOnly, Map<String, String> testCodes) {

    /** The profile of HL7 instruments. */
    public static final String HL7_PROFILE = "hl7";

    /** The setting listing what of a message an export keeps ({@link ExportAllowlist}). */
    public static final String EXPORT_ALLOW = "export.allow";

    public InstrumentSettings {
        profileSettings = profileSettings == null ? Map.of() : Map.copyOf(profileSettings);
        testCodes = testCodes == null ? Map.of() : Map.copyOf(testCodes);
        protocol = protocol == null ? "ASTM" : protocol.strip().toUpperCase(java.util.Locale.ROOT);
        profile = profile == null ? ("HL7".equals(protocol) ? HL7_PROFILE : "strict") : profile;
    }

    void check(Violations violations) {
        violations.required(name, "name", 100);
        violations.require(listener != null && listener.matches("[a-z0-9][a-z0-9-]{0,62}"), "listener", "1 to 63 lower-case letters, digits or '-'");
        violations.require(port != null && port >= 1 && port <= 65_535, "port", "a TCP port, 1 to 65535");
        violations.require("ASTM".equals(protocol) || "HL7".equals(protocol), "protocol", "ASTM or HL7");
        violations.require(!"HL7".equals(protocol) || HL7_PROFILE.equals(profile), "profile", "HL7 instruments use the profile hl7");
        try {
            if ("HL7".equals(protocol)) {
                hl7Profile();
            } else {
                astmProfile();
            }
            exportAllowlist();
        } catch (IllegalArgumentException e) {
            violations.add("profileSettings", e.getMessage());
        }
        testCodes.forEach((analyzer, test) -> violations.require(analyzer.length() <= 40 && !analyzer.isBlank(), "testCodes",
                "analyzer codes are 1 to 40 characters: '" + analyzer + "'"));
    }

    /** These settings under another listener name. */
    public InstrumentSettings withListener(String newListener) {
        return new InstrumentSettings(name, protocol, newListener, port, profile, profileSettings, enabled, captureOnly, testCodes);
    }

    /** The ASTM profile the instrument speaks, with its own settings applied. */
    public AstmProfile astmProfile() {
        return AstmProfile.named(HL7_PROFILE.equals(profile) ? "strict" : profile).with(protocolSettings());
    }

    /** The HL7 profile the instrument speaks, with its own settings applied. */
    public Hl7Profile hl7Profile() {
        return Hl7Profile.STANDARD.with(protocolSettings());
    }

    /** The character set the instrument's messages are in when they do not say (HL7's MSH-18 does). */
    public Charset charset() {
        return "HL7".equals(protocol) ? hl7Profile().charset() : astmProfile().charset();
    }

    /** How the specimen barcodes the instrument sends are cleaned. */
    public SampleIdRule sampleIds() {
        return "HL7".equals(protocol) ? hl7Profile().sampleId() : astmProfile().sampleId();
    }

    /**
     * What of the instrument's messages may leave VetLIS in an export (for a vendor's support, say): the
     * {@value #EXPORT_ALLOW} setting, else the protocol's default, which drops the patient.
     */
    public ExportAllowlist exportAllowlist() {
        String listed = profileSettings.get(EXPORT_ALLOW);
        return listed == null ? ExportAllowlist.defaultFor(protocol) : ExportAllowlist.parse(protocol, listed);
    }

    /** The settings that tell how the instrument speaks its protocol: all but what governs exports. */
    public Map<String, String> protocolSettings() {
        return profileSettings.entrySet().stream().filter(e -> !e.getKey().startsWith("export."))
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("protocol", protocol);
        m.put("listener", listener);
        m.put("port", port);
        m.put("profile", profile);
        m.put("profileSettings", new TreeMap<>(profileSettings));
        m.put("enabled", enabled);
        m.put("captureOnly", captureOnly);
        m.put("testCodes", new TreeMap<>(testCodes));
        return m;
    }

    static String format(Map<String, String> settings) {
        return new TreeMap<>(settings).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("\n"));
    }

    static Map<String, String> parse(String text) {
        Map<String, String> settings = new TreeMap<>();
        if (text != null) {
            for (String line : text.split("\n")) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    settings.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
                }
            }
        }
        return settings;
    }
}
