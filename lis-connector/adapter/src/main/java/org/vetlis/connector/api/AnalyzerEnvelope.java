package org.vetlis.connector.api;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * One complete message as an analyzer sent it: where it came from, when, and its bytes exactly as
 * received (never decoded here: the character set is the instrument's, and checksums are over raw bytes).
 * Immutable; the payload is copied in and out.
 */
public final class AnalyzerEnvelope {

    private final String listener;
    private final Protocol protocol;
    private final String peerAddress;
    private final Instant receivedAt;
    private final byte[] payload;

    public AnalyzerEnvelope(String listener, Protocol protocol, String peerAddress, Instant receivedAt, byte[] payload) {
        this.listener = Objects.requireNonNull(listener, "listener");
        this.protocol = Objects.requireNonNull(protocol, "protocol");
        this.peerAddress = Objects.requireNonNull(peerAddress, "peerAddress");
        this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
        this.payload = Objects.requireNonNull(payload, "payload").clone();
    }

    /** Name of the listener (port configuration) the message arrived on. */
    public String listener() {
        return listener;
    }

    public Protocol protocol() {
        return protocol;
    }

    /** The analyzer's address and port, e.g. {@code 10.1.2.3:50123}. */
    public String peerAddress() {
        return peerAddress;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    /** The message bytes: for ASTM the frames' text joined in order, records separated by CR. */
    public byte[] payload() {
        return payload.clone();
    }

    public int payloadSize() {
        return payload.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AnalyzerEnvelope other
                && listener.equals(other.listener)
                && protocol == other.protocol
                && peerAddress.equals(other.peerAddress)
                && receivedAt.equals(other.receivedAt)
                && Arrays.equals(payload, other.payload);
    }

    @Override
    public int hashCode() {
        return Objects.hash(listener, protocol, peerAddress, receivedAt) * 31 + Arrays.hashCode(payload);
    }

    @Override
    public String toString() {
        // never the payload: it may hold owner and patient names
        return "AnalyzerEnvelope[" + protocol + " on " + listener + " from " + peerAddress + ", " + payload.length + " bytes]";
    }
}
