package org.vetlis.lab.application;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.vetlis.lab.domain.order.TestRun;
import org.vetlis.lab.domain.qc.ControlLot;
import org.vetlis.lab.domain.qc.QcEvent;
import org.vetlis.lab.domain.qc.QcResult;
import org.vetlis.lab.domain.qc.QcRule;
import org.vetlis.lab.domain.qc.QcState;

/**
 * Quality control of each analyzer and test: control lots with their targets, QC runs from analyzers and by hand read
 * by the Westgard rules the lab set, the state that holds patient results while QC has failed, corrective actions,
 * and the look-back over patient results verified since the last good run. Every change is audited.
 */
public interface QualityControl {

    /**
     * One control measured in a run: of {@code lotId}, or of the active lot of the test that the level or the
     * analyzer's control specimen id names.
     */
    record Measurement(String test, String level, Long lotId, String specimenId, BigDecimal value) {
    }

    /** The controls measured together on one analyzer, once. */
    record QcRun(String instrument, String runKey, OffsetDateTime measuredAt, QcResult.Source source, Long messageId,
                 List<Measurement> measurements) {
    }

    /** The results stored of a run, and the measurements that named no lot in use (each with why). */
    record Recorded(List<QcResult> stored, List<String> unmatched) {
    }

    /** A rejection and the patient results verified between the last accepted run before it and it. */
    record Lookback(QcEvent rejection, List<TestRun> results) {
    }

    ControlLot defineLot(@NotNull ControlLot.Definition definition, @NotNull Actor actor);

    ControlLot retireLot(long lotId, @NotNull Actor actor);

    List<ControlLot> lots(String instrument, String test);

    /**
     * Stores the run's results with their z-scores and reads them by the rules; a rejection fails QC. A measurement
     * that names no lot in use (or an expired one) is not stored and is said in {@code unmatched}; in a run typed in,
     * it refuses the whole run (422), nothing of it kept.
     */
    Recorded record(@NotNull QcRun run, @NotNull Actor actor);

    List<QcResult> results(@NotNull String instrument, @NotNull String test, @NotNull OffsetDateTime from, @NotNull OffsetDateTime to);

    List<QcResult> resultsOfLot(long lotId);

    List<QcRule.RuleSetting> rules(@NotNull String instrument, @NotNull String test);

    List<QcRule.RuleSetting> setRules(@NotNull String instrument, @NotNull String test, @NotNull List<QcRule.RuleSetting> settings,
                                      @NotNull Actor actor);

    List<QcState> states();

    List<QcEvent> events(@NotNull String instrument, @NotNull String test);

    /** What was done about a failure; an accepted run after it ends the failure. */
    QcEvent correctiveAction(@NotNull String instrument, @NotNull String test, @NotNull String reason, String comment, @NotNull Actor actor);

    Lookback lookback(long rejectionEventId);

    /** Holds every result of the look-back for review (a verified result keeps its status and shows why). */
    QcEvent markLookback(long rejectionEventId, @NotNull Actor actor);
}
