package org.vetlis.sim;

import java.util.Arrays;

/** Recorded durations in nanoseconds, and their percentiles. Not thread-safe: one per worker, merged after. */
final class Latencies {

    private long[] values = new long[1024];
    private int size;

    void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    void addAll(Latencies other) {
        for (int i = 0; i < other.size; i++) {
            add(other.values[i]);
        }
    }

    int count() {
        return size;
    }

    /** The value below which {@code percent} % of the recordings fall (nearest rank). */
    long percentile(double percent) {
        if (size == 0) {
            throw new IllegalStateException("nothing recorded");
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * size);
        return sorted[Math.max(0, Math.min(size - 1, rank - 1))];
    }
}
