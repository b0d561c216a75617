package org.vetlis.connector.net;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

import org.vetlis.connector.astm.profile.AstmProfile;

/**
 * Configuration of one analyzer listener, read from MicroProfile Config keys
 * {@code vetlis.connector.listener.<name>.*} so ports are set per installation, never in code.
 *
 * @param name                listener name
 * @param bindAddress         local address to bind ({@code 0.0.0.0} = every interface)
 * @param port                TCP port, or 0 when none is configured (the listener then stays down)
 * @param maxConnections      analyzer connections accepted at once; more are refused
 * @param receiveTimeoutMillis E1381 receive timer: an incomplete message is dropped after this silence
 * @param maxFrameBytes       longest frame accepted
 * @param maxMessageBytes     longest message accepted
 * @param profile             how the analyzers on this port speak ASTM ({@code strict} by default)
 * @param traceDirectory      where every byte in and out is traced, a folder per day; null for no trace
 * @param traceDays           days of traces kept (30 by default)
 */
public record ListenerSettings(String name, String bindAddress, int port, int maxConnections,
                               int receiveTimeoutMillis, int maxFrameBytes, int maxMessageBytes, AstmProfile profile,
                               String traceDirectory, int traceDays) {

    public static final String PREFIX = "vetlis.connector.listener.";

    public ListenerSettings {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("listener " + name + ": port out of range: " + port);
        }
        if (maxConnections < 1 || receiveTimeoutMillis < 1 || maxFrameBytes < 16 || maxMessageBytes < maxFrameBytes || traceDays < 1) {
            throw new IllegalArgumentException("listener " + name + ": limits must be positive and messages at least a frame long");
        }
    }

    /** Reads the settings of listener {@code name} from {@code config} (a key → value lookup). */
    public static ListenerSettings resolve(String name, Function<String, Optional<String>> config) {
        String prefix = PREFIX + name + ".";
        return new ListenerSettings(name,
                config.apply(prefix + "bind-address").orElse("0.0.0.0"),
                integer(config, prefix + "port", 0),
                integer(config, prefix + "max-connections", 8),
                integer(config, prefix + "receive-timeout-seconds", 30) * 1000,
                integer(config, prefix + "max-frame-bytes", 1 << 20),
                integer(config, prefix + "max-message-bytes", 16 << 20),
                profile(config, prefix + "profile"),
                traceDirectory(name, config, prefix + "trace"),
                integer(config, prefix + "trace-days", 30));
    }

    /**
     * {@code <vetlis.data.dir>/instruments/<listener>} (by default {@code vetlis-data} in the server's instance
     * folder), unless {@code ...trace} is {@code false}; null outside a server when no data folder is configured.
     */
    private static String traceDirectory(String name, Function<String, Optional<String>> config, String key) {
        if (config.apply(key).map(v -> v.strip().equalsIgnoreCase("false")).orElse(false)) {
            return null;
        }
        Optional<String> dataDir = config.apply("vetlis.data.dir").filter(v -> !v.isBlank())
                .or(() -> Optional.ofNullable(System.getProperty("com.sun.aas.instanceRoot")).map(root -> root + "/vetlis-data"));
        return dataDir.map(dir -> Path.of(dir, "instruments", name).toString()).orElse(null);
    }

    /** Whether frames without frame number or checksum are accepted. */
    public boolean tolerantFraming() {
        return profile.framing() == AstmProfile.Framing.TOLERANT;
    }

    private static AstmProfile profile(Function<String, Optional<String>> config, String key) {
        try {
            return AstmProfile.named(config.apply(key).map(String::trim).filter(v -> !v.isEmpty()).orElse("strict"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + ": " + e.getMessage(), e);
        }
    }

    public boolean configured() {
        return port > 0;
    }

    private static int integer(Function<String, Optional<String>> config, String key, int fallback) {
        Optional<String> value = config.apply(key).map(String::trim).filter(v -> !v.isEmpty());
        try {
            return value.map(Integer::parseInt).orElse(fallback);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " is not a whole number: " + value.get(), e);
        }
    }
}
