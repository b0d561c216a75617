package org.vetlis.connector.api;

/** Life of one analyzer listener (one TCP port). */
public enum ListenerState {
    STARTING,
    LISTENING,
    /** It could not bind its port or its accept loop died; the detail says why. */
    FAILED,
    /** Finishing the transmissions in flight before it closes. */
    STOPPING,
    STOPPED
}
