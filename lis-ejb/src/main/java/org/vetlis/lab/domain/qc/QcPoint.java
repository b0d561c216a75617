package org.vetlis.lab.domain.qc;

import java.time.Instant;
import java.util.Objects;

/**
 * One control result as the rules read it: which level and lot it is of, when it was measured, which run it belongs
 * to (the levels measured together), and how far it lies from the lot's target mean in standard deviations.
 */
public record QcPoint(long id, String level, String lot, String run, Instant measuredAt, double z) {

    public QcPoint {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(lot, "lot");
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(measuredAt, "measuredAt");
        if (Double.isNaN(z) || Double.isInfinite(z)) {
            throw new IllegalArgumentException("z must be a number: " + z);
        }
    }

    boolean sameSeries(QcPoint other) {
        return level.equals(other.level) && lot.equals(other.lot);
    }
}
