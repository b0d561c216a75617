package org.vetlis.lab.domain.report;

/** What a report says of itself, printed on every page. */
public enum ReportKind {
    /** Rendered before release: results may still change or be missing. Never stored. */
    PRELIMINARY,
    /** Released: every result verified. */
    FINAL,
    /** Issued again after a released result was amended. */
    AMENDED
}
