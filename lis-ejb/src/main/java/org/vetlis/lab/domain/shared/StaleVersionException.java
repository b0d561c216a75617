package org.vetlis.lab.domain.shared;

/** Someone changed the thing since the caller read it: the caller must read it again and redo the change. */
public class StaleVersionException extends RuntimeException {

    public StaleVersionException(String what, Object id, long expected, long actual) {
        super(what + " " + id + " is at version " + actual + ", not " + expected + ": it was changed meanwhile");
    }

    /** Refuses a change made to version {@code expected} of something now at version {@code actual}. */
    public static void check(String what, Object id, long expected, long actual) {
        if (expected != actual) {
            throw new StaleVersionException(what, id, expected, actual);
        }
    }
}
