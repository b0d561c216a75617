package org.vetlis.lab.domain.order;

import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Why a result waits for a person's look before it is verified (a delta check, a unit, a species, a QC look-back),
 * reasons accumulating, and whether it was measured while its analyzer's QC of the test had failed: such a result is
 * never verified, only rerun. Immutable: each hold gives a new one.
 */
@Embeddable
public class Review {

    static final Review NONE = new Review(null, false);

    @Column(name = "review_reason", length = 1000)
    private String reason;

    @Column(name = "qc_held", nullable = false)
    private boolean qcHeld;

    protected Review() {
        // for JPA
    }

    private Review(String reason, boolean qcHeld) {
        this.reason = reason;
        this.qcHeld = qcHeld;
    }

    /** This review with one more reason. */
    Review hold(String why) {
        return new Review(AnalyzerReport.truncate(reason == null ? why : reason + "; " + why, 1000), qcHeld);
    }

    /** This review with the reason a failed QC holds the result for. */
    Review holdForQc(String why) {
        return new Review(hold(why).reason, true);
    }

    Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    boolean qcHeld() {
        return qcHeld;
    }
}
