package org.vetlis.lab.application;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotNull;

import org.vetlis.lab.domain.order.TurnaroundTimes;
import org.vetlis.lab.domain.order.Urgency;

/** How long tests take, step by step: what a lab manager watches and a practice asks about. */
public interface Turnaround {

    /** The longest period asked at once, in days. */
    int MAX_DAYS = 31;

    /**
     * Turnaround of the tests ordered from day {@code from} to day {@code to} (both included, days in {@code zone}),
     * of one test and one urgency when given, grouped as asked.
     */
    List<TurnaroundTimes.Group> of(@NotNull LocalDate from, @NotNull LocalDate to, @NotNull ZoneId zone, String testCode, Urgency urgency,
                                   @NotNull Set<TurnaroundTimes.Dimension> groupBy);
}
