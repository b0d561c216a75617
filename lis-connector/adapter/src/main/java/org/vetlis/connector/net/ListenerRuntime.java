package org.vetlis.connector.net;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.vetlis.connector.api.ListenerState;
import org.vetlis.connector.api.ListenerStatus;

/** The live counters and state of one listener; safe to read from any thread. */
public final class ListenerRuntime {

    private final ListenerSettings settings;
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicLong messages = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private volatile ListenerState state = ListenerState.STARTING;
    private volatile String detail;
    private volatile Instant lastMessageAt;
    private volatile Instant startedAt;

    private final ByteTrace trace;

    public ListenerRuntime(ListenerSettings settings) {
        this.settings = settings;
        this.trace = new ByteTrace(settings.traceDirectory() == null ? null : Path.of(settings.traceDirectory()), settings.traceDays());
    }

    ByteTrace trace() {
        return trace;
    }

    public ListenerSettings settings() {
        return settings;
    }

    public ListenerStatus status() {
        return new ListenerStatus(settings.name(), settings.instrument(), settings.bindAddress(), settings.port(),
                settings.protocol(), state, detail, connections.get(), messages.get(), refused.get(), lastMessageAt, startedAt);
    }

    void moveTo(ListenerState newState, String why) {
        state = newState;
        detail = why;
        if (newState == ListenerState.LISTENING) {
            startedAt = Instant.now();
        }
    }

    boolean tryOpenConnection() {
        int now = connections.incrementAndGet();
        if (now > settings.maxConnections()) {
            connections.decrementAndGet();
            return false;
        }
        return true;
    }

    void connectionClosed() {
        connections.decrementAndGet();
    }

    void refused() {
        refused.incrementAndGet();
    }

    void delivered(Instant at) {
        messages.incrementAndGet();
        lastMessageAt = at;
    }
}
