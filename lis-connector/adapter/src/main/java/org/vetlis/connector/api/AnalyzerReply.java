package org.vetlis.connector.api;

import java.util.Objects;

/**
 * A message VetLIS sends back on the connection a message came from, once the analyzer has finished its
 * transmission: the answer to a host query (its orders, or "no order"). The records, each ending in CR; the
 * connector frames them. Immutable.
 */
public final class AnalyzerReply {

    private final byte[] records;

    private AnalyzerReply(byte[] records) {
        this.records = records;
    }

    public static AnalyzerReply of(byte[] records) {
        if (Objects.requireNonNull(records, "records").length == 0) {
            throw new IllegalArgumentException("an empty reply");
        }
        return new AnalyzerReply(records.clone());
    }

    public byte[] records() {
        return records.clone();
    }
}
