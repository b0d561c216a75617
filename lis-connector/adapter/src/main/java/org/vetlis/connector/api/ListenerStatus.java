package org.vetlis.connector.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * What one listener is doing right now, for health checks, the dispatcher status and operators.
 *
 * @param name          listener name
 * @param instrument    the instrument it listens for
 * @param bindAddress   address it binds
 * @param port          TCP port
 * @param protocol      ASTM or HL7
 * @param state         life-cycle state
 * @param detail        why it is in that state (bind error), or null
 * @param connections   analyzer connections open now
 * @param messages      complete messages delivered since it started
 * @param refused       messages the application could not store (the analyzer was asked to send them again)
 * @param lastMessageAt when the last message was delivered, or null
 * @param startedAt     when it last started listening, or null
 */
public record ListenerStatus(String name, String instrument, String bindAddress, int port, Protocol protocol, ListenerState state, String detail,
                             int connections, long messages, long refused, Instant lastMessageAt, Instant startedAt)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public boolean isListening() {
        return state == ListenerState.LISTENING;
    }
}
