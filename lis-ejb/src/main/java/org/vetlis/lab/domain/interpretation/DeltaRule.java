package org.vetlis.lab.domain.interpretation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How far a test's result may move from the same animal's previous verified one, within a window of days, before
 * someone must look at both: an absolute change, a change in percent of the previous value, or either. A change
 * beyond it suggests another animal's tube, a sampling error or a real turn for the worse, and holds the result.
 */
public record DeltaRule(BigDecimal absolute, BigDecimal percent, int windowDays) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public DeltaRule {
        if (absolute == null && percent == null) {
            throw new IllegalArgumentException("a delta rule needs an absolute or a percent limit");
        }
        if (windowDays < 1) {
            throw new IllegalArgumentException("a delta rule's window is at least one day");
        }
    }

    /** Whether moving from {@code previous} to {@code now} goes beyond either limit (a limit itself is within). */
    public boolean fails(BigDecimal now, BigDecimal previous) {
        BigDecimal change = now.subtract(previous).abs();
        if (absolute != null && change.compareTo(absolute) > 0) {
            return true;
        }
        return percent != null && previous.signum() != 0
                && change.multiply(HUNDRED).divide(previous.abs(), 6, RoundingMode.HALF_UP).compareTo(percent) > 0;
    }

    /** As the reason of a hold says it: "±0.1", "±50 %", "±0.1 or ±50 %". */
    public String describe() {
        String abs = absolute == null ? null : "±" + absolute.stripTrailingZeros().toPlainString();
        String pct = percent == null ? null : "±" + percent.stripTrailingZeros().toPlainString() + " %";
        return abs != null && pct != null ? abs + " or " + pct : abs != null ? abs : pct;
    }
}
