package org.vetlis.lab.domain.messagelog;

/** What an analyzer message is about. */
public enum MessageKind {
    /** Results (R records). */
    RESULTS,
    /** A host query (Q record): which tests to run on a specimen. */
    QUERY,
    /** Quality control results: kept for the QC module, not attached to patients. */
    QC,
    /** Nothing to act on: a keep-alive, a message of header and terminator only. */
    OTHER,
    /** Could not be read as ASTM records at all. */
    UNREADABLE
}
