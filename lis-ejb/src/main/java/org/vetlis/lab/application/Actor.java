package org.vetlis.lab.application;

import java.util.Objects;

/**
 * Who asks for a change, and from where: recorded with every audited change.
 *
 * @param username the signed-in user (or "system")
 * @param origin   where the request came from, e.g. "api 10.0.0.7" or "web 10.0.0.8"
 */
public record Actor(String username, String origin) {

    public static final Actor SYSTEM = new Actor("system", "server");

    public Actor {
        Objects.requireNonNull(username, "username");
    }
}
