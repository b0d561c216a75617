package org.vetlis.connector.api;

import java.time.Instant;

/**
 * What one listener is doing right now, for health checks, the system page and operators.
 *
 * @param name          listener name (from the message-driven bean's activation)
 * @param bindAddress   address it binds, or null when not configured
 * @param port          TCP port, or 0 when not configured
 * @param state         life-cycle state
 * @param detail        why it is in that state (bind error, missing configuration), or null
 * @param connections   analyzer connections open now
 * @param messages      complete messages delivered since start
 * @param lastMessageAt when the last message was delivered, or null
 */
public record ListenerStatus(String name, String bindAddress, int port, ListenerState state, String detail,
                             int connections, long messages, Instant lastMessageAt) {

    public boolean isListening() {
        return state == ListenerState.LISTENING;
    }
}
