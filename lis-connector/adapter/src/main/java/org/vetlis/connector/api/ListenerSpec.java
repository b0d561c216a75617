package org.vetlis.connector.api;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the application asks the connector to listen for: one instrument's port and how it speaks. Limits that
 * are the installation's business (bind address, connections, timeouts, traces) come from MicroProfile Config.
 *
 * @param name            listener name ({@code [a-z0-9-]}), the interface's name in metrics and the message log
 * @param instrument      the instrument's code; its byte trace is kept under {@code instruments/<instrument>/}
 * @param port            TCP port, 1 to 65535
 * @param protocol        ASTM (E1381 link) or HL7 (MLLP blocks)
 * @param profile         ASTM profile name ({@code strict}, {@code tolerant}); for HL7 the framing is MLLP whatever it says
 * @param profileSettings the profile's settings this instrument changes
 */
public record ListenerSpec(String name, String instrument, int port, Protocol protocol, String profile, Map<String, String> profileSettings)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public ListenerSpec {
        if (name == null || !name.matches("[a-z0-9][a-z0-9-]{0,62}")) {
            throw new IllegalArgumentException("listener name must be 1-63 lower-case letters, digits or '-', got: " + name);
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("listener " + name + ": port must be 1 to 65535, got " + port);
        }
        profileSettings = Map.copyOf(profileSettings == null ? Map.of() : profileSettings);
        protocol = protocol == null ? Protocol.ASTM : protocol;
    }

    /** The settings in key order, for logs. */
    @Override
    public String toString() {
        return "ListenerSpec[" + name + " (" + instrument + ") port " + port + ", " + protocol + " " + profile + " " + new TreeMap<>(profileSettings) + "]";
    }
}
