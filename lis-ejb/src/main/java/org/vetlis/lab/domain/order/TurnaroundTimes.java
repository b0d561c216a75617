package org.vetlis.lab.domain.order;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Turnaround times of test runs, grouped by any of test, urgency and day ordered: for each step of the way, how many
 * runs passed it and their median and 90th percentile in minutes. Percentiles interpolate between the two nearest
 * ranks (as PostgreSQL's percentile_cont and most spreadsheets do): the median of 10 and 20 minutes is 15.
 */
public final class TurnaroundTimes {

    /** The steps measured, each between two moments of {@link RunTimes}. */
    public enum Step {
        ORDERED_TO_RECEIVED(RunTimes::orderedAt, RunTimes::receivedAt),
        RECEIVED_TO_RESULTED(RunTimes::receivedAt, RunTimes::resultedAt),
        RESULTED_TO_VERIFIED(RunTimes::resultedAt, RunTimes::verifiedAt),
        VERIFIED_TO_REPORTED(RunTimes::verifiedAt, RunTimes::reportedAt),
        ORDERED_TO_VERIFIED(RunTimes::orderedAt, RunTimes::verifiedAt),
        ORDERED_TO_REPORTED(RunTimes::orderedAt, RunTimes::reportedAt);

        private final Function<RunTimes, OffsetDateTime> start;
        private final Function<RunTimes, OffsetDateTime> end;

        Step(Function<RunTimes, OffsetDateTime> start, Function<RunTimes, OffsetDateTime> end) {
            this.start = start;
            this.end = end;
        }

        /** Minutes the run took for this step; null when it has not passed it (or the moments are out of order). */
        Double minutes(RunTimes run) {
            OffsetDateTime from = start.apply(run);
            OffsetDateTime to = end.apply(run);
            if (from == null || to == null || to.isBefore(from)) {
                return null;
            }
            return Duration.between(from, to).toMillis() / 60_000.0;
        }
    }

    /** What runs can be grouped by. */
    public enum Dimension { TEST, URGENCY, DAY }

    /** Count, median and 90th percentile of one step, in minutes (null medians when nothing passed it). */
    public record Figures(int count, Double median, Double p90) {
    }

    /** One group: its keys (null for a dimension not grouped by) and figures per step. */
    public record Group(LocalDate day, String testCode, Urgency urgency, int runs, Map<Step, Figures> steps) {
    }

    private TurnaroundTimes() {
    }

    /** The groups of {@code runs}, by day (in {@code zone}), then test, then urgency. */
    public static List<Group> of(Collection<RunTimes> runs, Set<Dimension> groupBy, ZoneId zone) {
        Map<List<Object>, List<RunTimes>> groups = new LinkedHashMap<>();
        Comparator<RunTimes> order = Comparator.comparing((RunTimes r) -> r.orderedAt().atZoneSameInstant(zone).toLocalDate())
                .thenComparing(RunTimes::testCode).thenComparing(RunTimes::urgency);
        runs.stream().sorted(order).forEach(r -> groups.computeIfAbsent(Arrays.asList(
                groupBy.contains(Dimension.DAY) ? r.orderedAt().atZoneSameInstant(zone).toLocalDate() : null,
                groupBy.contains(Dimension.TEST) ? r.testCode() : null,
                groupBy.contains(Dimension.URGENCY) ? r.urgency() : null), k -> new ArrayList<>()).add(r));
        List<Group> result = new ArrayList<>();
        groups.forEach((key, members) -> {
            Map<Step, Figures> steps = new EnumMap<>(Step.class);
            for (Step step : Step.values()) {
                double[] minutes = members.stream().map(step::minutes).filter(m -> m != null).mapToDouble(Double::doubleValue).sorted().toArray();
                steps.put(step, new Figures(minutes.length, percentile(minutes, 0.5), percentile(minutes, 0.9)));
            }
            result.add(new Group((LocalDate) key.get(0), (String) key.get(1), (Urgency) key.get(2), members.size(), steps));
        });
        return result;
    }

    /** The {@code p} percentile of sorted values, interpolating between the nearest ranks; null for none. */
    static Double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return null;
        }
        double rank = p * (sorted.length - 1);
        int below = (int) Math.floor(rank);
        int above = (int) Math.ceil(rank);
        return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
    }
}
