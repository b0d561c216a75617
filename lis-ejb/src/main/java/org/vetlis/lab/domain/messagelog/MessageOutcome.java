package org.vetlis.lab.domain.messagelog;

/** What became of an analyzer message once it was read. */
public enum MessageOutcome {
    /** Everything in it was attached where it belongs. */
    PROCESSED,
    /** Something in it could not be matched (unknown barcode, unmapped code, unreadable): kept to be matched later. */
    QUARANTINED,
    /** Everything in it had been received before (a message sent again): nothing changed. */
    DUPLICATE,
    /** Stored and acknowledged only: the instrument is capture-only, or not configured. */
    CAPTURED
}
