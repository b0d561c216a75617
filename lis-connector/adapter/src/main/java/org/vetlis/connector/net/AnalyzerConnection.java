package org.vetlis.connector.net;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.vetlis.connector.astm.link.AstmControl;
import org.vetlis.connector.astm.link.AstmReceiver;
import org.vetlis.connector.astm.link.LinkAction;

/**
 * One analyzer's TCP connection: reads bytes, lets the E1381 link decide the answers, writes them, and
 * hands each complete message to the sink before acknowledging its last frame. The connection stays
 * open across transmissions, as analyzers reuse one socket for hours.
 */
final class AnalyzerConnection implements Runnable {

    private static final Logger LOG = Logger.getLogger(AnalyzerConnection.class.getName());

    private final Socket socket;
    private final ListenerRuntime runtime;
    private final MessageSink sink;
    private final String peer;

    AnalyzerConnection(Socket socket, ListenerRuntime runtime, MessageSink sink) {
        this.socket = socket;
        this.runtime = runtime;
        this.sink = sink;
        this.peer = socket.getInetAddress().getHostAddress() + ":" + socket.getPort();
    }

    @Override
    public void run() {
        String name = runtime.settings().name();
        Thread.currentThread().setName("vetlis-" + name + "-" + peer);
        LOG.info(() -> "Listener " + name + ": analyzer connected from " + peer);
        try (socket) {
            socket.setSoTimeout(runtime.settings().receiveTimeoutMillis());
            socket.setTcpNoDelay(true); // one-byte answers must leave at once
            converse(socket.getInputStream(), socket.getOutputStream());
        } catch (IOException e) {
            if (!socket.isClosed()) {
                LOG.log(Level.WARNING, "Listener " + name + ": connection from " + peer + " failed: " + e.getMessage());
            }
        } finally {
            runtime.connectionClosed();
            LOG.info(() -> "Listener " + name + ": analyzer " + peer + " disconnected");
        }
    }

    /** Closes the socket; the reading thread then ends. */
    void close() {
        try {
            socket.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "closing " + peer, e);
        }
    }

    private void converse(InputStream in, OutputStream out) throws IOException {
        ListenerSettings settings = runtime.settings();
        AstmReceiver link = new AstmReceiver(settings.maxFrameBytes(), settings.maxMessageBytes(), settings.tolerantFraming());
        byte[] buffer = new byte[8192];
        while (true) {
            int read;
            try {
                read = in.read(buffer);
            } catch (SocketTimeoutException silence) {
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
            for (int i = 0; i < read; i++) {
                act(link, link.onByte(buffer[i]), out);
            }
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
            sink.deliver(message, peer);
            runtime.delivered(Instant.now());
            return true;
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Listener " + runtime.settings().name() + ": message of " + message.length
                    + " bytes from " + peer + " could not be stored; the analyzer is asked to send it again", e);
            return false;
        }
    }

    private static void answer(OutputStream out, LinkAction action) throws IOException {
        switch (action) {
            case SEND_ACK -> {
                out.write(AstmControl.ACK);
                out.flush();
            }
            case SEND_NAK -> {
                out.write(AstmControl.NAK);
                out.flush();
            }
            case NONE, DELIVER -> { }
        }
    }
}
