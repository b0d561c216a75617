package org.vetlis.lab.domain.shared;

/** The request is understood but conflicts with the state of things (e.g. demo data outside demo mode). */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
