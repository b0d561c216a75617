package org.vetlis.sim;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.List;

import org.vetlis.connector.astm.link.AstmControl;
import org.vetlis.connector.astm.link.AstmFrameEncoder;

/**
 * The sending side of E1381 as an analyzer plays it on one connection: ENQ, frames each answered by ACK
 * (a NAK'd frame is sent again, up to six times), EOT. Blocking and simple: one message at a time.
 */
final class AstmSender implements AutoCloseable {

    private static final int MAX_SENDS = 6;

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final int frameText;

    AstmSender(String host, int port, int frameText, int timeoutMillis) throws IOException {
        this.socket = new Socket(host, port);
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(timeoutMillis);
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
        this.frameText = frameText;
    }

    /** Sends one message in its own transmission; returns when its last frame is acknowledged. */
    void send(byte[] message) throws IOException {
        out.write(AstmControl.ENQ);
        out.flush();
        expect(AstmControl.ACK, "ENQ");
        List<byte[]> frames = AstmFrameEncoder.frames(message, 1, frameText);
        for (int i = 0; i < frames.size(); i++) {
            sendFrame(frames.get(i), i + 1);
        }
        out.write(AstmControl.EOT);
        out.flush();
    }

    private void sendFrame(byte[] frame, int index) throws IOException {
        for (int attempt = 1; attempt <= MAX_SENDS; attempt++) {
            out.write(frame);
            out.flush();
            int answer = read();
            if (answer == AstmControl.ACK) {
                return;
            }
        }
        out.write(AstmControl.EOT);
        out.flush();
        throw new IOException("frame " + index + " refused " + MAX_SENDS + " times");
    }

    private void expect(byte wanted, String after) throws IOException {
        int answer = read();
        if (answer != wanted) {
            throw new IOException("after " + after + " expected " + wanted + " but got " + answer);
        }
    }

    private int read() throws IOException {
        int answer = in.read();
        if (answer < 0) {
            throw new IOException("connection closed by VetLIS");
        }
        return answer;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
