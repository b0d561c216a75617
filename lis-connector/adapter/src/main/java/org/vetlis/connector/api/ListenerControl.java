package org.vetlis.connector.api;

import java.util.List;

/**
 * The application's hand on the connector's listeners (a JCA connection, taken from a
 * {@link ListenerControlFactory} and closed after use). Listeners live as long as the connector, not as long
 * as the connection: closing the connection leaves them running.
 */
public interface ListenerControl extends AutoCloseable {

    /**
     * Makes the listener {@code spec.name()} listen as {@code spec} says: starts it, or restarts it when its
     * settings changed or it failed; leaves it alone when it already listens so. A port that cannot be bound
     * leaves the listener {@link ListenerState#FAILED} with the reason; nothing is thrown.
     */
    ListenerStatus open(ListenerSpec spec);

    /** Stops the listener gracefully (a transmission in flight is finished first) and forgets it; unknown: nothing. */
    void close(String name);

    /** Stops the listener gracefully and starts it again with the same settings. */
    ListenerStatus restart(String name);

    /** Every listener the connector knows, by name. */
    List<ListenerStatus> listeners();

    /** Gives the connection back; the listeners go on. */
    @Override
    void close();
}
