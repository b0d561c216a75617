package org.vetlis.lab.domain.instrument;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.vetlis.lab.domain.shared.Violations;

/**
 * An analyzer: the port it sends to (its listener), the ASTM profile it speaks with its own settings, and the codes it
 * uses for the catalogue's tests. Capture-only instruments have their messages stored and acknowledged, nothing
 * else (for a new analyzer, before its mappings are known).
 */
@Entity
@Table(name = "instrument")
@NamedQuery(name = "Instrument.all", query = "select i from Instrument i order by i.code")
@NamedQuery(name = "Instrument.byListener", query = "select i from Instrument i where i.listener = :listener")
@NamedQuery(name = "Instrument.byPort", query = "select i from Instrument i where i.port = :port")
public class Instrument {

    @Id
    @Column(name = "code", length = 20)
    private String code;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "protocol", nullable = false, length = 8)
    private String protocol;

    @Column(name = "listener", nullable = false, length = 64)
    private String listener;

    /** Null only on instruments from before ports were kept here; they do not listen until one is set. */
    @Column(name = "port")
    private Integer port;

    @Column(name = "profile", nullable = false, length = 20)
    private String profile;

    /** The profile's settings this instrument changes, one {@code key=value} per line. */
    @Column(name = "profile_settings", length = 2000)
    private String profileSettings;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Column(name = "capture_only", nullable = false)
    private boolean captureOnly;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "instrument_test_code", joinColumns = @JoinColumn(name = "instrument_code"))
    @MapKeyColumn(name = "analyzer_code", length = 40)
    @Column(name = "test_code", length = 20)
    private Map<String, String> testCodes = new TreeMap<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Instrument() {
        // for JPA
    }

    public Instrument(String code, InstrumentSettings settings) {
        Violations violations = new Violations();
        violations.require(code != null && code.matches("[A-Z0-9][A-Z0-9_-]{0,19}"), "code", "1 to 20 capital letters, digits, '-' or '_'");
        settings.check(violations);
        violations.throwIfAny();
        this.code = code;
        apply(settings);
    }

    /** New settings and test codes (checked against the catalogue by the caller). */
    public void revise(InstrumentSettings settings) {
        Violations violations = new Violations();
        settings.check(violations);
        violations.throwIfAny();
        apply(settings);
    }

    private void apply(InstrumentSettings s) {
        name = s.name().strip();
        protocol = s.protocol();
        listener = s.listener();
        port = s.port();
        profile = s.profile();
        profileSettings = s.profileSettings().isEmpty() ? null : InstrumentSettings.format(s.profileSettings());
        enabled = s.enabled();
        captureOnly = s.captureOnly();
        testCodes.clear();
        testCodes.putAll(s.testCodes());
    }

    /** The catalogue test this analyzer means by {@code analyzerCode}. */
    public Optional<String> testFor(String analyzerCode) {
        return Optional.ofNullable(testCodes.get(analyzerCode));
    }

    /**
     * The analyzer's code for the catalogue test {@code testCode}. When several codes map to it (an old and a new
     * reagent, say), the one spelled like the test wins, else the first in alphabetical order: always the same one.
     */
    public Optional<String> analyzerCodeFor(String testCode) {
        if (testCode.equals(testCodes.get(testCode))) {
            return Optional.of(testCode);
        }
        return testCodes.entrySet().stream().filter(e -> e.getValue().equals(testCode)).map(Map.Entry::getKey).sorted().findFirst();
    }

    public InstrumentSettings settings() {
        return new InstrumentSettings(name, protocol, listener, port, profile, InstrumentSettings.parse(profileSettings), enabled,
                captureOnly, testCodes);
    }

    /** The instrument for the audit trail. */
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("code", code);
        s.putAll(settings().asMap());
        return s;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String listener() {
        return listener;
    }

    public Optional<Integer> port() {
        return Optional.ofNullable(port);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isCaptureOnly() {
        return captureOnly;
    }

    public long version() {
        return version;
    }
}
