package org.vetlis.connector.net;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import org.vetlis.connector.api.ListenerState;
import org.vetlis.connector.api.Protocol;
import org.vetlis.connector.astm.link.AstmControl;
import org.vetlis.connector.astm.link.AstmFrameEncoder;
import org.vetlis.connector.astm.profile.AstmProfile;

/** A listener on a real loopback port, talked to over a real TCP socket. */
class AnalyzerListenerTest {

    private static final String NO_ORDER = "H|\\^&\rL|1|I\r";
    private static final String QUERY = "H|\\^&\rQ|1|^2600001236||ALL||||||||O\rL|1|N\r";

    @TempDir
    static Path traceDirectory;

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<byte[]> stored = new CopyOnWriteArrayList<>();
    private final AtomicBoolean storeFails = new AtomicBoolean();
    private AnalyzerListener listener;
    private ListenerRuntime runtime;

    @BeforeEach
    void start() throws IOException {
        runtime = new ListenerRuntime(settings(freePort(), 2));
        listener = new AnalyzerListener(runtime, (payload, peer) -> {
            if (storeFails.get()) {
                throw new IllegalStateException("database down");
            }
            stored.add(payload);
            // a host query is answered with "no order", as a profile might
            return new String(payload, US_ASCII).contains("\rQ|") ? AnalyzerReply.of(NO_ORDER.getBytes(US_ASCII)) : null;
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
    void enqGetsAckAndAFramedMessageIsStoredBeforeItsAck() throws IOException {
        try (Socket analyzer = connect()) {
            assertThat(exchange(analyzer, new byte[] {AstmControl.ENQ})).isEqualTo(AstmControl.ACK);
            byte[] frame = AstmFrameEncoder.frame(1, "H|\\^&\rL|1|N\r".getBytes(US_ASCII), true);
            assertThat(exchange(analyzer, frame)).isEqualTo(AstmControl.ACK);
            assertThat(stored).hasSize(1);
            assertThat(new String(stored.get(0), US_ASCII)).isEqualTo("H|\\^&\rL|1|N\r");
            analyzer.getOutputStream().write(AstmControl.EOT);
        }
        assertThat(runtime.status().messages()).isEqualTo(1);
        listener.close();
        Path trace = traceDirectory.resolve(LocalDate.now(ZoneOffset.UTC).toString()).resolve("trace.log");
        assertThat(Files.readString(trace)).as("every byte, readable")
                .contains("<- <ENQ>", "-> <ACK>", "<- <STX>1H|\\^&<CR>L|1|N<CR><ETX>");
    }

    @Test
    void aMessageThatCannotBeStoredIsNakedAndAcceptedWhenSentAgain() throws IOException {
        try (Socket analyzer = connect()) {
            exchange(analyzer, new byte[] {AstmControl.ENQ});
            byte[] frame = AstmFrameEncoder.frame(1, "H|\\^&\rL|1|N\r".getBytes(US_ASCII), true);
            storeFails.set(true);
            assertThat(exchange(analyzer, frame)).isEqualTo(AstmControl.NAK);
            storeFails.set(false);
            assertThat(exchange(analyzer, frame)).isEqualTo(AstmControl.ACK);
        }
        assertThat(stored).hasSize(1);
    }

    @Test
    void recordsAcknowledgedFrameByFrameAreKeptWhenTheAnalyzerHangsUpBeforeItsTerminator() throws Exception {
        try (Socket analyzer = connect()) {
            exchange(analyzer, new byte[] {AstmControl.ENQ});
            assertThat(exchange(analyzer, AstmFrameEncoder.frame(1, "H|\\^&\r".getBytes(US_ASCII), true))).isEqualTo(AstmControl.ACK);
            assertThat(exchange(analyzer, AstmFrameEncoder.frame(2, "R|1|^^^GLU|5.4\r".getBytes(US_ASCII), true)))
                    .isEqualTo(AstmControl.ACK);
            assertThat(stored).as("not a whole message yet").isEmpty();
        }
        for (int i = 0; i < 100 && stored.isEmpty(); i++) {
            Thread.sleep(20); // the connection's thread sees the hang-up
        }
        assertThat(stored).singleElement().satisfies(m -> assertThat(new String(m, US_ASCII)).isEqualTo("H|\\^&\rR|1|^^^GLU|5.4\r"));
    }

    @Test
    void aHostQueryIsAnsweredOnTheSameConnectionOnceTheAnalyzerHasSentEot() throws IOException {
        try (Socket analyzer = connect()) {
            exchange(analyzer, new byte[] {AstmControl.ENQ});
            assertThat(exchange(analyzer, AstmFrameEncoder.frame(1, QUERY.getBytes(US_ASCII), true))).isEqualTo(AstmControl.ACK);

            assertThat(exchange(analyzer, new byte[] {AstmControl.EOT})).as("VetLIS asks for the line").isEqualTo(AstmControl.ENQ);
            analyzer.getOutputStream().write(AstmControl.ACK);
            byte[] expected = AstmFrameEncoder.frame(1, NO_ORDER.getBytes(US_ASCII), true);
            assertThat(analyzer.getInputStream().readNBytes(expected.length)).isEqualTo(expected);
            assertThat(exchange(analyzer, new byte[] {AstmControl.ACK})).isEqualTo(AstmControl.EOT);
        }
    }

    @Test
    void whenBothWantTheLineTheAnalyzerGoesFirstAndTheReplyFollows() throws IOException {
        try (Socket analyzer = connect()) {
            exchange(analyzer, new byte[] {AstmControl.ENQ});
            exchange(analyzer, AstmFrameEncoder.frame(1, QUERY.getBytes(US_ASCII), true));
            assertThat(exchange(analyzer, new byte[] {AstmControl.EOT})).isEqualTo(AstmControl.ENQ);

            // contention: the analyzer answers with its own ENQ; VetLIS gives way and answers its next one
            analyzer.getOutputStream().write(AstmControl.ENQ);
            assertThat(exchange(analyzer, new byte[] {AstmControl.ENQ})).isEqualTo(AstmControl.ACK);
            byte[] results = "H|\\^&\rR|1|^^^GLU|5.4\rL|1|N\r".getBytes(US_ASCII);
            assertThat(exchange(analyzer, AstmFrameEncoder.frame(1, results, true))).isEqualTo(AstmControl.ACK);

            assertThat(exchange(analyzer, new byte[] {AstmControl.EOT})).as("now the reply").isEqualTo(AstmControl.ENQ);
            analyzer.getOutputStream().write(AstmControl.ACK);
            byte[] expected = AstmFrameEncoder.frame(1, NO_ORDER.getBytes(US_ASCII), true);
            assertThat(analyzer.getInputStream().readNBytes(expected.length)).isEqualTo(expected);
            assertThat(exchange(analyzer, new byte[] {AstmControl.ACK})).isEqualTo(AstmControl.EOT);
        }
        assertThat(stored).hasSize(2);
    }

    @Test
    void aSecondListenerOnTheSamePortFailsWithAClearReason() {
        ListenerRuntime second = new ListenerRuntime(runtime.settings());
        AnalyzerListener rival = new AnalyzerListener(second, (p, a) -> null, threads);

        assertThatThrownBy(rival::bind).isInstanceOf(BindException.class).hasMessageContaining("already in use");
        assertThat(second.status().state()).isEqualTo(ListenerState.FAILED);
        assertThat(runtime.status().state()).isEqualTo(ListenerState.LISTENING);
    }

    @Test
    void connectionsBeyondTheLimitAreClosed() throws IOException {
        try (Socket one = connect(); Socket two = connect()) {
            exchange(one, new byte[] {AstmControl.ENQ});
            exchange(two, new byte[] {AstmControl.ENQ});
            try (Socket three = connect()) {
                three.setSoTimeout(5000);
                assertThat(three.getInputStream().read()).as("refused connection is closed").isEqualTo(-1);
            }
        }
    }

    @Test
    void aStoppingListenerLetsTheTransmissionInFlightFinishAndClosesQuietConnectionsAtOnce() throws Exception {
        try (Socket busy = connect(); Socket quiet = connect()) {
            assertThat(exchange(busy, new byte[] {AstmControl.ENQ})).isEqualTo(AstmControl.ACK);
            exchange(quiet, new byte[] {AstmControl.ENQ});
            quiet.getOutputStream().write(AstmControl.EOT);
            Thread.sleep(50); // the quiet one's EOT is read

            Thread stopper = new Thread(() -> listener.stop(java.time.Duration.ofSeconds(5)));
            stopper.start();
            assertThat(quiet.getInputStream().read()).as("a quiet connection closes at once").isEqualTo(-1);
            assertThatThrownBy(() -> new Socket("127.0.0.1", runtime.settings().port()).close())
                    .as("no new connection is taken").isInstanceOf(IOException.class);

            byte[] frame = AstmFrameEncoder.frame(1, "H|\\^&\rL|1|N\r".getBytes(US_ASCII), true);
            assertThat(exchange(busy, frame)).as("the message in flight is still stored and acknowledged").isEqualTo(AstmControl.ACK);
            busy.getOutputStream().write(AstmControl.EOT);
            assertThat(busy.getInputStream().read()).as("then the connection closes").isEqualTo(-1);
            stopper.join(5000);
        }
        assertThat(stored).hasSize(1);
        assertThat(runtime.status().state()).isEqualTo(ListenerState.STOPPED);
    }

    @Test
    void aConnectionQuietBetweenTransmissionsForTheIdleTimeoutIsClosed() throws IOException {
        ListenerSettings s = runtime.settings();
        ListenerRuntime idle = new ListenerRuntime(new ListenerSettings("idle", "IDLE", "127.0.0.1", freePort(), Protocol.ASTM, 2, 50, 100, 64_000, 1 << 20,
                AstmProfile.STRICT, s.traceDirectory(), 30));
        AnalyzerListener strictAboutIdling = new AnalyzerListener(idle, (p, a) -> null, threads);
        strictAboutIdling.bind();
        threads.execute(strictAboutIdling);
        try (Socket analyzer = new Socket("127.0.0.1", idle.settings().port())) {
            analyzer.setSoTimeout(5000);
            assertThat(exchange(analyzer, new byte[] {AstmControl.ENQ})).isEqualTo(AstmControl.ACK);
            analyzer.getOutputStream().write(AstmControl.EOT);
            long quietFrom = System.nanoTime();
            assertThat(analyzer.getInputStream().read()).as("closed by VetLIS").isEqualTo(-1);
            assertThat((System.nanoTime() - quietFrom) / 1_000_000).as("not before the idle timeout").isGreaterThanOrEqualTo(90);
        } finally {
            strictAboutIdling.close();
        }
    }

    @Test
    void closingFreesThePortForTheNextListener() throws IOException {
        listener.close();
        AnalyzerListener next = new AnalyzerListener(new ListenerRuntime(runtime.settings()), (p, a) -> null, threads);
        next.bind();
        next.close();
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket("127.0.0.1", runtime.settings().port());
        socket.setSoTimeout(5000);
        return socket;
    }

    private static byte exchange(Socket socket, byte[] bytes) throws IOException {
        socket.getOutputStream().write(bytes);
        socket.getOutputStream().flush();
        InputStream in = socket.getInputStream();
        int answer = in.read();
        assertThat(answer).as("an answer byte").isNotNegative();
        return (byte) answer;
    }

    private static ListenerSettings settings(int port, int maxConnections) {
        return new ListenerSettings("test", "TEST", "127.0.0.1", port, Protocol.ASTM, maxConnections, 30_000, 0, 64_000, 1 << 20, AstmProfile.STRICT,
                traceDirectory.toString(), 30);
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }
}
