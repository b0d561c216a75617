package org.vetlis.connector.ra;

import java.io.IOException;
import java.net.BindException;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.logging.Logger;

import org.vetlis.connector.api.ListenerSpec;
import org.vetlis.connector.api.ListenerState;
import org.vetlis.connector.api.ListenerStatus;
import org.vetlis.connector.net.AnalyzerListener;
import org.vetlis.connector.net.ListenerRuntime;
import org.vetlis.connector.net.ListenerSettings;
import org.vetlis.connector.net.MessageSink;

/**
 * The connector's running listeners, by name, as the application asked for them. Changes are serialised (one
 * start or stop at a time) so two requests never race for a port; status is read without waiting.
 */
final class Listeners {

    private static final Logger LOG = Logger.getLogger(Listeners.class.getName());

    /** How long a stopping listener lets a transmission in flight finish. */
    static final Duration GRACE = Duration.ofSeconds(10);

    private final Map<String, Running> byName = new ConcurrentHashMap<>();
    private final Executor executor;
    private final Function<ListenerSpec, MessageSink> sinks;
    private final Function<String, Optional<String>> config;

    /**
     * @param executor where accept loops and connections run
     * @param sinks    where the messages of a listener go
     * @param config   MicroProfile Config lookup for the listeners' limits
     */
    Listeners(Executor executor, Function<ListenerSpec, MessageSink> sinks, Function<String, Optional<String>> config) {
        this.executor = executor;
        this.sinks = sinks;
        this.config = config;
    }

    /** One listener: what it was asked to be, and its socket when it got one. */
    private record Running(ListenerSpec spec, ListenerRuntime runtime, AnalyzerListener listener, ListenerStatus failure) {

        ListenerStatus status() {
            return failure != null ? failure : runtime.status();
        }

        boolean listening() {
            return failure == null && runtime.status().isListening();
        }
    }

    synchronized ListenerStatus open(ListenerSpec spec) {
        Running current = byName.get(spec.name());
        if (current != null && current.spec().equals(spec) && current.listening()) {
            return current.status();
        }
        if (current != null) {
            stop(current);
        }
        Running started = start(spec);
        byName.put(spec.name(), started);
        reportFailure(started, current);
        return started.status();
    }

    synchronized ListenerStatus restart(String name) {
        Running current = byName.get(name);
        if (current == null) {
            throw new NoSuchElementException("no listener " + name);
        }
        stop(current);
        Running started = start(current.spec());
        byName.put(name, started);
        reportFailure(started, null);
        return started.status();
    }

    synchronized void close(String name) {
        Running current = byName.remove(name);
        if (current != null) {
            stop(current);
        }
    }

    synchronized void closeAll() {
        byName.values().forEach(this::stop);
        byName.clear();
    }

    List<ListenerStatus> statuses() {
        return byName.values().stream().map(Running::status).sorted(Comparator.comparing(ListenerStatus::name)).toList();
    }

    private Running start(ListenerSpec spec) {
        ListenerSettings settings;
        try {
            settings = ListenerSettings.resolve(spec, config);
        } catch (IllegalArgumentException badSettings) {
            return new Running(spec, null, null, failed(spec, badSettings.getMessage()));
        }
        ListenerRuntime runtime = new ListenerRuntime(settings);
        AnalyzerListener listener = new AnalyzerListener(runtime, sinks.apply(spec), executor);
        try {
            listener.bind();
        } catch (IOException e) {
            String why = e.getMessage() + (e instanceof BindException ? holderOf(spec) : "");
            return new Running(spec, null, null, failed(spec, why));
        }
        executor.execute(listener);
        return new Running(spec, runtime, listener, null);
    }

    /** Logs a failure once: a listener retried every round with the same reason is not reported again each time. */
    private static void reportFailure(Running started, Running before) {
        if (started.failure() == null) {
            return;
        }
        boolean sameAsBefore = before != null && before.failure() != null && before.failure().detail().equals(started.failure().detail());
        if (!sameAsBefore) {
            LOG.severe(() -> "Listener " + started.spec().name() + " cannot start: " + started.failure().detail());
        }
    }

    private void stop(Running running) {
        if (running.listener() != null) {
            running.listener().stop(GRACE);
            LOG.info(() -> "Listener " + running.spec().name() + " stopped");
        }
    }

    /** Names the other listener of this connector on the same port, when that is who holds it. */
    private String holderOf(ListenerSpec spec) {
        return byName.values().stream()
                .filter(r -> r.listening() && r.spec().port() == spec.port() && !r.spec().name().equals(spec.name()))
                .map(r -> " (listener " + r.spec().name() + " of instrument " + r.spec().instrument() + " has it)")
                .findFirst().orElse(" by another program");
    }

    private static ListenerStatus failed(ListenerSpec spec, String why) {
        return new ListenerStatus(spec.name(), spec.instrument(), null, spec.port(), spec.protocol(), ListenerState.FAILED, why, 0, 0, 0, null, null);
    }
}
