package org.vetlis.lab.domain.qc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The Westgard multirules, as an analyzer and test's lab has set them: which are read and whether each warns or
 * rejects. A new run (the control levels measured together) is read against the accepted results before it; results
 * of rejected runs are not part of a series, so one good run after a rejection starts clean. A series is one level of
 * one lot; a lot change starts a new one. Pure: everything it reads is passed in.
 */
public final class WestgardRules {

    private static final Comparator<QcPoint> MEASURED = Comparator.comparing(QcPoint::measuredAt).thenComparingLong(QcPoint::id);

    private final Map<QcRule, QcRule.RuleSetting> settings = new EnumMap<>(QcRule.class);

    /** The settings given, each rule not given at its default. */
    public WestgardRules(Collection<QcRule.RuleSetting> given) {
        for (QcRule rule : QcRule.values()) {
            settings.put(rule, rule.defaultSetting());
        }
        given.forEach(s -> settings.put(s.rule(), s));
    }

    public static WestgardRules classic() {
        return new WestgardRules(List.of());
    }

    public List<QcRule.RuleSetting> settings() {
        return List.copyOf(settings.values());
    }

    /** What the new run breaks, in the order of the rules. */
    public List<Violation> evaluate(List<QcPoint> acceptedBefore, List<QcPoint> run) {
        List<QcPoint> history = acceptedBefore.stream().sorted(MEASURED).toList();
        List<QcPoint> now = run.stream().sorted(MEASURED).toList();
        List<Violation> found = new ArrayList<>();
        for (QcRule.RuleSetting setting : settings.values()) {
            if (setting.enabled()) {
                check(setting.rule(), history, now).ifPresent(v -> found.add(new Violation(setting.rule(), setting.severity(), v.points, v.why)));
            }
        }
        return found;
    }

    private record Finding(List<Long> points, String why) {
        static Finding of(List<QcPoint> points, String why) {
            return new Finding(points.stream().map(QcPoint::id).toList(), why);
        }
    }

    private Optional<Finding> check(QcRule rule, List<QcPoint> history, List<QcPoint> run) {
        return switch (rule) {
            case R_1_2S -> beyond(run, 2);
            case R_1_3S -> beyond(run, 3);
            case R_2_2S -> twoBeyondTwo(history, run);
            case R_R_4S -> rangeOverFour(run);
            case R_3_1S -> inARow(history, run, 3, 1, rule);
            case R_4_1S -> inARow(history, run, 4, 1, rule);
            case R_10X -> inARow(history, run, 10, 0, rule);
            case R_7T -> trend(history, run, 7);
        };
    }

    private static Optional<Finding> beyond(List<QcPoint> run, double sd) {
        return run.stream().filter(p -> Math.abs(p.z()) > sd).findFirst()
                .map(p -> Finding.of(List.of(p), describe(p) + " is beyond " + (int) sd + " SD"));
    }

    private static Optional<Finding> twoBeyondTwo(List<QcPoint> history, List<QcPoint> run) {
        for (int side : new int[] {1, -1}) {
            List<QcPoint> high = run.stream().filter(p -> side * p.z() > 2).toList();
            if (high.stream().map(QcPoint::level).distinct().count() >= 2) {
                return Optional.of(Finding.of(high, "within the run, " + joined(high) + " are beyond " + sign(side) + "2 SD"));
            }
        }
        for (QcPoint p : run) {
            List<QcPoint> series = seriesUpTo(p, history, run);
            if (series.size() >= 2) {
                QcPoint before = series.get(series.size() - 2);
                if (Math.abs(p.z()) > 2 && Math.abs(before.z()) > 2 && Math.signum(p.z()) == Math.signum(before.z())) {
                    return Optional.of(Finding.of(List.of(before, p), "level " + p.level() + "'s last two results, " + z(before) + " and "
                            + z(p) + ", are beyond " + sign((int) Math.signum(p.z())) + "2 SD"));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Finding> rangeOverFour(List<QcPoint> run) {
        Optional<QcPoint> high = run.stream().filter(p -> p.z() > 2).max(Comparator.comparingDouble(QcPoint::z));
        Optional<QcPoint> low = run.stream().filter(p -> p.z() < -2).min(Comparator.comparingDouble(QcPoint::z));
        if (high.isPresent() && low.isPresent() && !high.get().level().equals(low.get().level())) {
            return Optional.of(Finding.of(List.of(high.get(), low.get()), "within the run, " + describe(high.get()) + " and "
                    + describe(low.get()) + " lie more than 4 SD apart"));
        }
        return Optional.empty();
    }

    /** {@code n} results in a row beyond {@code sd} on one side: of one level first, then of all levels in order. */
    private static Optional<Finding> inARow(List<QcPoint> history, List<QcPoint> run, int n, double sd, QcRule rule) {
        String where = sd == 0 ? "on the same side of the mean" : "beyond " + (int) sd + " SD on the same side";
        for (QcPoint p : run) {
            Optional<List<QcPoint>> tail = sameSide(seriesUpTo(p, history, run), n, sd);
            if (tail.isPresent()) {
                return Optional.of(Finding.of(tail.get(), "level " + p.level() + "'s last " + n + " results are " + where));
            }
        }
        for (QcPoint p : run) {
            List<QcPoint> all = currentLots(Stream.concat(history.stream(), run.stream()).sorted(MEASURED)
                    .takeWhile(q -> MEASURED.compare(q, p) <= 0).toList());
            Optional<List<QcPoint>> tail = sameSide(all, n, sd);
            if (tail.isPresent()) {
                return Optional.of(Finding.of(tail.get(), "the last " + n + " results across levels (" + joined(tail.get()) + ") are " + where));
            }
        }
        return Optional.empty();
    }

    private static Optional<Finding> trend(List<QcPoint> history, List<QcPoint> run, int n) {
        for (QcPoint p : run) {
            List<QcPoint> series = seriesUpTo(p, history, run);
            if (series.size() >= n) {
                List<QcPoint> tail = series.subList(series.size() - n, series.size());
                int direction = 0;
                boolean steady = true;
                for (int i = 1; i < tail.size() && steady; i++) {
                    int step = Double.compare(tail.get(i).z(), tail.get(i - 1).z());
                    steady = step != 0 && (direction == 0 || step == direction);
                    direction = step;
                }
                if (steady) {
                    return Optional.of(Finding.of(tail, "level " + p.level() + "'s last " + n + " results each "
                            + (direction > 0 ? "rise" : "fall") + " (" + z(tail.get(0)) + " to " + z(p) + ")"));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<List<QcPoint>> sameSide(List<QcPoint> sequence, int n, double sd) {
        if (sequence.size() < n) {
            return Optional.empty();
        }
        List<QcPoint> tail = sequence.subList(sequence.size() - n, sequence.size());
        if (tail.stream().allMatch(q -> q.z() > sd) || tail.stream().allMatch(q -> q.z() < -sd)) {
            return Optional.of(List.copyOf(tail));
        }
        return Optional.empty();
    }

    /** The results of each level's latest lot only: a lot change starts every rule afresh for that level. */
    private static List<QcPoint> currentLots(List<QcPoint> ordered) {
        Map<String, String> lotOfLevel = new HashMap<>();
        ordered.forEach(q -> lotOfLevel.put(q.level(), q.lot()));
        return ordered.stream().filter(q -> q.lot().equals(lotOfLevel.get(q.level()))).toList();
    }

    /** The point's level and lot's series, oldest first, ending with the point. */
    private static List<QcPoint> seriesUpTo(QcPoint point, List<QcPoint> history, List<QcPoint> run) {
        return Stream.concat(history.stream(), run.stream()).filter(point::sameSeries).sorted(MEASURED)
                .takeWhile(q -> MEASURED.compare(q, point) <= 0).toList();
    }

    private static String describe(QcPoint p) {
        return "level " + p.level() + " (lot " + p.lot() + ") at " + z(p);
    }

    private static String joined(List<QcPoint> points) {
        return String.join(", ", points.stream().map(p -> p.level() + " " + z(p)).toList());
    }

    private static String z(QcPoint p) {
        return String.format(Locale.ROOT, "%+.2f SD", p.z());
    }

    private static String sign(int side) {
        return side > 0 ? "+" : "-";
    }
}
