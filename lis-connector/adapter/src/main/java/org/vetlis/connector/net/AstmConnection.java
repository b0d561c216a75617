package org.vetlis.connector.net;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.vetlis.connector.api.AnalyzerReply;
import org.vetlis.connector.astm.link.AstmControl;
import org.vetlis.connector.astm.link.AstmReceiver;
import org.vetlis.connector.astm.link.AstmSender;
import org.vetlis.connector.astm.link.LinkAction;

/**
 * An ASTM analyzer's TCP connection: reads bytes, lets the E1381 link decide the answers, writes them, and
 * hands each complete message to the sink before acknowledging its last frame; when the sink has a reply (a host
 * query's answer), sends it once the analyzer's transmission has ended. The connection stays open across
 * transmissions, as analyzers reuse one socket for hours.
 */
final class AstmConnection extends AnalyzerConnection {

    private static final Logger LOG = Logger.getLogger(AstmConnection.class.getName());

    /** What VetLIS sends back once the analyzer's transmission has ended (a host query's answer), or null. */
    private byte[] pendingReply;

    AstmConnection(Socket socket, ListenerRuntime runtime, MessageSink sink) {
        super(socket, runtime, sink);
    }

    @Override
    protected void converse(InputStream in, OutputStream out) throws IOException {
        ListenerSettings settings = runtime.settings();
        AstmReceiver link = new AstmReceiver(settings.maxFrameBytes(), settings.maxMessageBytes(), settings.tolerantFraming());
        byte[] buffer = new byte[8192];
        long quietSince = System.nanoTime();
        while (true) {
            int read;
            try {
                read = in.read(buffer);
                quietSince = System.nanoTime();
            } catch (SocketTimeoutException silence) {
                if (link.phase() == AstmReceiver.Phase.NEUTRAL && idleTooLong(quietSince)) {
                    LOG.info(() -> "Listener " + settings.name() + ": " + peer + " quiet for " + settings.idleTimeoutMillis() / 60_000
                            + " min (idle-timeout-minutes); connection closed");
                    return;
                }
                if (link.phase() != AstmReceiver.Phase.NEUTRAL) {
                    LOG.warning(() -> "Listener " + settings.name() + ": " + peer + " fell silent mid-transmission (E1381"
                            + " receive timer); what was acknowledged is kept, the rest dropped");
                }
                act(link, link.receiveTimeout(), out);
                continue;
            }
            if (read < 0) {
                act(link, link.receiveTimeout(), out); // the analyzer hung up: keep what it was told we have
                return;
            }
            if (LOG.isLoggable(Level.FINER)) {
                LOG.finer("Listener " + settings.name() + " <- " + peer + ": " + AstmControl.visible(buffer, 0, read, 120));
            }
            runtime.trace().received(peer, buffer, 0, read);
            for (int i = 0; i < read; i++) {
                act(link, link.onByte(buffer[i]), out);
                if (pendingReply != null && link.phase() == AstmReceiver.Phase.NEUTRAL) {
                    sendReply(in, out);
                }
                inFlight = pendingReply != null || link.phase() != AstmReceiver.Phase.NEUTRAL;
            }
            if (stopping && !inFlight) {
                return; // the listener is stopping and this transmission is done
            }
        }
    }

    /**
     * VetLIS turns the line around and sends its reply (the answer to a host query) as the sender: ENQ, frames,
     * EOT, by {@link AstmSender}. If the analyzer wants the line at the same moment it has priority: its
     * transmission is received first and the reply sent after. A reply the analyzer does not take is dropped
     * (the analyzer asks again).
     */
    private void sendReply(InputStream in, OutputStream out) throws IOException {
        ListenerSettings settings = runtime.settings();
        AstmSender sender = new AstmSender();
        AstmSender.Step step = sender.start(List.of(pendingReply), settings.profile().maxFrameText());
        try {
            while (true) {
                write(out, step.send());
                if (step.timer() != null) {
                    socket.setSoTimeout(step.timer().isZero() ? settings.receiveTimeoutMillis() : (int) step.timer().toMillis());
                }
                if (step.outcome() != AstmSender.Outcome.IN_PROGRESS) {
                    break;
                }
                int b;
                try {
                    b = in.read();
                } catch (SocketTimeoutException silence) {
                    step = sender.onTimeout();
                    continue;
                }
                if (b < 0) {
                    throw new IOException("the analyzer closed the connection during VetLIS's reply");
                }
                runtime.trace().received(peer, new byte[] {(byte) b}, 0, 1);
                step = sender.onByte((byte) b);
            }
        } finally {
            socket.setSoTimeout(settings.receiveTimeoutMillis());
        }
        AstmSender.Outcome outcome = step.outcome();
        if (outcome == AstmSender.Outcome.YIELDED) {
            LOG.fine(() -> "Listener " + settings.name() + ": " + peer + " wanted the line too; the reply waits for its transmission");
            return; // the analyzer's next ENQ is answered by the receiving side; the reply is sent after
        }
        if (outcome == AstmSender.Outcome.FAILED) {
            LOG.warning(() -> "Listener " + settings.name() + ": " + peer + " did not take VetLIS's reply; it was dropped");
        }
        pendingReply = null;
    }

    private void write(OutputStream out, byte[] bytes) throws IOException {
        if (bytes.length > 0) {
            out.write(bytes);
            out.flush();
            runtime.trace().sent(peer, bytes);
        }
    }

    /** Stores a delivered message before answering its last frame; sends what the link says to send. */
    private void act(AstmReceiver link, LinkAction action, OutputStream out) throws IOException {
        if (action == LinkAction.DELIVER) {
            if (!link.completedMessageIsWhole()) {
                LOG.warning(() -> "Listener " + runtime.settings().name() + ": transmission from " + peer
                        + " ended before the terminator record; the records acknowledged so far are stored as they are");
            }
            action = link.messageStored(deliver(link.completedMessage()));
        }
        answer(out, action);
    }

    private boolean deliver(byte[] message) {
        try {
            AnalyzerReply reply = sink.deliver(message, peer);
            runtime.delivered(Instant.now());
            if (reply != null) {
                pendingReply = reply.records();
            }
            return true;
        } catch (Exception e) {
            runtime.refused();
            LOG.log(Level.WARNING, "Listener " + runtime.settings().name() + ": message of " + message.length
                    + " bytes from " + peer + " could not be stored; the analyzer is asked to send it again", e);
            return false;
        }
    }

    private void answer(OutputStream out, LinkAction action) throws IOException {
        switch (action) {
            case SEND_ACK -> write(out, new byte[] {AstmControl.ACK});
            case SEND_NAK -> write(out, new byte[] {AstmControl.NAK});
            case NONE, DELIVER -> { }
        }
    }
}
