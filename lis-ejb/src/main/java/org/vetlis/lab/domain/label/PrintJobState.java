package org.vetlis.lab.domain.label;

/** Where a label's print job stands. */
public enum PrintJobState {
    /** Waiting for its printer (not yet tried, or the printer was off or busy: tried again later). */
    QUEUED,
    /** Delivered to the printer. */
    SENT,
    /** Given up after a day without the printer answering; a reprint queues it again. */
    FAILED
}
