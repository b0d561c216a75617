package org.vetlis.connector.net;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

import org.vetlis.connector.api.ListenerSpec;
import org.vetlis.connector.api.Protocol;
import org.vetlis.connector.astm.profile.AstmProfile;

/**
 * Configuration of one analyzer listener: port and profile from its instrument ({@link ListenerSpec}), limits
 * from MicroProfile Config, {@code vetlis.connector.listener.<name>.*} first, then the installation's
 * {@code vetlis.connector.*}, then the defaults.
 *
 * @param name                listener name
 * @param instrument          the instrument's code
 * @param bindAddress         local address to bind ({@code 0.0.0.0} = every interface)
 * @param port                TCP port
 * @param protocol            ASTM or HL7 (MLLP)
 * @param maxConnections      analyzer connections accepted at once; more are refused
 * @param receiveTimeoutMillis E1381 receive timer: an incomplete message is dropped after this silence
 * @param idleTimeoutMillis   a connection quiet between transmissions for this long is closed; 0 keeps it open
 * @param maxFrameBytes       longest frame accepted
 * @param maxMessageBytes     longest message accepted
 * @param profile             how the analyzers on this port speak ASTM ({@code strict} by default)
 * @param traceDirectory      where every byte in and out is traced, a folder per day; null for no trace
 * @param traceDays           days of traces kept (30 by default)
 */
public record ListenerSettings(String name, String instrument, String bindAddress, int port, Protocol protocol, int maxConnections,
                               int receiveTimeoutMillis, long idleTimeoutMillis, int maxFrameBytes, int maxMessageBytes, AstmProfile profile,
                               String traceDirectory, int traceDays) {

    public static final String PREFIX = "vetlis.connector.listener.";
    public static final String DEFAULTS = "vetlis.connector.";

    public ListenerSettings {
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("listener " + name + ": port out of range: " + port);
        }
        if (maxConnections < 1 || receiveTimeoutMillis < 1 || idleTimeoutMillis < 0 || maxFrameBytes < 16 || maxMessageBytes < maxFrameBytes || traceDays < 1) {
            throw new IllegalArgumentException("listener " + name + ": limits must be positive and messages at least a frame long");
        }
    }

    /** The settings of the listener {@code spec} asks for, with the limits found in {@code config} (a key → value lookup). */
    public static ListenerSettings resolve(ListenerSpec spec, Function<String, Optional<String>> config) {
        Function<String, Optional<String>> keys = key -> config.apply(PREFIX + spec.name() + "." + key).or(() -> config.apply(DEFAULTS + key));
        return new ListenerSettings(spec.name(), spec.instrument(),
                keys.apply("bind-address").orElse("0.0.0.0"),
                spec.port(),
                spec.protocol(),
                integer(keys, "max-connections", 8),
                integer(keys, "receive-timeout-seconds", 30) * 1000,
                integer(keys, "idle-timeout-minutes", 0) * 60_000L,
                integer(keys, "max-frame-bytes", 1 << 20),
                integer(keys, "max-message-bytes", 16 << 20),
                profile(spec),
                traceDirectory(spec.instrument(), config, keys.apply("trace")),
                integer(keys, "trace-days", 30));
    }

    /**
     * {@code <vetlis.data.dir>/instruments/<instrument>} (by default {@code vetlis-data} in the server's instance
     * folder), unless {@code trace} is {@code false}; null outside a server when no data folder is configured.
     */
    private static String traceDirectory(String instrument, Function<String, Optional<String>> config, Optional<String> trace) {
        if (trace.map(v -> v.strip().equalsIgnoreCase("false")).orElse(false)) {
            return null;
        }
        Optional<String> dataDir = config.apply("vetlis.data.dir").filter(v -> !v.isBlank())
                .or(() -> Optional.ofNullable(System.getProperty("com.sun.aas.instanceRoot")).map(root -> root + "/vetlis-data"));
        return dataDir.map(dir -> Path.of(dir, "instruments", instrument).toString()).orElse(null);
    }

    /** Whether frames without frame number or checksum are accepted. */
    public boolean tolerantFraming() {
        return profile.framing() == AstmProfile.Framing.TOLERANT;
    }

    private static AstmProfile profile(ListenerSpec spec) {
        if (spec.protocol() == Protocol.HL7) {
            return AstmProfile.STRICT; // not used: HL7 is framed by MLLP, its content read by the application
        }
        try {
            return AstmProfile.named(spec.profile() == null || spec.profile().isBlank() ? "strict" : spec.profile().strip())
                    .with(spec.profileSettings());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("instrument " + spec.instrument() + ": " + e.getMessage(), e);
        }
    }

    private static int integer(Function<String, Optional<String>> keys, String key, int fallback) {
        Optional<String> value = keys.apply(key).map(String::trim).filter(v -> !v.isEmpty());
        try {
            return value.map(Integer::parseInt).orElse(fallback);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(DEFAULTS + "[listener.<name>.]" + key + " is not a whole number: " + value.get(), e);
        }
    }
}
