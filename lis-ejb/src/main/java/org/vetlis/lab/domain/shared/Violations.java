package org.vetlis.lab.domain.shared;

import java.util.ArrayList;
import java.util.List;

/** Collects broken rules while input is checked, then throws them together. */
public final class Violations {

    private final List<InvalidInputException.FieldProblem> problems = new ArrayList<>();

    public Violations require(boolean rule, String field, String problem) {
        if (!rule) {
            problems.add(new InvalidInputException.FieldProblem(field, problem));
        }
        return this;
    }

    public Violations required(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            return require(false, field, "is required");
        }
        return require(value.length() <= maxLength, field, "is longer than " + maxLength + " characters");
    }

    public Violations optional(String value, String field, int maxLength) {
        return require(value == null || value.length() <= maxLength, field, "is longer than " + maxLength + " characters");
    }

    public void add(String field, String problem) {
        require(false, field, problem);
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
