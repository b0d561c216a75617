package org.vetlis.connector.net;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One analyzer's TCP connection, whatever protocol it speaks: runs on its own thread, talks through
 * {@link #converse}, and ends when the analyzer hangs up, the listener stops, or the protocol says so.
 */
abstract class AnalyzerConnection implements Runnable {

    private static final Logger LOG = Logger.getLogger(AnalyzerConnection.class.getName());

    protected final Socket socket;
    protected final ListenerRuntime runtime;
    protected final MessageSink sink;
    protected final String peer;

    /** Set when the listener stops: the connection ends once the message in flight is done. */
    protected volatile boolean stopping;

    /** Whether a message is in flight (being received, stored or answered); read by {@link #stopGracefully()}. */
    protected volatile boolean inFlight;

    AnalyzerConnection(Socket socket, ListenerRuntime runtime, MessageSink sink) {
        this.socket = socket;
        this.runtime = runtime;
        this.sink = sink;
        this.peer = socket.getInetAddress().getHostAddress() + ":" + socket.getPort();
    }

    /** The conversation, until it ends; the socket is closed afterwards whatever happened. */
    protected abstract void converse(InputStream in, OutputStream out) throws IOException;

    @Override
    public final void run() {
        String name = runtime.settings().name();
        Thread.currentThread().setName("vetlis-" + name + "-" + peer);
        LOG.info(() -> "Listener " + name + ": analyzer connected from " + peer);
        try (socket) {
            socket.setSoTimeout(runtime.settings().receiveTimeoutMillis());
            socket.setTcpNoDelay(true); // one-byte and short answers must leave at once
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

    /**
     * Ends the connection once the message in flight is over (stored and answered); at once when the line is quiet.
     * The analyzer connects again when the listener is back.
     */
    void stopGracefully() {
        stopping = true;
        if (!inFlight) {
            close();
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

    /** Whether an idle timeout is set and the line has been quiet that long. */
    protected boolean idleTooLong(long quietSinceNanos) {
        long limit = runtime.settings().idleTimeoutMillis();
        return limit > 0 && System.nanoTime() - quietSinceNanos >= limit * 1_000_000;
    }
}
