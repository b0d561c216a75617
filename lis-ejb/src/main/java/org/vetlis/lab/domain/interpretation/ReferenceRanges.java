package org.vetlis.lab.domain.interpretation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The lab's reference ranges. */
public interface ReferenceRanges {

    /**
     * The active ranges of these tests for a species, every narrowing of them ({@link RangeChoice} picks one per
     * result): the tests of a message or an entry at once, one read instead of one per result.
     */
    List<ReferenceRange> of(Collection<String> testCodes, String speciesCode);

    /** Every range, retired ones too, of a test and/or a species (null: any), for the lab to review. */
    List<ReferenceRange> search(String testCode, String speciesCode);

    Optional<ReferenceRange> find(long id);

    /**
     * Stores a new or changed range; results read from now on see it (on this server at once, on the others of a
     * cluster within the minute the ranges are kept for).
     */
    void store(ReferenceRange range);
}
