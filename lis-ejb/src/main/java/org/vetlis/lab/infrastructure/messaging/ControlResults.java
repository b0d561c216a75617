package org.vetlis.lab.infrastructure.messaging;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.vetlis.lab.application.Actor;
import org.vetlis.lab.application.QualityControl;
import org.vetlis.lab.domain.instrument.Instrument;
import org.vetlis.lab.domain.qc.QcResult;
import org.vetlis.lab.domain.qc.QcVerdict;

/**
 * An analyzer's QC message read into a QC run: each result mapped to the lab's test, its control named by the lot
 * and level of a {@code Q test^lot^level} record after it, or by its control specimen id (matched to the lots'
 * patterns). What names no lot in use is said, so the message is quarantined with why, never dropped.
 */
@ApplicationScoped
class ControlResults {

    @Inject
    private QualityControl qc;

    /** The results stored, and what could not be (each with why). */
    record Taken(int stored, int rejected, List<String> unmatched) {
    }

    Taken take(AnalyzerContent content, Instrument instrument, long messageId, OffsetDateTime now) {
        List<QualityControl.Measurement> measurements = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        for (AnalyzerContent.Reported r : content.results()) {
            // the control is named by the lot of a Q record after it, else by its specimen id
            String specimen = r.control().lot().isEmpty() ? r.sampleId() : r.control().lot();
            String where = specimen + "/" + r.analyzerCode();
            Optional<String> test = instrument.testFor(r.analyzerCode());
            Optional<BigDecimal> value = number(r.value());
            if (test.isEmpty()) {
                unmatched.add(where + ": no test is mapped to analyzer code " + r.analyzerCode());
            } else if (value.isEmpty()) {
                unmatched.add(where + ": the control's result \"" + r.value() + "\" is not a number");
            } else {
                measurements.add(new QualityControl.Measurement(test.get(), r.control().level().isEmpty() ? null : r.control().level(), null,
                        specimen, value.get()));
            }
        }
        if (measurements.isEmpty()) {
            return new Taken(0, 0, unmatched);
        }
        QualityControl.Recorded recorded = qc.record(new QualityControl.QcRun(instrument.code(), "message-" + messageId, now,
                QcResult.Source.ANALYZER, messageId, measurements), new Actor(instrument.code(), "analyzer"));
        unmatched.addAll(recorded.unmatched());
        int rejected = (int) recorded.stored().stream().filter(s -> s.verdict() == QcVerdict.REJECTED).count();
        return new Taken(recorded.stored().size(), rejected, unmatched);
    }

    private static Optional<BigDecimal> number(String value) {
        try {
            return Optional.of(new BigDecimal(value.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
