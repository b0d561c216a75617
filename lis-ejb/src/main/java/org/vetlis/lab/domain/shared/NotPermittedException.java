package org.vetlis.lab.domain.shared;

/** Something the caller's role allows in general, refused for this one thing (another practice's animal). */
public class NotPermittedException extends RuntimeException {

    public NotPermittedException(String message) {
        super(message);
    }
}
