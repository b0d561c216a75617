package org.vetlis.interfaces.web.qc;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.vetlis.interfaces.web.Feedback;
import org.vetlis.interfaces.web.WebCallers;
import org.vetlis.lab.application.QualityControl;
import org.vetlis.lab.domain.qc.ControlLot;
import org.vetlis.lab.domain.qc.QcResult;
import org.vetlis.lab.domain.qc.QcState;

/**
 * The QC page: each analyzer and test's state (a failure with why, its corrective action, its look-back), a control
 * typed in for a bench analyzer, and the Levey-Jennings chart of a lot and level over a range of days.
 */
@Named
@ViewScoped
public class QcPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String[] CORRECTORS = {"TECHNICIAN", "LAB_MANAGER", "ADMIN"};
    private static final String[] REVIEWERS = {"VERIFIER", "LAB_MANAGER", "ADMIN"};

    @Inject
    private transient QualityControl qc;

    @Inject
    private transient WebCallers callers;

    private Long lotId;
    private LocalDate from = LocalDate.now().minusDays(30);
    private LocalDate to = LocalDate.now();
    private String reason;
    private String comment;
    private Long lookbackOf;
    private BigDecimal value;
    private transient List<ControlLot> lots;
    // read once per request that draws them, dropped by the actions that change them
    private transient List<QcState> states;
    private transient List<QcResult> results;
    private transient QualityControl.Lookback lookback;

    public List<QcState> getStates() {
        if (states == null) {
            states = qc.states();
        }
        return states;
    }

    public List<ControlLot> getLots() {
        if (lots == null) {
            lots = qc.lots(null, null);
        }
        return lots;
    }

    public Optional<ControlLot> getLot() {
        return lotId == null ? Optional.empty() : getLots().stream().filter(l -> l.id().equals(lotId)).findFirst();
    }

    /** The chosen lot's results within the days chosen, oldest first. */
    public List<QcResult> getResults() {
        if (lotId == null) {
            return List.of();
        }
        if (results == null) {
            OffsetDateTime start = from.atStartOfDay(ZoneId.systemDefault()).toOffsetDateTime();
            OffsetDateTime end = to.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toOffsetDateTime();
            results = qc.resultsOfLot(lotId).stream().filter(r -> !r.measuredAt().isBefore(start) && r.measuredAt().isBefore(end)).toList();
        }
        return results;
    }

    public String getChart() {
        return getLot().map(lot -> LeveyJenningsChart.of(lot, getResults(), ZoneId.systemDefault())).orElse("");
    }

    public void show() {
        results = null;
        if (from.isAfter(to)) {
            Feedback.error("The first day comes after the last");
        }
    }

    /** A control typed in for the chosen lot, measured now; read by the rules at once. */
    public void record() {
        if (!callers.isIn(CORRECTORS)) {
            Feedback.error("QC is typed in by technicians and lab managers");
            return;
        }
        Optional<ControlLot> lot = getLot();
        if (lot.isEmpty() || value == null) {
            Feedback.error("Choose the lot and give the control's value");
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        QualityControl.Recorded recorded = Feedback.attempt(() -> qc.record(new QualityControl.QcRun(lot.get().instrumentCode(),
                "manual-" + now.toInstant().toEpochMilli(), now, QcResult.Source.MANUAL, null, List.of(new QualityControl.Measurement(
                lot.get().testCode(), null, lot.get().id(), null, value))), callers.current()));
        if (recorded != null) {
            QcResult r = recorded.stored().get(0);
            Feedback.info("Control recorded: " + r.verdict() + (r.violations() == null ? "" : " (" + r.violations() + ")"));
            value = null;
        }
        forget();
    }

    public void correct(String instrument, String test) {
        if (!callers.isIn(CORRECTORS)) {
            Feedback.error("Corrective actions are recorded by technicians and lab managers");
            return;
        }
        if (Feedback.attempt(() -> qc.correctiveAction(instrument, test, reason, comment, callers.current())) != null) {
            Feedback.info("Corrective action recorded for " + test + " on " + instrument + ": the next accepted QC run ends the failure");
            reason = null;
            comment = null;
        }
        forget();
    }

    public QualityControl.Lookback getLookback() {
        if (lookback == null && lookbackOf != null) {
            lookback = Feedback.attempt(() -> qc.lookback(lookbackOf));
        }
        return lookback;
    }

    public void showLookback(Long rejection) {
        lookbackOf = rejection;
        lookback = null;
    }

    /** What an action changed is read again when the page is drawn. */
    private void forget() {
        states = null;
        results = null;
        lookback = null;
    }

    public void markLookback() {
        if (!callers.isIn(REVIEWERS)) {
            Feedback.error("The look-back is marked by verifiers and lab managers");
            return;
        }
        if (lookbackOf != null && Feedback.attempt(() -> qc.markLookback(lookbackOf, callers.current())) != null) {
            Feedback.info("The look-back's results are marked for review");
        }
        forget();
    }

    public boolean isCorrector() {
        return callers.isIn(CORRECTORS);
    }

    public boolean isReviewer() {
        return callers.isIn(REVIEWERS);
    }

    public Long getLotId() {
        return lotId;
    }

    public void setLotId(Long lotId) {
        this.lotId = lotId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public Long getLookbackOf() {
        return lookbackOf;
    }
}
