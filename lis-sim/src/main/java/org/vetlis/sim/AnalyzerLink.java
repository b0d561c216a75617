package org.vetlis.sim;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.vetlis.connector.astm.link.AstmControl;
import org.vetlis.connector.astm.link.AstmReceiver;
import org.vetlis.connector.astm.link.AstmSender;
import org.vetlis.connector.astm.link.LinkAction;

/**
 * One analyzer's connection to VetLIS, driven by the same E1381 state machines VetLIS uses: {@link AstmSender} to
 * send a message (ENQ, frames, retransmission on NAK, EOT), {@link AstmReceiver} to take VetLIS's answer. Faults
 * can be injected into what is sent, to watch VetLIS handle them. Every byte can be traced readably.
 */
final class AnalyzerLink implements AutoCloseable {

    /**
     * What to do wrong on purpose, for fault injection; {@link #NONE} for an analyzer that behaves.
     *
     * @param slowAckMillis how long to wait before acknowledging each frame VetLIS sends (its answer to a query)
     * @param contend       when VetLIS asks for the line to answer, ask for it at the same moment (ENQ against ENQ)
     */
    record Faults(int badChecksumFrame, int repeatedFrame, boolean splitWrites, boolean hangUpBeforeEot, int slowAckMillis,
                  boolean contend) {
        static final Faults NONE = new Faults(0, 0, false, false, 0, false);
    }

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final int frameText;
    private final int timeoutMillis;
    private final Consumer<String> trace;

    AnalyzerLink(String host, int port, int frameText, int timeoutMillis, Consumer<String> trace) throws IOException {
        this.socket = new Socket(host, port);
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(timeoutMillis);
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
        this.frameText = frameText;
        this.timeoutMillis = timeoutMillis;
        this.trace = trace;
    }

    /** Sends one message in its own transmission; returns when its last frame is acknowledged and EOT sent. */
    void send(byte[] message) throws IOException {
        send(message, Faults.NONE);
    }

    void send(byte[] message, Faults faults) throws IOException {
        AstmSender sender = new AstmSender();
        AstmSender.Step step = sender.start(List.of(message), frameText);
        int frame = 0;
        byte[] lastFrame = null;
        while (true) {
            byte[] bytes = step.send();
            boolean isFrame = bytes.length > 0 && bytes[0] == AstmControl.STX;
            boolean firstSend = isFrame && !Arrays.equals(bytes, lastFrame);
            if (firstSend) {
                frame++;
                lastFrame = bytes;
                if (frame == faults.badChecksumFrame()) {
                    bytes = bytes.clone();
                    bytes[bytes.length - 3] ^= 0x01; // one checksum character off: VetLIS must NAK, and we send it again
                }
            }
            if (step.outcome() == AstmSender.Outcome.SENT && faults.hangUpBeforeEot()) {
                trace.accept("-- hanging up before EOT");
                socket.close();
                return;
            }
            write(bytes, faults.splitWrites());
            if (firstSend && frame == faults.repeatedFrame()) {
                trace.accept("<- " + visible((byte) read()) + "  (sending the frame again as if that answer was lost)");
                write(bytes, false);
            }
            if (step.outcome() != AstmSender.Outcome.IN_PROGRESS) {
                if (step.outcome() != AstmSender.Outcome.SENT) {
                    throw new IOException("the message was not taken: " + step.outcome());
                }
                return;
            }
            socket.setSoTimeout(step.timer() == null || step.timer().isZero() ? timeoutMillis : (int) step.timer().toMillis());
            try {
                byte answer = (byte) read();
                trace.accept("<- " + visible(answer));
                step = sender.onByte(answer);
            } catch (SocketTimeoutException silence) {
                step = sender.onTimeout();
            }
        }
    }

    /** Takes one message VetLIS sends (its answer to a query) as the receiver, and the EOT after it. */
    byte[] receive() throws IOException {
        return receive(firstByteAt -> { }, Faults.NONE);
    }

    /**
     * The same, with faults: a slow ACK for each frame; or contention, where the analyzer answers VetLIS's ENQ with
     * an ENQ of its own, has priority, sends a message of its own, and takes VetLIS's answer after it.
     */
    byte[] receive(Faults faults) throws IOException {
        if (faults.contend()) {
            int enq = read();
            trace.accept("<- " + visible((byte) enq) + "  (answering with ENQ: both want the line, the analyzer goes first)");
            write(new byte[] {AstmControl.ENQ}, false);
            pause(1000); // E1381: the instrument waits a second, then asks for the line again
            send("H|\\^&|||VetLIS-Sim\rL|1|N\r".getBytes(StandardCharsets.ISO_8859_1));
        }
        return receive(firstByteAt -> { }, faults);
    }

    /** The same, telling {@code firstByte} the {@link System#nanoTime()} at which VetLIS's first byte arrived. */
    byte[] receive(java.util.function.LongConsumer firstByte) throws IOException {
        return receive(firstByte, Faults.NONE);
    }

    private byte[] receive(java.util.function.LongConsumer firstByte, Faults faults) throws IOException {
        AstmReceiver receiver = new AstmReceiver(1 << 20, 16 << 20);
        byte[] message = null;
        boolean first = true;
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("VetLIS closed the connection");
            }
            if (first) {
                firstByte.accept(System.nanoTime());
                first = false;
            }
            LinkAction action = receiver.onByte((byte) b);
            if (action == LinkAction.DELIVER) {
                message = receiver.completedMessage();
                trace.accept("<- " + AstmControl.visible(message, 0, message.length, 2000));
                action = receiver.messageStored(true);
            }
            if (action == LinkAction.SEND_ACK && faults.slowAckMillis() > 0 && b != AstmControl.ENQ) {
                trace.accept("-- waiting " + faults.slowAckMillis() + " ms before the ACK");
                pause(faults.slowAckMillis());
            }
            if (action == LinkAction.SEND_ACK || action == LinkAction.SEND_NAK) {
                write(new byte[] {action == LinkAction.SEND_ACK ? AstmControl.ACK : AstmControl.NAK}, false);
            }
            if (b == AstmControl.EOT && message != null) {
                trace.accept("<- <EOT>");
                return message;
            }
        }
    }

    private void write(byte[] bytes, boolean split) throws IOException {
        if (bytes.length == 0) {
            return;
        }
        trace.accept("-> " + AstmControl.visible(bytes, 0, bytes.length, 2000));
        if (split && bytes.length > 2) {
            out.write(bytes, 0, bytes.length / 2); // one frame in two TCP writes: VetLIS must join them
            out.flush();
            pause(20);
            out.write(bytes, bytes.length / 2, bytes.length - bytes.length / 2);
        } else {
            out.write(bytes);
        }
        out.flush();
    }

    private int read() throws IOException {
        int answer = in.read();
        if (answer < 0) {
            throw new IOException("connection closed by VetLIS");
        }
        return answer;
    }

    private static String visible(byte b) {
        return AstmControl.visible(new byte[] {b}, 0, 1, 1);
    }

    private static void pause(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
