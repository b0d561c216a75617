package org.vetlis.lab.domain.order;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The lab's day at a glance, since a moment (the start of today): orders by status, the STAT orders still open,
 * the results waiting for a verifier, and how long each result verified since took from its order.
 *
 * @param ordersByStatus  orders placed since then, by status (every status present, 0 when none)
 * @param openStat        STAT orders placed since then and not yet verified, oldest first
 * @param toVerify        results waiting for verification now, whenever ordered
 * @param turnarounds     for each result verified since then: from its order being placed to its verification
 */
public record LabDay(Map<OrderStatus, Long> ordersByStatus, List<LabOrder> openStat, long toVerify, List<Duration> turnarounds) {

    public LabDay {
        Map<OrderStatus, Long> all = new EnumMap<>(OrderStatus.class);
        for (OrderStatus status : OrderStatus.values()) {
            all.put(status, ordersByStatus.getOrDefault(status, 0L));
        }
        ordersByStatus = java.util.Collections.unmodifiableMap(all);
        openStat = List.copyOf(openStat);
        turnarounds = List.copyOf(turnarounds);
    }

    /** How many turnarounds fall into each bucket: under 30 min, 30–60, 1–2 h, 2–4 h, 4 h and more. */
    public long[] turnaroundHistogram() {
        long[] buckets = new long[5];
        for (Duration tat : turnarounds) {
            long minutes = tat.toMinutes();
            int bucket = minutes < 30 ? 0 : minutes < 60 ? 1 : minutes < 120 ? 2 : minutes < 240 ? 3 : 4;
            buckets[bucket]++;
        }
        return buckets;
    }

    /** The names of {@link #turnaroundHistogram()}'s buckets, in order. */
    public static List<String> turnaroundBuckets() {
        return List.of("< 30 min", "30–60 min", "1–2 h", "2–4 h", "≥ 4 h");
    }
}
