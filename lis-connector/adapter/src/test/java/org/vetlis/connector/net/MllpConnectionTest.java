package org.vetlis.connector.net;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vetlis.connector.api.AnalyzerReply;
import org.vetlis.connector.api.Protocol;
import org.vetlis.connector.astm.profile.AstmProfile;
import org.vetlis.connector.hl7.mllp.Mllp;

/** An HL7 listener on a real loopback port: MLLP blocks in, the application's answers out as blocks. */
class MllpConnectionTest {

    private static final String ORU = "MSH|^~\\&|XN||LIS||20261124120000||ORU^R01|%s|P|2.5.1\rOBX|1|NM|WBC||8.1\r";

    @TempDir
    static Path traceDirectory;

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<String> stored = new CopyOnWriteArrayList<>();
    private final AtomicBoolean storeFails = new AtomicBoolean();
    private AnalyzerListener listener;
    private int port;

    @BeforeEach
    void start() throws IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        ListenerSettings settings = new ListenerSettings("hl7", "HL7", "127.0.0.1", port, Protocol.HL7, 2, 30_000, 0, 64_000, 1 << 20,
                AstmProfile.STRICT, traceDirectory.toString(), 30);
        listener = new AnalyzerListener(new ListenerRuntime(settings), (payload, peer) -> {
            if (storeFails.get()) {
                throw new IllegalStateException("database down");
            }
            String text = new String(payload, ISO_8859_1);
            stored.add(text);
            String control = text.split("\\|")[9];
            byte[] ack = ("MSH|^~\\&|LIS||XN||20261124120001||ACK^R01|A" + control + "|P|2.5.1\rMSA|AA|" + control + "\r").getBytes(ISO_8859_1);
            if (text.contains("QRY^Q02")) { // answered in two messages, as Mindray's order query is
                return AnalyzerReply.of(List.of(ack, ("MSH|^~\\&|LIS||XN||20261124120001||DSR^Q03|D" + control + "|P|2.3.1\rDSC|\r")
                        .getBytes(ISO_8859_1)));
            }
            return text.contains("ACK^Q03") ? null : AnalyzerReply.of(ack);
        }, threads);
        listener.bind();
        threads.execute(listener);
    }

    @AfterEach
    void stop() throws InterruptedException {
        listener.close();
        threads.shutdownNow();
        // the connections' last trace lines are written before the trace directory is removed
        threads.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
    }

    @Test
    void eachMessageIsStoredThenAnsweredInItsOwnBlockEvenWhenTwoCameInOneWrite() throws IOException {
        try (Socket analyzer = new Socket("127.0.0.1", port)) {
            analyzer.setSoTimeout(5000);
            byte[] first = Mllp.frame(String.format(ORU, "1").getBytes(ISO_8859_1));
            byte[] second = Mllp.frame(String.format(ORU, "2").getBytes(ISO_8859_1));
            byte[] both = new byte[first.length + second.length];
            System.arraycopy(first, 0, both, 0, first.length);
            System.arraycopy(second, 0, both, first.length, second.length);
            analyzer.getOutputStream().write(both);

            assertThat(block(analyzer.getInputStream())).endsWith("MSA|AA|1\r");
            assertThat(block(analyzer.getInputStream())).endsWith("MSA|AA|2\r");
        }
        assertThat(stored).hasSize(2);
    }

    @Test
    void aMessageThatCannotBeStoredGetsNoAnswerAndTheConnectionCloses() throws IOException {
        storeFails.set(true);
        try (Socket analyzer = new Socket("127.0.0.1", port)) {
            analyzer.setSoTimeout(5000);
            analyzer.getOutputStream().write(Mllp.frame(String.format(ORU, "3").getBytes(ISO_8859_1)));

            assertThat(analyzer.getInputStream().read()).as("no acknowledgement: the sender sends it again").isEqualTo(-1);
        }
        assertThat(stored).isEmpty();
    }

    /** One answer block, unframed. */
    @Test
    void aQueryAnsweredInTwoMessagesGetsTwoBlocksInOrderAndTheAnalyzersAcknowledgementOfThemGetsNone() throws IOException {
        try (Socket analyzer = new Socket("127.0.0.1", port)) {
            analyzer.setSoTimeout(5000);
            analyzer.getOutputStream().write(Mllp.frame(("MSH|^~\\&|||||20261124120000||QRY^Q02|7|P|2.3.1\rQRD|20261124120000|R|D|7|||RD|"
                    + "A0019|OTH|||T\r").getBytes(ISO_8859_1)));

            assertThat(block(analyzer.getInputStream())).contains("|ACK^R01|A7|").endsWith("MSA|AA|7\r");
            assertThat(block(analyzer.getInputStream())).contains("|DSR^Q03|D7|");

            analyzer.getOutputStream().write(Mllp.frame("MSH|^~\\&|||||20261124120001||ACK^Q03|7|P|2.3.1\rMSA|AA|7\r".getBytes(ISO_8859_1)));
            analyzer.getOutputStream().write(Mllp.frame(String.format(ORU, "8").getBytes(ISO_8859_1)));

            assertThat(block(analyzer.getInputStream())).as("the next block answers the next ORU, not the ACK^Q03").endsWith("MSA|AA|8\r");
        }
        assertThat(stored).hasSize(3);
    }

    private static String block(InputStream in) throws IOException {
        assertThat(in.read()).isEqualTo(Mllp.START_BLOCK);
        StringBuilder text = new StringBuilder();
        for (int b = in.read(); b != Mllp.END_BLOCK; b = in.read()) {
            assertThat(b).isNotNegative();
            text.append((char) b);
        }
        assertThat(in.read()).isEqualTo(Mllp.CARRIAGE_RETURN);
        return text.toString();
    }
}
