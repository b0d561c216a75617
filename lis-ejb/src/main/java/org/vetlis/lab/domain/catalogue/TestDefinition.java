package org.vetlis.lab.domain.catalogue;

import java.util.List;

import org.vetlis.lab.domain.shared.Violations;

/** What a test of the catalogue is, as an administrator defines it (everything but its code). */
public record TestDefinition(String name, String section, String unit, ResultType resultType, int decimals,
                             SpecimenType specimenType, String method, boolean active, int sortOrder) {

    void check(Violations violations) {
        violations.required(name, "name", 100);
        violations.required(section, "section", 20);
        violations.optional(unit, "unit", 20);
        violations.optional(method, "method", 100);
        violations.require(resultType != null, "resultType", "one of " + List.of(ResultType.values()));
        violations.require(decimals >= 0 && decimals <= 6, "decimals", "0 to 6");
        violations.require(resultType != ResultType.NUMERIC || unit == null || !unit.isBlank(), "unit", "is blank");
        violations.require(specimenType != null, "specimenType", "an existing specimen type is required");
    }
}
