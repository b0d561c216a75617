package org.vetlis.lab.domain.interpretation;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * VetLIS's reading of a numeric result against the chosen range: critically low, low, within, high, critically
 * high; or no range for this animal (shown as such: a blank would read as normal). Kept apart from what the
 * analyzer flagged.
 */
public enum ResultFlag {
    LL, L, N, H, HH, NO_RANGE;

    /** The flag of {@code value}: limits are inside the range (a value equal to the high limit is within it). */
    public static ResultFlag of(BigDecimal value, Optional<ReferenceRange> chosen) {
        if (chosen.isEmpty()) {
            return NO_RANGE;
        }
        ReferenceRange range = chosen.get();
        if (range.criticalLow() != null && value.compareTo(range.criticalLow()) < 0) {
            return LL;
        }
        if (range.criticalHigh() != null && value.compareTo(range.criticalHigh()) > 0) {
            return HH;
        }
        if (range.low() != null && value.compareTo(range.low()) < 0) {
            return L;
        }
        if (range.high() != null && value.compareTo(range.high()) > 0) {
            return H;
        }
        return N;
    }

    /** Whether someone must be told now. */
    public boolean isCritical() {
        return this == LL || this == HH;
    }
}
