package org.vetlis.lab.application;

/** Generated owners and animals for demonstrations and benchmarks; only in demo mode. */
public interface DemoDataService {

    /** The result of one generation. */
    record Generated(long owners, long patients, long millis) {
    }

    /**
     * Adds {@code owners} owners and {@code patients} animals spread over them (deterministic for a seed).
     *
     * @throws org.vetlis.lab.domain.shared.ConflictException when demo mode is off: generated data never goes into a real lab's database
     */
    Generated generate(int owners, int patients, long seed, Actor actor);
}
