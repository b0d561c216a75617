package org.vetlis.sim;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vetlis.connector.api.AnalyzerReply;
import org.vetlis.connector.api.ListenerSpec;
import org.vetlis.connector.api.Protocol;
import org.vetlis.connector.net.AnalyzerListener;
import org.vetlis.connector.net.ListenerRuntime;
import org.vetlis.connector.net.ListenerSettings;

/** The simulator's faults against the connector's real listener on loopback: VetLIS must come through each. */
class AnalyzerLinkTest {

    private static final String ANSWER = "H|\\^&\rP|1\rO|1|2600001236||^^^GLU\\^^^CREA|R\rL|1|N\r";

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<String> stored = new CopyOnWriteArrayList<>();
    private final List<String> trace = new CopyOnWriteArrayList<>();
    private AnalyzerListener listener;
    private int port;

    @BeforeEach
    void listen() throws IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        ListenerSettings settings = ListenerSettings.resolve(new ListenerSpec("sim", "SIM", port, Protocol.ASTM, "strict", Map.of()),
                key -> key.endsWith("bind-address") ? java.util.Optional.of("127.0.0.1") : java.util.Optional.empty());
        listener = new AnalyzerListener(new ListenerRuntime(settings), (payload, peer) -> {
            String text = new String(payload, US_ASCII);
            stored.add(text);
            return text.contains("\rQ|") ? AnalyzerReply.of(ANSWER.getBytes(US_ASCII)) : null;
        }, threads);
        listener.bind();
        threads.execute(listener);
    }

    @AfterEach
    void stop() {
        listener.close();
        threads.shutdownNow();
    }

    @Test
    void aSlowAckStillGetsTheWholeAnswer() throws IOException {
        try (AnalyzerLink link = new AnalyzerLink("127.0.0.1", port, 240, 15_000, trace::add)) {
            link.send(query());
            byte[] answer = link.receive(faults(400, false));

            assertThat(new String(answer, US_ASCII)).isEqualTo(ANSWER);
        }
        assertThat(trace).contains("-- waiting 400 ms before the ACK");
    }

    @Test
    void underContentionTheAnalyzerGoesFirstAndTheAnswerFollows() throws IOException {
        try (AnalyzerLink link = new AnalyzerLink("127.0.0.1", port, 240, 15_000, trace::add)) {
            link.send(query());
            byte[] answer = link.receive(faults(0, true));

            assertThat(new String(answer, US_ASCII)).isEqualTo(ANSWER);
        }
        assertThat(stored).as("the query, then the analyzer's own message sent first under contention")
                .containsExactly(new String(query(), US_ASCII), "H|\\^&|||VetLIS-Sim\rL|1|N\r");
    }

    private static byte[] query() {
        return "H|\\^&\rQ|1|^2600001236||ALL||||||||O\rL|1|N\r".getBytes(US_ASCII);
    }

    private static AnalyzerLink.Faults faults(int slowAckMillis, boolean contend) {
        return new AnalyzerLink.Faults(0, 0, false, false, slowAckMillis, contend);
    }
}
