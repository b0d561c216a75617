package org.vetlis.sim.bench;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.vetlis.connector.astm.codec.AstmMessage;
import org.vetlis.connector.astm.codec.AstmRecord;
import org.vetlis.connector.astm.link.AstmFrame;
import org.vetlis.connector.astm.link.AstmFrameDecoder;
import org.vetlis.connector.astm.link.AstmFrameEncoder;

/**
 * How fast the ASTM codec reads what analyzers send, on one thread: a capture of {@value #MESSAGES} result messages
 * (a haematology result of 24 records, ~1.5 kB, cut into 240-character frames with ETB, as a cobas or an XN sends
 * it) through frame decoding and record splitting, and then also reading each result's test code, value, unit and
 * flags.
 * MB/s = operations/s × {@link #bytes} / 1e6 (printed at setup).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AstmDecodeBenchmark {

    static final int MESSAGES = 500;

    private static final String[] TESTS = {"WBC", "RBC", "HGB", "HCT", "MCV", "MCH", "MCHC", "PLT", "NEU#", "LYM#", "MONO#", "EOS#",
        "BASO#", "NEU%", "LYM%", "MONO%", "EOS%", "BASO%", "RDW-CV", "MPV"};

    byte[] capture;
    int bytes;

    @Setup
    public void capture() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int m = 0; m < MESSAGES; m++) {
            List<byte[]> frames = AstmFrameEncoder.frames(message(m).getBytes(StandardCharsets.ISO_8859_1), 1,
                    AstmFrameEncoder.DEFAULT_FRAME_TEXT);
            frames.forEach(out::writeBytes);
        }
        capture = out.toByteArray();
        bytes = capture.length;
        System.out.printf("capture: %d messages, %d bytes%n", MESSAGES, bytes);
    }

    /** Frames to messages of records: what the connector does with every message before anything reads it. */
    @Benchmark
    public void decodeMessages(Blackhole sink) {
        AstmFrameDecoder.Result frames = AstmFrameDecoder.decode(capture);
        String text = new String(AstmFrame.recordText(frames.frames()), StandardCharsets.ISO_8859_1);
        for (AstmMessage message : AstmMessage.decodeAll(text)) {
            sink.consume(message.records().size());
        }
    }

    /** The same, then each result's test code, value, unit and flags read: what a results message costs in all. */
    @Benchmark
    public void decodeResults(Blackhole sink) {
        AstmFrameDecoder.Result frames = AstmFrameDecoder.decode(capture);
        String text = new String(AstmFrame.recordText(frames.frames()), StandardCharsets.ISO_8859_1);
        for (AstmMessage message : AstmMessage.decodeAll(text)) {
            for (AstmRecord r : message.records()) {
                if (r.type() == 'R') {
                    sink.consume(r.component(3, 4));
                    sink.consume(r.value(4));
                    sink.consume(r.value(5));
                    sink.consume(r.value(7));
                } else if (r.type() == 'O') {
                    sink.consume(r.component(3, 1));
                }
            }
        }
    }

    static String message(int n) {
        StringBuilder m = new StringBuilder();
        m.append("H|\\^&|||XN-550^00-19^14718^^^^BD634545||||||||E1394-97\r");
        m.append("P|1|||||||U||||||^|||||||||||^^^\r");
        m.append(String.format("O|1||^^%20d^M|^^^^WBC\\^^^^RBC\\^^^^HGB\\^^^^HCT\\^^^^PLT|||||||N||||||||||||||F%n", 260000000L + n)
                .replace("\n", "\r").replace("\r\r", "\r"));
        for (int t = 0; t < TESTS.length; t++) {
            m.append(String.format("R|%d|^^^^%s^1|%d.%02d|10*3/uL|4.00 to 10.00|%s||F||||20261124093509%n", t + 1, TESTS[t],
                    3 + (n + t) % 9, (n * 7 + t) % 100, (n + t) % 5 == 0 ? "H" : "N").replace("\n", "\r").replace("\r\r", "\r"));
        }
        m.append("L|1|N\r");
        return m.toString();
    }
}
