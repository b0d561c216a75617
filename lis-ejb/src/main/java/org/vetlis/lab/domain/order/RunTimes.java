package org.vetlis.lab.domain.order;

import java.time.OffsetDateTime;

/**
 * When one ordered test passed each step: ordered, its specimen received, resulted, verified, and its order's report
 * released. An amended result counts with its first version's times (an amendment is not part of the turnaround).
 * Any later step may be null (not reached yet).
 */
public record RunTimes(String testCode, Urgency urgency, OffsetDateTime orderedAt, OffsetDateTime receivedAt, OffsetDateTime resultedAt,
                       OffsetDateTime verifiedAt, OffsetDateTime reportedAt) {
}
