package org.vetlis.lab.domain.order;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** The animal's previous verified result of a test, as a delta check compares with it. */
public record PreviousResult(BigDecimal value, OffsetDateTime orderedAt, long orderId) {
}
