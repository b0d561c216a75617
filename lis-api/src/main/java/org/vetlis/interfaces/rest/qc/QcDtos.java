package org.vetlis.interfaces.rest.qc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.vetlis.lab.application.QualityControl;
import org.vetlis.lab.domain.order.TestRun;
import org.vetlis.lab.domain.qc.ControlLot;
import org.vetlis.lab.domain.qc.QcEvent;
import org.vetlis.lab.domain.qc.QcResult;
import org.vetlis.lab.domain.qc.QcRule;
import org.vetlis.lab.domain.qc.QcState;

/** Quality control as the API shows it and takes it. */
public final class QcDtos {

    private QcDtos() {
    }

    /** A control lot and its target; {@code targetSource} LAB with no mean yet: being established. */
    public record LotDto(long id, String instrument, String test, String material, String lotNumber, String level, LocalDate expiresOn,
                         String unit, BigDecimal mean, BigDecimal sd, String targetSource, int establishingRuns, String specimenPattern,
                         boolean active, long version) {

        static LotDto of(ControlLot l) {
            return new LotDto(l.id(), l.instrumentCode(), l.testCode(), l.material(), l.lotNumber(), l.level(), l.expiresOn(), l.unit(),
                    l.targetMean(), l.targetSd(), l.targetSource().name(), l.establishingRuns(), l.specimenPattern(), l.isActive(), l.version());
        }
    }

    /** A new lot: {@code mean} and {@code sd} from the insert, or neither (the lab's own, from {@code establishingRuns} ≥ 20). */
    public record LotInput(String instrument, String test, String material, String lotNumber, String level, LocalDate expiresOn, String unit,
                           BigDecimal mean, BigDecimal sd, Integer establishingRuns, String specimenPattern) {

        ControlLot.Definition definition() {
            return new ControlLot.Definition(instrument, test, material, lotNumber, level, expiresOn, unit, mean, sd, establishingRuns,
                    specimenPattern);
        }
    }

    /** One control result with its z-score and what the rules made of its run. */
    public record ResultDto(long id, long lotId, String instrument, String test, String lotNumber, String level, String runKey,
                            OffsetDateTime measuredAt, BigDecimal value, Double z, String source, String enteredBy, String verdict,
                            String violations) {

        static ResultDto of(QcResult r) {
            return new ResultDto(r.id(), r.lotId(), r.instrumentCode(), r.testCode(), r.lotNumber(), r.level(), r.runKey(), r.measuredAt(),
                    r.value(), r.z(), r.source().name(), r.enteredBy(), r.verdict().name(), r.violations());
        }
    }

    /** A control typed in: by {@code level} (or {@code lotId}) of {@code test}. */
    public record MeasurementInput(String test, String level, Long lotId, BigDecimal value) {
    }

    /** Controls measured together on a bench analyzer, typed in; {@code measuredAt} defaults to now. */
    public record RunInput(String instrument, OffsetDateTime measuredAt, List<MeasurementInput> results) {
    }

    /** Whether an analyzer and test are in control. */
    public record StateDto(String instrument, String test, String state, OffsetDateTime failedSince, Long rejection, String failedBecause,
                           boolean corrected, OffsetDateTime lastAcceptedAt, OffsetDateTime lastRunAt, String warnings) {

        static StateDto of(QcState s) {
            return new StateDto(s.instrumentCode(), s.testCode(), s.isFailed() ? "FAILED" : "IN_CONTROL", s.failedSince(), s.failedEvent(),
                    s.failedBecause(), s.isCorrected(), s.lastAcceptedAt(), s.lastRunAt(), s.warnings());
        }
    }

    public record EventDto(long id, String instrument, String test, String kind, OffsetDateTime at, String actor, String runKey,
                           OffsetDateTime lastAcceptedAt, String detail, String reason, String comment, Long aboutEvent) {

        static EventDto of(QcEvent e) {
            return new EventDto(e.id(), e.instrumentCode(), e.testCode(), e.kind().name(), e.at(), e.actor(), e.runKey(), e.lastAcceptedAt(),
                    e.detail(), e.reason(), e.comment(), e.aboutEvent());
        }
    }

    /** What was done about a failure. */
    public record CorrectiveActionInput(String reason, String comment) {
    }

    public record RuleDto(String rule, boolean enabled, String severity) {

        static RuleDto of(QcRule.RuleSetting s) {
            return new RuleDto(s.rule().label(), s.enabled(), s.severity().name());
        }
    }

    /** A patient result of the look-back: verified after the last good QC run and up to the rejection. */
    public record LookbackResultDto(long runId, long orderId, String accession, String patient, String value, String unit,
                                    OffsetDateTime enteredAt, String verifiedBy, OffsetDateTime verifiedAt, String review) {

        static LookbackResultDto of(TestRun r) {
            return new LookbackResultDto(r.id(), r.specimen().order().id(), r.specimen().accession().value(),
                    r.specimen().order().patient().name(), r.value(), r.unit(), r.enteredAt(), r.verifiedBy(), r.verifiedAt(),
                    r.reviewReason().orElse(null));
        }
    }

    public record LookbackDto(EventDto rejection, List<LookbackResultDto> results) {

        static LookbackDto of(QualityControl.Lookback l) {
            return new LookbackDto(EventDto.of(l.rejection()), l.results().stream().map(LookbackResultDto::of).toList());
        }
    }
}
