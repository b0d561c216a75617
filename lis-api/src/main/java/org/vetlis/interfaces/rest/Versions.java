package org.vetlis.interfaces.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

/**
 * Optimistic locking over HTTP: a representation carries its version as a weak ETag, and a change must send it
 * back in {@code If-Match}; a change without it is refused (428), one based on an old version gets 409.
 */
public final class Versions {

    private Versions() {
    }

    public static EntityTag tag(long version) {
        return new EntityTag(Long.toString(version), true);
    }

    /** The version an {@code If-Match} header names ({@code W/"3"}, {@code "3"} or {@code 3}). */
    public static long required(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new WebApplicationException("Send the ETag of the version you changed in If-Match.", 428);
        }
        String value = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new WebApplicationException("If-Match must be an ETag this API gave out, like W/\"3\".", Response.Status.BAD_REQUEST);
        }
    }
}
