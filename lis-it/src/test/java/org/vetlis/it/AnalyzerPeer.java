package org.vetlis.it;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.io.IOException;
import java.net.Socket;

import org.vetlis.connector.astm.link.AstmControl;
import org.vetlis.connector.astm.link.AstmFrameEncoder;

/** An analyzer on a real TCP connection to one of the test server's analyzer ports, sending E1381-framed messages. */
public final class AnalyzerPeer implements AutoCloseable {

    private final Socket socket;

    /** An analyzer of the demo chemistry instrument. */
    public AnalyzerPeer() throws IOException {
        this(TestServer.analyzerPort());
    }

    /** An analyzer of the instrument listening on {@code port}. */
    public AnalyzerPeer(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(15_000);
    }

    /** One transmission: ENQ, the message in 240-byte frames, EOT; returns the answer to the last frame. */
    public byte send(String records) throws IOException {
        if (exchange(new byte[] {AstmControl.ENQ}) != AstmControl.ACK) {
            throw new IllegalStateException("the link was not granted");
        }
        byte answer = 0;
        for (byte[] frame : AstmFrameEncoder.frames(records.getBytes(ISO_8859_1), 1, AstmFrameEncoder.DEFAULT_FRAME_TEXT)) {
            answer = exchange(frame);
            if (answer != AstmControl.ACK) {
                break;
            }
        }
        socket.getOutputStream().write(AstmControl.EOT);
        socket.getOutputStream().flush();
        return answer;
    }

    /**
     * A host query as an analyzer makes it: the query in one transmission, then VetLIS's answer taken as the
     * receiver (ACK to its ENQ and to each frame). Returns the answer's record text.
     */
    public String query(String records) throws IOException {
        if (send(records) != AstmControl.ACK) {
            throw new IllegalStateException("the query was not acknowledged");
        }
        int enq = socket.getInputStream().read();
        if (enq != AstmControl.ENQ) {
            throw new IllegalStateException("VetLIS did not ask for the line to answer (got " + enq + ")");
        }
        socket.getOutputStream().write(AstmControl.ACK);
        socket.getOutputStream().flush();
        java.io.ByteArrayOutputStream text = new java.io.ByteArrayOutputStream();
        while (true) {
            int b = socket.getInputStream().read();
            if (b == AstmControl.EOT || b < 0) {
                return text.toString(ISO_8859_1);
            }
            if (b != AstmControl.STX) {
                continue;
            }
            socket.getInputStream().read(); // frame number
            for (int c = socket.getInputStream().read(); c != AstmControl.ETX && c != AstmControl.ETB; c = socket.getInputStream().read()) {
                text.write(c);
            }
            socket.getInputStream().readNBytes(4); // checksum, CR, LF
            socket.getOutputStream().write(AstmControl.ACK);
            socket.getOutputStream().flush();
        }
    }

    /** Writes bytes and returns the one-byte answer. */
    public byte exchange(byte[] bytes) throws IOException {
        socket.getOutputStream().write(bytes);
        socket.getOutputStream().flush();
        int answer = socket.getInputStream().read();
        if (answer < 0) {
            throw new IOException("the server closed the connection");
        }
        return (byte) answer;
    }

    /** Whether the server sends nothing for {@code quiet} (no ENQ of an answer, say). */
    public boolean quietFor(java.time.Duration quiet) throws IOException {
        int before = socket.getSoTimeout();
        socket.setSoTimeout((int) quiet.toMillis());
        try {
            socket.getInputStream().read(); // a byte, or the end of the stream: either way not quiet
            return false;
        } catch (java.net.SocketTimeoutException silence) {
            return true;
        } finally {
            socket.setSoTimeout(before);
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
