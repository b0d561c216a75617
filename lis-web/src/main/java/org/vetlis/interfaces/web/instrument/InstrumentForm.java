package org.vetlis.interfaces.web.instrument;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.vetlis.lab.domain.instrument.Instrument;
import org.vetlis.lab.domain.instrument.InstrumentSettings;

/**
 * An instrument as the form shows it: mappings and profile settings as lines of {@code key=value}, which is how a
 * lab copies them from an analyzer's interface manual. Kept as typed when saving is refused.
 */
public class InstrumentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private boolean existing;
    private long version;
    private String code;
    private String name;
    private String protocol = "ASTM";
    private String profile = "strict";
    private Integer port;
    private boolean enabled = true;
    private boolean captureOnly;
    private String profileSettings = "";
    private String testCodes = "";

    void load(Instrument instrument) {
        InstrumentSettings s = instrument.settings();
        existing = true;
        version = instrument.version();
        code = instrument.code();
        name = s.name();
        protocol = s.protocol();
        profile = s.profile();
        port = s.port();
        enabled = s.enabled();
        captureOnly = s.captureOnly();
        profileSettings = lines(s.profileSettings());
        testCodes = lines(s.testCodes());
    }

    void clear() {
        existing = false;
        version = 0;
        code = null;
        name = null;
        protocol = "ASTM";
        profile = "strict";
        port = null;
        enabled = true;
        captureOnly = false;
        profileSettings = "";
        testCodes = "";
    }

    /** The settings typed; the listener name stays the instrument's (or its code, for a new one). */
    InstrumentSettings settings() {
        return new InstrumentSettings(name, protocol, null, port, "HL7".equals(protocol) ? InstrumentSettings.HL7_PROFILE : profile,
                pairs(profileSettings), enabled, captureOnly, pairs(testCodes));
    }

    private static String lines(Map<String, String> pairs) {
        return new TreeMap<>(pairs).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("\n"));
    }

    /** Lines of {@code key=value}; blank lines ignored; a line without '=' is refused by name. */
    private static Map<String, String> pairs(String text) {
        Map<String, String> pairs = new TreeMap<>();
        for (String line : (text == null ? "" : text).split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("'" + line.strip() + "' is not key=value");
            }
            pairs.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
        }
        return pairs;
    }

    public boolean isExisting() {
        return existing;
    }

    public long getVersion() {
        return version;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getProtocol() {
        return protocol;
    }

    public void setProtocol(String protocol) {
        this.protocol = protocol;
    }

    public String getProfile() {
        return profile;
    }

    public void setProfile(String profile) {
        this.profile = profile;
    }

    public Integer getPort() {
        return port;
    }

    public void setPort(Integer port) {
        this.port = port;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isCaptureOnly() {
        return captureOnly;
    }

    public void setCaptureOnly(boolean captureOnly) {
        this.captureOnly = captureOnly;
    }

    public String getProfileSettings() {
        return profileSettings;
    }

    public void setProfileSettings(String profileSettings) {
        this.profileSettings = profileSettings;
    }

    public String getTestCodes() {
        return testCodes;
    }

    public void setTestCodes(String testCodes) {
        this.testCodes = testCodes;
    }
}
