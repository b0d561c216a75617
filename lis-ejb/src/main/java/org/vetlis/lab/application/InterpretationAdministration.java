package org.vetlis.lab.application;

import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.vetlis.lab.domain.catalogue.LabTest;
import org.vetlis.lab.domain.interpretation.DeltaRule;
import org.vetlis.lab.domain.interpretation.RangeDefinition;
import org.vetlis.lab.domain.interpretation.ReferenceRange;

/**
 * How the lab reads results: its reference ranges and its tests' delta checks. Every change is audited with the
 * entry before and after and needs the version that was read; results already read keep what they were read against.
 */
public interface InterpretationAdministration {

    /** The ranges, retired ones too, of a test and/or a species (null: any). */
    List<ReferenceRange> ranges(String testCode, String speciesCode);

    ReferenceRange range(long id);

    /** A new range for a test of the catalogue and a species of it. */
    ReferenceRange defineRange(@NotNull RangeDefinition definition, @NotNull Actor actor);

    /** Changes a range or retires it ({@code active} false). */
    ReferenceRange reviseRange(long id, long expectedVersion, @NotNull RangeDefinition definition, @NotNull Actor actor);

    /** Sets a test's delta check, or removes it ({@code rule} null). */
    LabTest setDeltaCheck(@NotNull String testCode, long expectedVersion, DeltaRule rule, @NotNull Actor actor);
}
