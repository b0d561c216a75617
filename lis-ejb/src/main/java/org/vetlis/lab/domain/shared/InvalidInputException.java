package org.vetlis.lab.domain.shared;

import java.util.List;

/**
 * Input that breaks a rule of the domain, with every broken rule named by its field, so a client can show them
 * all at once. Declared an EJB application exception (META-INF/ejb-jar.xml): it rolls the transaction back and
 * reaches the caller unwrapped.
 */
public class InvalidInputException extends RuntimeException {

    /** One broken rule: which field, and what is wrong with it. */
    public record FieldProblem(String field, String problem) {
    }

    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.problem()).reduce((a, b) -> a + "; " + b).orElse("invalid input"));
        this.problems = List.copyOf(problems);
    }

    public static InvalidInputException of(String field, String problem) {
        return new InvalidInputException(List.of(new FieldProblem(field, problem)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
