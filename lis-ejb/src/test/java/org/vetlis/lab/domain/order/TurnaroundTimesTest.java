package org.vetlis.lab.domain.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vetlis.lab.domain.order.TurnaroundTimes.Dimension;
import org.vetlis.lab.domain.order.TurnaroundTimes.Figures;
import org.vetlis.lab.domain.order.TurnaroundTimes.Group;
import org.vetlis.lab.domain.order.TurnaroundTimes.Step;

class TurnaroundTimesTest {

    private static final OffsetDateTime MORNING = OffsetDateTime.of(2026, 3, 14, 8, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void percentilesInterpolateBetweenTheNearestRanks() {
        assertThat(TurnaroundTimes.percentile(new double[] {10, 20}, 0.5)).isEqualTo(15.0);
        assertThat(TurnaroundTimes.percentile(new double[] {10, 20, 30, 40, 50}, 0.5)).isEqualTo(30.0);
        assertThat(TurnaroundTimes.percentile(new double[] {10, 20, 30, 40, 50}, 0.9)).isEqualTo(46.0);
        assertThat(TurnaroundTimes.percentile(new double[] {7}, 0.9)).isEqualTo(7.0);
        assertThat(TurnaroundTimes.percentile(new double[] {}, 0.5)).isNull();
    }

    @Test
    void eachStepCountsOnlyTheRunsThatPassedIt() {
        List<RunTimes> runs = List.of(
                run("GLU", Urgency.STAT, 10, 25, 40, null),
                run("GLU", Urgency.STAT, 20, 35, null, null),
                run("GLU", Urgency.STAT, null, null, null, null));

        Group glucose = TurnaroundTimes.of(runs, EnumSet.allOf(Dimension.class), ZoneOffset.UTC).get(0);

        assertThat(glucose.runs()).isEqualTo(3);
        assertThat(glucose.steps().get(Step.ORDERED_TO_RECEIVED)).isEqualTo(new Figures(2, 15.0, 19.0));
        assertThat(glucose.steps().get(Step.RECEIVED_TO_RESULTED)).isEqualTo(new Figures(2, 15.0, 15.0));
        assertThat(glucose.steps().get(Step.ORDERED_TO_VERIFIED)).isEqualTo(new Figures(1, 40.0, 40.0));
        assertThat(glucose.steps().get(Step.VERIFIED_TO_REPORTED)).isEqualTo(new Figures(0, null, null));
    }

    @Test
    void groupsFollowTheDimensionsAskedForAndDaysTheZoneGiven() {
        List<RunTimes> runs = List.of(run("GLU", Urgency.STAT, 10, 20, 30, 40), run("ALT", Urgency.ROUTINE, 60, 120, 180, 240),
                run("GLU", Urgency.ROUTINE, 30, 60, 90, 120));

        List<Group> byTest = TurnaroundTimes.of(runs, EnumSet.of(Dimension.TEST), ZoneOffset.UTC);
        assertThat(byTest).extracting(Group::testCode, Group::urgency, Group::day, Group::runs)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ALT", null, null, 1), org.assertj.core.groups.Tuple.tuple("GLU", null, null, 2));

        // 08:00 UTC on 14 March is still 13 March in Honolulu
        List<Group> byDay = TurnaroundTimes.of(runs, EnumSet.of(Dimension.DAY), ZoneId.of("Pacific/Honolulu"));
        assertThat(byDay).singleElement().satisfies(g -> assertThat(g.day()).isEqualTo(LocalDate.of(2026, 3, 13)));
    }

    /** A run ordered at 08:00, each later step so many minutes after ordering (null: not reached). */
    private static RunTimes run(String test, Urgency urgency, Integer received, Integer resulted, Integer verified, Integer reported) {
        return new RunTimes(test, urgency, MORNING, at(received), at(resulted), at(verified), at(reported));
    }

    private static OffsetDateTime at(Integer minutes) {
        return minutes == null ? null : MORNING.plusMinutes(minutes);
    }
}
