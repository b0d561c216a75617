package org.vetlis.lab.application;

import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.vetlis.lab.domain.catalogue.LabTest;
import org.vetlis.lab.domain.catalogue.Panel;
import org.vetlis.lab.domain.catalogue.RejectionReason;
import org.vetlis.lab.domain.catalogue.SpecimenType;
import org.vetlis.lab.domain.patient.Breed;
import org.vetlis.lab.domain.patient.Species;

/**
 * Changes to the lab's catalogue (tests, panels, specimen types, rejection reasons, species and breeds): the configuration every order and result
 * depends on, so each change is audited with the entry before and after, and needs the version that was read.
 * Nothing is deleted: an entry is retired (inactive), as orders and patients keep referring to it.
 */
public interface CatalogueAdministration {

    /** What an administrator sends for a test; the specimen type and result type by code. */
    record TestInput(String name, String section, String unit, String resultType, Integer decimals, String specimenType, String method,
                     Boolean active, Integer sortOrder) {
    }

    LabTest defineTest(@NotNull String code, @NotNull TestInput input, @NotNull Actor actor);

    LabTest reviseTest(@NotNull String code, long expectedVersion, @NotNull TestInput input, @NotNull Actor actor);

    Panel definePanel(@NotNull String code, String name, List<String> testCodes, boolean active, @NotNull Actor actor);

    Panel revisePanel(@NotNull String code, long expectedVersion, String name, List<String> testCodes, boolean active, @NotNull Actor actor);

    Species defineSpecies(@NotNull String code, String name, String latinName, @NotNull Actor actor);

    Species reviseSpecies(@NotNull String code, long expectedVersion, String name, String latinName, boolean active, @NotNull Actor actor);

    Breed addBreed(@NotNull String speciesCode, String name, @NotNull Actor actor);

    /** Renames a breed or retires it (patients of a retired breed keep it; new ones cannot choose it). */
    Breed reviseBreed(@NotNull String speciesCode, long breedId, String name, boolean active, @NotNull Actor actor);

    /** What an administrator sends for a specimen type. */
    record SpecimenTypeInput(String name, String container, String capColour, Boolean active, Integer sortOrder) {
    }

    SpecimenType defineSpecimenType(@NotNull String code, @NotNull SpecimenTypeInput input, @NotNull Actor actor);

    SpecimenType reviseSpecimenType(@NotNull String code, long expectedVersion, @NotNull SpecimenTypeInput input, @NotNull Actor actor);

    RejectionReason defineRejectionReason(@NotNull String code, String label, @NotNull Actor actor);

    RejectionReason reviseRejectionReason(@NotNull String code, long expectedVersion, String label, boolean active, @NotNull Actor actor);

    LabTest test(@NotNull String code);

    Panel panel(@NotNull String code);
}
