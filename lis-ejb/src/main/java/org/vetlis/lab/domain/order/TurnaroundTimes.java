package org.vetlis.lab.domain.order;

import java.time.LocalDate;
import java.util.Map;

/**
 * Turnaround times of test runs, grouped by any of test, urgency and day ordered: for each step of the way, how many
 * runs passed it and their median and 90th percentile in minutes. Percentiles interpolate between the two nearest
 * ranks (PostgreSQL's percentile_cont, and most spreadsheets): the median of 10 and 20 minutes is 15. An amended
 * result counts with its first version's times: an amendment is not part of the turnaround. A run counts for a step
 * once it has passed both of the step's moments, in order.
 */
public final class TurnaroundTimes {

    /** The steps measured, each from one moment of a run to a later one. */
    public enum Step {
        ORDERED_TO_RECEIVED,
        RECEIVED_TO_RESULTED,
        RESULTED_TO_VERIFIED,
        VERIFIED_TO_REPORTED,
        ORDERED_TO_VERIFIED,
        ORDERED_TO_REPORTED
    }

    /** What runs can be grouped by. */
    public enum Dimension { TEST, URGENCY, DAY }

    /** Count, median and 90th percentile of one step, in minutes (null when no run passed it). */
    public record Figures(int count, Double median, Double p90) {
    }

    /** One group: its keys (null for a dimension not grouped by), how many runs, and figures per step. */
    public record Group(LocalDate day, String testCode, Urgency urgency, int runs, Map<Step, Figures> steps) {
    }

    private TurnaroundTimes() {
    }
}
