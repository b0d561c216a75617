package org.vetlis.sim;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.vetlis.connector.astm.link.AstmControl;
import org.vetlis.connector.hl7.mllp.Mllp;
import org.vetlis.connector.hl7.mllp.MllpReceiver;

/**
 * An HL7 v2 analyzer over MLLP: sends a message as one block and takes the block VetLIS answers with (the
 * acknowledgement), printing both readably.
 *
 * <pre>
 * hl7 send HOST PORT FILE                          the message in FILE (segments separated by CR or LF; MLLP bytes dropped)
 * hl7 results HOST PORT BARCODE CODE=VALUE[:UNIT]... an ORU^R01 for a tube, e.g. WBC=8.1:10*9/L HGB=142:g/L
 * hl7 query HOST PORT BARCODE                      a QBP^Q11 (IHE LAW work order query) for a tube; VetLIS answers RSP^K11
 * hl7 qry HOST PORT BARCODE                        a QRY^Q02 (Mindray) for a tube; VetLIS answers QCK^Q02, then DSR^Q03
 *                                                  when it has work, which the simulator acknowledges with ACK^Q03
 * </pre>
 */
final class Hl7Peer implements AutoCloseable {

    private static final DateTimeFormatter HL7_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final Socket socket;
    /** Buffered once for the connection: two answers in a row (QCK, DSR) may arrive in one read. */
    private final InputStream input;
    private final Consumer<String> trace;

    Hl7Peer(String host, int port, Consumer<String> trace) throws IOException {
        this.socket = new Socket(host, port);
        socket.setSoTimeout(30_000);
        socket.setTcpNoDelay(true); // as an analyzer's short messages, sent at once (an ACK^Q03 then the next query)
        this.input = new java.io.BufferedInputStream(socket.getInputStream());
        this.trace = trace;
    }

    static void run(String[] args) throws IOException {
        String host = args[2];
        int port = Integer.parseInt(args[3]);
        String message = switch (args[1]) {
            case "send" -> Files.readString(Path.of(args[4]), UTF_8).replace("\u000b", "").replace("\u001c", "");
            case "results" -> results(args[4], List.of(args).subList(5, args.length));
            case "query" -> query(args[4]);
            case "qry" -> null;
            default -> throw new IllegalArgumentException("hl7 send|results|query|qry, not hl7 " + args[1]);
        };
        try (Hl7Peer peer = new Hl7Peer(host, port, System.out::println)) {
            if (message == null) {
                peer.askMindray(args[4], at -> { });
            } else {
                peer.send(message);
            }
        }
    }

    /**
     * Asks as a Mindray analyzer does: QRY^Q02, VetLIS's QCK^Q02, and when it says OK the DSR^Q03 with the tests,
     * acknowledged with ACK^Q03 (which VetLIS does not answer).
     *
     * @return the QCK and, when there was work, the DSR
     */
    List<String> askMindray(String barcode, java.util.function.LongConsumer firstByte) throws IOException {
        String qck = send(mindrayQuery(barcode), firstByte);
        if (!qck.contains("QCK^Q02")) {
            throw new IllegalStateException("not a QCK^Q02: " + qck);
        }
        if (!qck.contains("\rQAK|SR|OK")) {
            return List.of(qck);
        }
        String dsr = receive(at -> { });
        String controlId = dsr.split("\\|", -1)[9];
        sendBlock("MSH|^~\\&|||||" + LocalDateTime.now().format(HL7_TIME) + "||ACK^Q03|" + controlId + "|P|2.3.1||||||ASCII\r"
                + "MSA|AA|" + controlId + "|Message accepted|||0\rERR|0\r");
        return List.of(qck, dsr);
    }

    /** Sends one message and returns VetLIS's answer, unframed. */
    String send(String message) throws IOException {
        return send(message, at -> { });
    }

    /** The same, telling {@code firstByte} the {@link System#nanoTime()} at which the answer's first byte arrived. */
    String send(String message, java.util.function.LongConsumer firstByte) throws IOException {
        sendBlock(message);
        return receive(firstByte);
    }

    private void sendBlock(String message) throws IOException {
        byte[] block = Mllp.frame(message.replace("\r\n", "\r").replace('\n', '\r').strip().concat("\r").getBytes(UTF_8));
        trace.accept("-> " + AstmControl.visible(block, 0, block.length, 4000));
        socket.getOutputStream().write(block);
        socket.getOutputStream().flush();
    }

    /** The next message VetLIS sends, unframed. */
    private String receive(java.util.function.LongConsumer firstByte) throws IOException {
        MllpReceiver receiver = new MllpReceiver(1 << 20);
        InputStream in = input;
        boolean first = true;
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("VetLIS closed the connection without an answer (the message was not stored)");
            }
            if (first) {
                firstByte.accept(System.nanoTime());
                first = false;
            }
            if (receiver.onByte((byte) b) == MllpReceiver.Event.MESSAGE) {
                byte[] answer = receiver.message();
                trace.accept("<- " + AstmControl.visible(answer, 0, answer.length, 4000));
                return new String(answer, UTF_8);
            }
        }
    }

    /** An ORU^R01 (2.5.1) with one OBX per {@code CODE=VALUE[:UNIT]}, the tube's barcode in OBR-2. */
    static String results(String barcode, List<String> values) {
        String now = LocalDateTime.now().format(HL7_TIME);
        StringBuilder m = new StringBuilder("MSH|^~\\&|VetLIS-Sim|LAB|VETLIS|LAB|").append(now).append("||ORU^R01^ORU_R01|")
                .append(UUID.randomUUID()).append("|P|2.5.1\r")
                .append("OBR|1|").append(barcode).append("||CBC|||").append(now).append('\r');
        for (int i = 0; i < values.size(); i++) {
            String[] codeValue = values.get(i).split("=", 2);
            if (codeValue.length < 2) {
                throw new IllegalArgumentException("results are CODE=VALUE[:UNIT], got " + values.get(i));
            }
            String[] valueUnit = codeValue[1].split(":", 2);
            m.append("OBX|").append(i + 1).append("|NM|").append(codeValue[0]).append("||").append(valueUnit[0]).append('|')
                    .append(valueUnit.length > 1 ? valueUnit[1] : "").append("||N|||F|||").append(now).append('\r');
        }
        return m.toString();
    }

    /** A QBP^Q11 work order query (IHE LAW LAB-27) for one tube. */
    static String query(String barcode) {
        String id = UUID.randomUUID().toString();
        return "MSH|^~\\&|VetLIS-Sim|LAB|VETLIS|LAB|" + LocalDateTime.now().format(HL7_TIME) + "||QBP^Q11^QBP_Q11|" + id + "|P|2.5.1\r"
                + "QPD|WOS^Work Order Step^IHE_LABTF|" + id.replace("-", "") + "|" + barcode + "\r"
                + "RCP|I||R\r";
    }

    /** A QRY^Q02 as Mindray's analyzers send it (2.3.1): the barcode in QRD-8, the "who" filter. */
    static String mindrayQuery(String barcode) {
        String now = LocalDateTime.now().format(HL7_TIME);
        String id = String.valueOf(Math.floorMod(System.nanoTime(), 1_000_000_000L));
        return "MSH|^~\\&|||||" + now + "||QRY^Q02|" + id + "|P|2.3.1||||||ASCII|||\r"
                + "QRD|" + now + "|R|D|" + id + "|||RD|" + barcode + "|OTH|||T|\r"
                + "QRF||||||RCT|COR|ALL||\r";
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
