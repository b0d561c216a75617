package org.vetlis.lab.domain.qc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vetlis.lab.domain.qc.QcRule.RuleSetting;
import org.vetlis.lab.domain.qc.QcRule.Severity;

/**
 * Each rule against a series built to break exactly it, and series that come close and must not. Runs are a day
 * apart; "L1"/"L2" are the levels, "A"/"B" the lots.
 */
class WestgardRulesTest {

    private final WestgardRules classic = WestgardRules.classic();
    private final WestgardRules everyRule = new WestgardRules(List.of(
            new RuleSetting(QcRule.R_3_1S, true, Severity.REJECTION), new RuleSetting(QcRule.R_7T, true, Severity.WARNING)));

    @Test
    void beyondTwoSdWarnsAndBeyondThreeRejects() {
        Series s = new Series();
        assertThat(rules(classic, s, s.run("L1", 2.5))).containsExactly("1-2s WARNING");
        assertThat(rules(classic, s, s.run("L1", -3.5))).containsExactly("1-2s WARNING", "1-3s REJECTION");
        assertThat(rules(classic, s, s.run("L1", 3.01))).contains("1-3s REJECTION");
    }

    @Test
    void onTheLimitIsNotBeyondIt() {
        Series s = new Series();
        assertThat(rules(classic, s, s.run("L1", 1.99))).isEmpty();
        assertThat(rules(classic, s, s.run("L1", 3.0))).containsExactly("1-2s WARNING");
        assertThat(rules(classic, s, s.run("L1", -2.0))).isEmpty();
    }

    @Test
    void twoLevelsOfOneRunBeyondTwoSdOnTheSameSide() {
        Series s = new Series();
        assertThat(rules(classic, s, s.run("L1", 2.3, "L2", 2.1))).contains("2-2s REJECTION").doesNotContain("R-4s REJECTION");
    }

    @Test
    void oneLevelsLastTwoRunsBeyondTwoSdOnTheSameSide() {
        Series s = new Series();
        s.accept(s.run("L1", 2.2));
        assertThat(rules(classic, s, s.run("L1", 2.4))).contains("2-2s REJECTION");
    }

    @Test
    void notOnOppositeSidesNorAcrossALotChange() {
        Series s = new Series();
        s.accept(s.run("L1", 2.2));
        assertThat(rules(classic, s, s.run("L1", -2.4))).doesNotContain("2-2s REJECTION");
        Series lots = new Series();
        lots.accept(lots.run("L1", 2.2));
        assertThat(rules(classic, lots, lots.runOfLot("B", "L1", 2.4))).doesNotContain("2-2s REJECTION");
        Series between = new Series();
        between.accept(between.run("L1", 2.2));
        between.accept(between.run("L1", 0.3));
        assertThat(rules(classic, between, between.run("L1", 2.4))).as("not consecutive").doesNotContain("2-2s REJECTION");
    }

    @Test
    void oneLevelHighAndAnotherLowInOneRun() {
        Series s = new Series();
        assertThat(rules(classic, s, s.run("L1", 2.1, "L2", -2.1))).contains("R-4s REJECTION").doesNotContain("2-2s REJECTION");
    }

    @Test
    void notAcrossRuns() {
        Series s = new Series();
        s.accept(s.run("L1", 2.1));
        assertThat(rules(classic, s, s.run("L1", -2.1))).doesNotContain("R-4s REJECTION");
        assertThat(rules(classic, new Series(), new Series().run("L1", 1.9, "L2", -2.5))).doesNotContain("R-4s REJECTION");
    }

    @Test
    void oneLevelsLastFourBeyondOneSd() {
        Series s = new Series();
        for (double z : new double[] {1.2, 1.5, 1.1}) {
            s.accept(s.run("L1", z));
        }
        assertThat(rules(classic, s, s.run("L1", 1.3))).containsExactly("4-1s REJECTION");
    }

    @Test
    void fourAcrossTwoLevelsAndTwoRuns() {
        Series s = new Series();
        s.accept(s.run("L1", -1.2, "L2", -1.3));
        assertThat(rules(classic, s, s.run("L1", -1.1, "L2", -1.4))).containsExactly("4-1s REJECTION");
    }

    @Test
    void notWithOneWithinOneSdNorAcrossALotChange() {
        Series s = new Series();
        for (double z : new double[] {1.2, 0.9, 1.1}) {
            s.accept(s.run("L1", z));
        }
        assertThat(rules(classic, s, s.run("L1", 1.3))).isEmpty();
        Series lots = new Series();
        for (double z : new double[] {1.2, 1.5, 1.1}) {
            lots.accept(lots.run("L1", z));
        }
        assertThat(rules(classic, lots, lots.runOfLot("B", "L1", 1.3))).as("lot B starts afresh").isEmpty();
    }

    @Test
    void anotherLevelInBetweenDoesNotBreakOneLevelsSeries() {
        Series s = new Series();
        for (double z : new double[] {1.2, 1.5, 1.1}) {
            s.accept(s.run("L1", z, "L2", -0.2));
        }
        assertThat(rules(classic, s, s.run("L1", 1.3, "L2", 0.1))).containsExactly("4-1s REJECTION");
    }

    @Test
    void tenOfOneLevelOnOneSideOfTheMean() {
        Series s = new Series();
        for (int i = 0; i < 9; i++) {
            s.accept(s.run("L1", -0.4 - i * 0.05));
        }
        assertThat(rules(classic, s, s.run("L1", -0.2))).containsExactly("10x REJECTION");
    }

    @Test
    void tenAcrossLevels() {
        Series s = new Series();
        for (int i = 0; i < 4; i++) {
            s.accept(s.run("L1", 0.3, "L2", 0.6));
        }
        assertThat(rules(classic, s, s.run("L1", 0.2, "L2", 0.5))).containsExactly("10x REJECTION");
    }

    @Test
    void notWhenOneCrossesTheMean() {
        Series s = new Series();
        for (int i = 0; i < 9; i++) {
            s.accept(s.run("L1", i == 4 ? -0.1 : 0.4));
        }
        assertThat(rules(classic, s, s.run("L1", 0.2))).isEmpty();
    }

    @Test
    void sevenRisingResultsOfOneLevel() {
        Series s = new Series();
        for (double z : new double[] {-1.5, -1.0, -0.5, 0.0, 0.4, 0.8}) {
            s.accept(s.run("L1", z));
        }
        List<QcPoint> run = s.run("L1", 1.2);
        assertThat(rules(everyRule, s, run)).containsExactly("7T WARNING");
        assertThat(rules(classic, s, run)).as("off in the classic set").isEmpty();
    }

    @Test
    void notWithAFlatStep() {
        Series s = new Series();
        for (double z : new double[] {-1.5, -1.0, -0.5, -0.5, 0.4, 0.8}) {
            s.accept(s.run("L1", z));
        }
        assertThat(rules(everyRule, s, s.run("L1", 1.2))).isEmpty();
    }

    @Test
    void threeBeyondOneSdWhenSwitchedOn() {
        Series s = new Series();
        s.accept(s.run("L1", 1.4));
        s.accept(s.run("L1", 1.2));
        List<QcPoint> run = s.run("L1", 1.6);
        assertThat(rules(everyRule, s, run)).containsExactly("3-1s REJECTION");
        assertThat(rules(classic, s, run)).isEmpty();
    }

    @Test
    void oneGoodRunAfterARejectedOneIsAccepted() {
        Series s = new Series();
        s.accept(s.run("L1", 0.3, "L2", -0.2));
        List<QcPoint> rejected = s.run("L1", 3.5, "L2", 0.4);
        assertThat(classic.evaluate(s.accepted, rejected)).anyMatch(Violation::rejects);
        // the rejected run is not accepted, so it is not part of the series the next run is read against
        List<QcPoint> next = s.run("L1", 0.6, "L2", 0.1);
        assertThat(classic.evaluate(s.accepted, next)).isEmpty();
    }

    @Test
    void aRuleSwitchedOffIsNotReadAndASeverityCanBeRaised() {
        WestgardRules strict = new WestgardRules(List.of(new RuleSetting(QcRule.R_1_2S, true, Severity.REJECTION),
                new RuleSetting(QcRule.R_1_3S, false, Severity.REJECTION)));
        Series s = new Series();
        assertThat(rules(strict, s, s.run("L1", 3.4))).containsExactly("1-2s REJECTION");
    }

    @Test
    void theViolationNamesTheResultsAndSaysWhy() {
        Series s = new Series();
        s.accept(s.run("L1", 2.2));
        List<QcPoint> run = s.run("L1", 2.4);
        Violation twoTwo = classic.evaluate(s.accepted, run).stream().filter(v -> v.rule() == QcRule.R_2_2S).findFirst().orElseThrow();
        assertThat(twoTwo.points()).containsExactly(s.accepted.get(0).id(), run.get(0).id());
        assertThat(twoTwo.explanation()).isEqualTo("level L1's last two results, +2.20 SD and +2.40 SD, are beyond +2 SD");
        assertThat(QcRule.byLabel("r-4s")).contains(QcRule.R_R_4S);
    }

    private static List<String> rules(WestgardRules rules, Series s, List<QcPoint> run) {
        return rules.evaluate(s.accepted, run).stream().map(v -> v.rule().label() + " " + v.severity()).toList();
    }

    /** Runs a day apart of lot A (unless named), and the ones accepted so far. */
    private static final class Series {
        final List<QcPoint> accepted = new ArrayList<>();
        private long ids;
        private int day;

        List<QcPoint> run(Object... levelAndZ) {
            return runOfLot("A", levelAndZ);
        }

        List<QcPoint> runOfLot(String lot, Object... levelAndZ) {
            day++;
            List<QcPoint> run = new ArrayList<>();
            for (int i = 0; i < levelAndZ.length; i += 2) {
                run.add(new QcPoint(++ids, (String) levelAndZ[i], lot, "run-" + day, Instant.parse("2026-01-01T08:00:00Z").plusSeconds(86_400L * day + i),
                        ((Number) levelAndZ[i + 1]).doubleValue()));
            }
            return run;
        }

        void accept(List<QcPoint> run) {
            accepted.addAll(run);
        }
    }
}
