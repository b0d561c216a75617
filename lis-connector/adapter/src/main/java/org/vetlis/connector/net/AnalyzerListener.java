package org.vetlis.connector.net;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.vetlis.connector.api.ListenerState;
import org.vetlis.connector.api.Protocol;

/**
 * Owns one analyzer port: binds it, accepts connections and runs each on its own thread from the
 * executor it is given (the JCA WorkManager in the server, a plain pool in tests).
 *
 * <p>A port has exactly one owner: the socket is bound without SO_REUSEPORT, so a second listener on the
 * same port fails to bind instead of silently sharing the traffic (two owners once duplicated every result).
 */
public final class AnalyzerListener implements Runnable {

    private static final Logger LOG = Logger.getLogger(AnalyzerListener.class.getName());

    private final ListenerRuntime runtime;
    private final MessageSink sink;
    private final Executor executor;
    private final Set<AnalyzerConnection> connections = ConcurrentHashMap.newKeySet();
    private final CountDownLatch acceptLoopEnded = new CountDownLatch(1);
    private volatile boolean accepting;
    private volatile ServerSocket serverSocket;

    public AnalyzerListener(ListenerRuntime runtime, MessageSink sink, Executor executor) {
        this.runtime = runtime;
        this.sink = sink;
        this.executor = executor;
    }

    /** Binds the port now, so a port already taken is known at activation, with a clear reason. */
    public void bind() throws IOException {
        ListenerSettings settings = runtime.settings();
        ServerSocket socket = new ServerSocket();
        try {
            socket.bind(new InetSocketAddress(settings.bindAddress(), settings.port()), 50);
        } catch (BindException e) {
            socket.close();
            String why = "port " + settings.port() + " on " + settings.bindAddress() + " is already in use";
            runtime.moveTo(ListenerState.FAILED, why);
            throw new BindException(why);
        } catch (IOException e) {
            socket.close();
            runtime.moveTo(ListenerState.FAILED, "cannot bind " + settings.bindAddress() + ":" + settings.port() + ": " + e.getMessage());
            throw e;
        }
        serverSocket = socket;
        runtime.moveTo(ListenerState.LISTENING, null);
        LOG.info(() -> "Listener " + settings.name() + " listening on " + settings.bindAddress() + ":" + settings.port());
    }

    /** The accept loop; ends when {@link #close()} closes the server socket. */
    @Override
    public void run() {
        ServerSocket socket = serverSocket;
        if (socket == null) {
            throw new IllegalStateException("bind() first");
        }
        Thread.currentThread().setName("vetlis-" + runtime.settings().name() + "-accept");
        accepting = true;
        try {
            while (!socket.isClosed()) {
                try {
                    accept(socket.accept());
                } catch (IOException e) {
                    if (!socket.isClosed()) {
                        runtime.moveTo(ListenerState.FAILED, "accept failed: " + e.getMessage());
                        LOG.log(Level.SEVERE, "Listener " + runtime.settings().name() + " stopped accepting", e);
                        return;
                    }
                }
            }
        } finally {
            acceptLoopEnded.countDown();
        }
    }

    /**
     * Stops accepting and frees the port, lets each connection finish the transmission in flight (its message
     * stored and acknowledged) for up to {@code grace}, then closes what is left. The port is free only when the
     * accept loop has left {@code accept()}: while a thread is blocked there, the JDK defers the real close until
     * it returns, so this waits for the loop to end (a few milliseconds).
     */
    public void stop(Duration grace) {
        runtime.moveTo(ListenerState.STOPPING, null);
        ServerSocket socket = serverSocket;
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                LOG.log(Level.FINE, "closing listener " + runtime.settings().name(), e);
            }
            if (accepting) {
                awaitAcceptLoopEnd();
            }
        }
        connections.forEach(AnalyzerConnection::stopGracefully);
        long deadline = System.nanoTime() + grace.toNanos();
        while (!connections.isEmpty() && System.nanoTime() < deadline && !Thread.currentThread().isInterrupted()) {
            pause();
        }
        if (!connections.isEmpty()) {
            LOG.warning(() -> "Listener " + runtime.settings().name() + ": " + connections.size()
                    + " connection(s) still mid-transmission after " + grace.toSeconds() + " s are closed; unacknowledged frames are sent again by the analyzer");
            connections.forEach(AnalyzerConnection::close);
        }
        runtime.trace().close();
        runtime.moveTo(ListenerState.STOPPED, null);
    }

    /** Stops at once: every connection is closed, whatever it was doing (what was not acknowledged is sent again). */
    public void close() {
        stop(Duration.ZERO);
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitAcceptLoopEnd() {
        try {
            if (!acceptLoopEnded.await(5, TimeUnit.SECONDS)) {
                LOG.warning(() -> "Listener " + runtime.settings().name() + ": accept loop did not end within 5 s of closing");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void accept(Socket socket) throws IOException {
        if (!runtime.tryOpenConnection()) {
            LOG.warning(() -> "Listener " + runtime.settings().name() + ": connection from " + socket.getRemoteSocketAddress()
                    + " refused, already " + runtime.settings().maxConnections() + " open");
            socket.close();
            return;
        }
        AnalyzerConnection connection = runtime.settings().protocol() == Protocol.HL7
                ? new MllpConnection(socket, runtime, sink) : new AstmConnection(socket, runtime, sink);
        connections.add(connection);
        try {
            executor.execute(() -> {
                try {
                    connection.run();
                } finally {
                    connections.remove(connection);
                }
            });
        } catch (RuntimeException e) {
            connections.remove(connection);
            runtime.connectionClosed();
            socket.close();
            LOG.log(Level.WARNING, "Listener " + runtime.settings().name() + ": no thread for a new connection", e);
        }
    }
}
