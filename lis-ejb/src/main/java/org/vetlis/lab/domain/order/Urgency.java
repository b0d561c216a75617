package org.vetlis.lab.domain.order;

/** How soon the clinic needs the results; STAT goes before everything else. */
public enum Urgency {
    ROUTINE(2), URGENT(1), STAT(0);

    private final int rank;

    Urgency(int rank) {
        this.rank = rank;
    }

    /** The urgency of a rank (0 STAT, 1 URGENT, 2 ROUTINE). */
    public static Urgency ofRank(int rank) {
        for (Urgency u : values()) {
            if (u.rank == rank) {
                return u;
            }
        }
        throw new IllegalArgumentException("no urgency has rank " + rank);
    }

    /** Place in a worklist: 0 for STAT, first; stored on each test run so a worklist page is read in index order. */
    public int rank() {
        return rank;
    }
}
