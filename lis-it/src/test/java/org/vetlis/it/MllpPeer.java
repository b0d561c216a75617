package org.vetlis.it;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Optional;

import org.vetlis.connector.hl7.mllp.Mllp;

/**
 * An HL7 analyzer on a real TCP connection, writing MLLP blocks by hand: for what HAPI's own client will not do
 * (send a message HAPI cannot read, take two answers to one query, send an acknowledgement and expect none back).
 */
public final class MllpPeer implements AutoCloseable {

    private final Socket socket;

    public MllpPeer(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(15_000);
    }

    /** Sends {@code message} (segments ending in CR) as one block. */
    public void send(String message) throws IOException {
        socket.getOutputStream().write(Mllp.frame(message.getBytes(ISO_8859_1)));
        socket.getOutputStream().flush();
    }

    /** The next block's message; fails when none comes within 15 s. */
    public String receive() throws IOException {
        return next().orElseThrow(() -> new IOException("the connection closed before an answer"));
    }

    /** The next block's message if one comes within {@code millis}; empty when none does. */
    public Optional<String> receiveWithin(int millis) throws IOException {
        socket.setSoTimeout(millis);
        try {
            return next();
        } catch (SocketTimeoutException nothing) {
            return Optional.empty();
        } finally {
            socket.setSoTimeout(15_000);
        }
    }

    private Optional<String> next() throws IOException {
        InputStream in = socket.getInputStream();
        int b = in.read();
        if (b < 0) {
            return Optional.empty();
        }
        if (b != Mllp.START_BLOCK) {
            throw new IOException("not the start of a block: " + b);
        }
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        for (b = in.read(); b != Mllp.END_BLOCK; b = in.read()) {
            if (b < 0) {
                throw new IOException("the connection closed inside a block");
            }
            message.write(b);
        }
        if (in.read() != Mllp.CARRIAGE_RETURN) {
            throw new IOException("a block not ended by FS CR");
        }
        return Optional.of(message.toString(ISO_8859_1));
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
