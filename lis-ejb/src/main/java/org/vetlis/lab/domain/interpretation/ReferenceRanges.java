package org.vetlis.lab.domain.interpretation;

import java.util.List;

/** The lab's reference ranges. */
public interface ReferenceRanges {

    /** The active ranges of a test for a species, every narrowing of them; {@link RangeChoice} picks one. */
    List<ReferenceRange> of(String testCode, String speciesCode);
}
