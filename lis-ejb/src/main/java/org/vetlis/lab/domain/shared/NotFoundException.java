package org.vetlis.lab.domain.shared;

/** The thing asked for does not exist. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " does not exist");
    }
}
