package org.vetlis.lab.domain.qc;

/** What the rules made of a control result. */
public enum QcVerdict {
    /** Within the rules. */
    ACCEPTED,
    /** A warning rule fired: shown, not blocking. */
    WARNING,
    /** A rejection rule fired: the analyzer and test are out of control. */
    REJECTED,
    /** Kept while the lab's own target of the lot is being worked out; not judged. */
    ESTABLISHING;

    /** Whether the result is part of the series later runs are read against. */
    public boolean counts() {
        return this == ACCEPTED || this == WARNING;
    }
}
