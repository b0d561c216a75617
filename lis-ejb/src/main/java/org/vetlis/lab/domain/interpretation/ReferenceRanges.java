package org.vetlis.lab.domain.interpretation;

import java.util.List;

/** The lab's reference ranges. */
public interface ReferenceRanges {

    /**
     * The active ranges of these tests for a species, every narrowing of them ({@link RangeChoice} picks one per
     * result): the tests of a message or an entry at once, one read instead of one per result.
     */
    List<ReferenceRange> of(java.util.Collection<String> testCodes, String speciesCode);
}
