package org.vetlis.connector.api;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Where the application reads what the connector's listeners are doing (health checks, system page).
 * The resource adapter publishes each listener when its endpoint is activated and withdraws it when
 * deactivated; readers get a snapshot.
 */
public final class ConnectorStatus {

    private static final Map<String, Supplier<ListenerStatus>> LISTENERS = new ConcurrentHashMap<>();

    private ConnectorStatus() {
    }

    /** Every known listener, by name. Empty when no listener is activated (e.g. the connector is not deployed). */
    public static List<ListenerStatus> listeners() {
        return LISTENERS.values().stream()
                .map(Supplier::get)
                .sorted(Comparator.comparing(ListenerStatus::name))
                .toList();
    }

    /** Called by the resource adapter only. */
    public static void publish(String listener, Supplier<ListenerStatus> status) {
        LISTENERS.put(listener, status);
    }

    /** Called by the resource adapter only. */
    public static void withdraw(String listener) {
        LISTENERS.remove(listener);
    }
}
