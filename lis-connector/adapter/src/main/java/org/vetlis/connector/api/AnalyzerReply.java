package org.vetlis.connector.api;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Objects;

/**
 * What VetLIS sends back on the connection a message came from, once it is stored: for ASTM the answer to a host
 * query (its orders, or "no order"), records each ending in CR, which the connector frames; for HL7 the
 * acknowledgement or the answer to a query, one or more messages (Mindray's QRY^Q02 is answered by a QCK^Q02 and
 * then a DSR^Q03), each of which MLLP frames as a block of its own. Immutable.
 */
public final class AnalyzerReply {

    private final List<byte[]> messages;

    private AnalyzerReply(List<byte[]> messages) {
        this.messages = messages;
    }

    /** One message. */
    public static AnalyzerReply of(byte[] records) {
        return of(List.of(records));
    }

    /** Several messages, sent in this order. */
    public static AnalyzerReply of(List<byte[]> messages) {
        if (Objects.requireNonNull(messages, "messages").isEmpty()
                || messages.stream().anyMatch(m -> Objects.requireNonNull(m, "message").length == 0)) {
            throw new IllegalArgumentException("an empty reply");
        }
        return new AnalyzerReply(messages.stream().map(byte[]::clone).toList());
    }

    /** The messages, in the order they are sent. */
    public List<byte[]> messages() {
        return messages.stream().map(byte[]::clone).toList();
    }

    /** Every message's bytes in order, as one transmission carries them (ASTM: the records from H to the last L). */
    public byte[] records() {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        messages.forEach(all::writeBytes);
        return all.toByteArray();
    }
}
