package org.vetlis.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void percentilesUseTheNearestRank() {
        Latencies latencies = new Latencies();
        for (long v = 100; v >= 1; v--) {
            latencies.add(v);
        }
        assertThat(latencies.percentile(50)).isEqualTo(50);
        assertThat(latencies.percentile(99)).isEqualTo(99);
        assertThat(latencies.percentile(100)).isEqualTo(100);
    }

    @Test
    void theSimulatedMessageIsACompleteRecordSequence() {
        String message = new String(AnalyzerSimulator.resultMessage(3, 42), StandardCharsets.US_ASCII);
        assertThat(message).startsWith("H|\\^&").endsWith("L|1|N\r").contains("SIM030000042");
        assertThat(message.split("\r")).hasSize(12);
    }
}
