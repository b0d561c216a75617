package org.vetlis.lab.application;

/** Generated owners, animals and orders for demonstrations and benchmarks; only in demo mode. */
public interface DemoDataService {

    /** The result of one generation. */
    record Generated(long owners, long patients, long orders, long testRuns, long millis) {
    }

    /**
     * Adds {@code owners} owners, {@code patients} animals spread over them, and {@code orders} orders over the last
     * year for the newest animals, with their specimens and test runs (deterministic for a seed).
     *
     * @throws org.vetlis.lab.domain.shared.ConflictException when demo mode is off: generated data never goes into a real lab's database
     */
    Generated generate(int owners, int patients, int orders, long seed, Actor actor);
}
