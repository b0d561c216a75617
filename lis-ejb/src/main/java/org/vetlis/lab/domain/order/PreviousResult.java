package org.vetlis.lab.domain.order;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.vetlis.lab.domain.catalogue.LabTest;
import org.vetlis.lab.domain.interpretation.DeltaRule;

/** The animal's previous verified result of a test, as a delta check compares with it. */
public record PreviousResult(BigDecimal value, OffsetDateTime orderedAt, long orderId) {

    /**
     * Why {@code now} (shown as {@code shown}) must be looked at before it is verified, when it moved from this result
     * beyond the test's delta rule; empty when it did not, or the test has none.
     */
    Optional<String> deltaObjection(LabTest test, BigDecimal now, String shown) {
        Optional<DeltaRule> rule = test.deltaRule();
        if (rule.isEmpty() || !rule.get().fails(now, value)) {
            return Optional.empty();
        }
        return Optional.of("Delta check: " + shown + " now, " + value.setScale(test.decimals(), RoundingMode.HALF_UP).toPlainString()
                + " on " + orderedAt.toLocalDate() + " (order " + orderId + "); the change is beyond " + rule.get().describe()
                + " within " + rule.get().windowDays() + " days");
    }
}
