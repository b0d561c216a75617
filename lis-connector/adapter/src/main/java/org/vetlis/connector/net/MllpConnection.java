package org.vetlis.connector.net;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.vetlis.connector.api.AnalyzerReply;
import org.vetlis.connector.hl7.mllp.Mllp;
import org.vetlis.connector.hl7.mllp.MllpReceiver;

/**
 * An HL7 analyzer's TCP connection: MLLP blocks in, each message handed to the sink, and the sink's answer (the
 * HL7 acknowledgement, or the answer to a query, built by the application once the message is stored) sent back as
 * a block. A message that cannot be stored gets no answer and the connection is closed: the sender, which waits for
 * its acknowledgement, sends the message again when it reconnects. One connection carries many messages.
 */
final class MllpConnection extends AnalyzerConnection {

    private static final Logger LOG = Logger.getLogger(MllpConnection.class.getName());

    MllpConnection(Socket socket, ListenerRuntime runtime, MessageSink sink) {
        super(socket, runtime, sink);
    }

    @Override
    protected void converse(InputStream in, OutputStream out) throws IOException {
        ListenerSettings settings = runtime.settings();
        MllpReceiver receiver = new MllpReceiver(settings.maxMessageBytes());
        byte[] buffer = new byte[8192];
        long quietSince = System.nanoTime();
        while (true) {
            int read;
            try {
                read = in.read(buffer);
                quietSince = System.nanoTime();
            } catch (SocketTimeoutException silence) {
                if (receiver.inMessage()) {
                    LOG.warning(() -> "Listener " + settings.name() + ": " + peer + " fell silent mid-message; the part received is dropped");
                    return; // no acknowledgement was given: the sender sends it again
                }
                if (idleTooLong(quietSince)) {
                    return;
                }
                continue;
            }
            if (read < 0) {
                return;
            }
            runtime.trace().received(peer, buffer, 0, read);
            for (int i = 0; i < read; i++) {
                MllpReceiver.Event event = receiver.onByte(buffer[i]);
                if (event == MllpReceiver.Event.MESSAGE && !deliver(receiver.message(), out)) {
                    return;
                }
                if (event == MllpReceiver.Event.TOO_LONG) {
                    runtime.refused();
                    LOG.warning(() -> "Listener " + settings.name() + ": a message from " + peer + " was longer than "
                            + settings.maxMessageBytes() + " bytes (max-message-bytes); it was not taken and the connection is closed");
                    return;
                }
                inFlight = receiver.inMessage();
            }
            if (stopping && !receiver.inMessage()) {
                return;
            }
        }
    }

    /** Stores the message and sends the answer; false when it could not be stored (the connection then ends). */
    private boolean deliver(byte[] message, OutputStream out) throws IOException {
        AnalyzerReply answer;
        try {
            answer = sink.deliver(message, peer);
            runtime.delivered(Instant.now());
        } catch (Exception e) {
            runtime.refused();
            LOG.log(Level.WARNING, "Listener " + runtime.settings().name() + ": HL7 message of " + message.length + " bytes from " + peer
                    + " could not be stored; no acknowledgement, the connection is closed so the sender sends it again", e);
            return false;
        }
        if (answer != null) {
            java.io.ByteArrayOutputStream blocks = new java.io.ByteArrayOutputStream();
            for (byte[] reply : answer.messages()) { // each its own block: an acknowledgement, or a query's answers in turn
                byte[] block = Mllp.frame(reply);
                blocks.writeBytes(block);
                runtime.trace().sent(peer, block);
            }
            out.write(blocks.toByteArray()); // the blocks of one answer leave in one write
            out.flush();
        }
        return true;
    }
}
