package org.vetlis.connector.api;

/** Life of one analyzer listener (one TCP port). */
public enum ListenerState {
    /** No port is configured for it, so it does not listen. */
    NOT_CONFIGURED,
    STARTING,
    LISTENING,
    /** It could not bind its port or its accept loop died; the detail says why. */
    FAILED,
    STOPPED
}
