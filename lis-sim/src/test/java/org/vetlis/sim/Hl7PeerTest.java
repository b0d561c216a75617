package org.vetlis.sim;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vetlis.connector.api.AnalyzerReply;
import org.vetlis.connector.api.Protocol;
import org.vetlis.connector.astm.profile.AstmProfile;
import org.vetlis.connector.net.AnalyzerListener;
import org.vetlis.connector.net.ListenerRuntime;
import org.vetlis.connector.net.ListenerSettings;

/** The simulator's HL7 peer against the connector's real HL7 listener on loopback. */
class Hl7PeerTest {

    @TempDir
    Path traces;

    @Test
    void resultsAreOneOruWithAnObxPerValueAndTheAnswerComesBack() throws IOException, InterruptedException {
        List<String> stored = new CopyOnWriteArrayList<>();
        ExecutorService threads = Executors.newCachedThreadPool();
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        AnalyzerListener listener = new AnalyzerListener(new ListenerRuntime(new ListenerSettings("hl7", "HL7", "127.0.0.1", port,
                Protocol.HL7, 2, 30_000, 0, 64_000, 1 << 20, AstmProfile.STRICT, traces.toString(), 30)), (payload, peer) -> {
            stored.add(new String(payload, UTF_8));
            return AnalyzerReply.of("MSH|^~\\&|VETLIS\rMSA|AA|1\r".getBytes(UTF_8));
        }, threads);
        listener.bind();
        threads.execute(listener);
        try (Hl7Peer peer = new Hl7Peer("127.0.0.1", port, line -> { })) {
            String answer = peer.send(Hl7Peer.results("2600001236", List.of("WBC=8.1:10*9/L", "HGB=142")));

            assertThat(answer).contains("MSA|AA|");
        } finally {
            listener.close();
            threads.shutdownNow();
            threads.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS); // its trace written before the directory goes
        }
        assertThat(stored).singleElement().satisfies(m -> assertThat(m)
                .contains("ORU^R01", "OBR|1|2600001236|", "OBX|1|NM|WBC||8.1|10*9/L|", "OBX|2|NM|HGB||142||").endsWith("\r"));
    }

    @Test
    void askingAsMindrayTakesTheQckAndTheDsrAndAcknowledgesTheDsr() throws IOException, InterruptedException {
        List<String> stored = new CopyOnWriteArrayList<>();
        ExecutorService threads = Executors.newCachedThreadPool();
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        AnalyzerListener listener = new AnalyzerListener(new ListenerRuntime(new ListenerSettings("hl7", "HL7", "127.0.0.1", port,
                Protocol.HL7, 2, 30_000, 0, 64_000, 1 << 20, AstmProfile.STRICT, traces.toString(), 30)), (payload, peer) -> {
            String message = new String(payload, UTF_8);
            stored.add(message);
            return message.contains("QRY^Q02") ? AnalyzerReply.of(List.of("MSH|^~\\&|VetLIS||||20261124120000||QCK^Q02|9|P|2.3.1\rMSA|AA|9\rQAK|SR|OK\r"
                    .getBytes(UTF_8), "MSH|^~\\&|VetLIS||||20261124120000||DSR^Q03|9|P|2.3.1\rDSP|29||GLU\rDSC|\r".getBytes(UTF_8))) : null;
        }, threads);
        listener.bind();
        threads.execute(listener);
        List<String> answers;
        try (Hl7Peer peer = new Hl7Peer("127.0.0.1", port, line -> { })) {
            answers = peer.askMindray("0019", at -> { });
            // nothing answers the ACK^Q03: the next exchange gets the next answer, not a stray one
            assertThat(peer.askMindray("0020", at -> { })).hasSize(2);
            for (int i = 0; i < 50 && stored.size() < 4; i++) {
                Thread.sleep(100); // the second ACK^Q03 is on its way
            }
        } finally {
            listener.close();
            threads.shutdownNow();
            threads.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
        }
        assertThat(answers).hasSize(2);
        assertThat(answers.get(1)).contains("DSP|29||GLU");
        assertThat(stored.get(0)).contains("|QRY^Q02|", "\rQRD|", "|RD|0019|OTH|");
        assertThat(stored.get(1)).contains("|ACK^Q03|9|", "\rMSA|AA|9|");
        assertThat(stored).hasSize(4);
    }

    @Test
    void aQueryIsALawWorkOrderQueryForTheTube() {
        String query = Hl7Peer.query("2600001236");

        assertThat(query).startsWith("MSH|^~\\&|").contains("|QBP^Q11^QBP_Q11|", "\rQPD|WOS^Work Order Step^IHE_LABTF|")
                .contains("|2600001236\rRCP|I||R\r");
    }

    @Test
    void aResultWithoutValueIsRefused() {
        assertThatThrownBy(() -> Hl7Peer.results("2600001236", List.of("WBC"))).hasMessageContaining("CODE=VALUE");
    }
}
