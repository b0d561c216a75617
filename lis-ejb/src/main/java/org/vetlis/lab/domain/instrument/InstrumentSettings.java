package org.vetlis.lab.domain.instrument;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.vetlis.connector.astm.profile.AstmProfile;
import org.vetlis.lab.domain.shared.Violations;

/**
 * What an administrator sets on an instrument.
 *
 * @param listener        the name of its interface (message log, metrics); defaults to the instrument's code
 * @param port            the TCP port its analyzer connects to
 * @param profileSettings the profile settings this instrument changes (see {@link AstmProfile#with(Map)})
 * @param testCodes       analyzer code → catalogue test code
 */
public record InstrumentSettings(String name, String protocol, String listener, Integer port, String profile, Map<String, String> profileSettings,
                                 boolean enabled, boolean captureOnly, Map<String, String> testCodes) {

    /** The profile of HL7 instruments. */
    public static final String HL7_PROFILE = "hl7";

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
            astmProfile();
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

    /**
     * The profile the instrument speaks, with its own settings applied. An HL7 instrument has the strict ASTM profile's
     * rules for what it shares with ASTM (character set, sample-ID cleaning); MLLP frames it.
     */
    public AstmProfile astmProfile() {
        return (HL7_PROFILE.equals(profile) ? AstmProfile.STRICT : AstmProfile.named(profile)).with(profileSettings);
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
