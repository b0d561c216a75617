package org.vetlis.lab.domain.qc;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.vetlis.lab.domain.shared.ConflictException;

/**
 * Whether an analyzer and test are in control, as a state machine: IN → (a rejected run) → FAILED → (a corrective
 * action recorded by a person) → FAILED, corrected → (an accepted run) → IN. While FAILED, its new patient results
 * are held and cannot be verified; an accepted run without a corrective action before it does not end the failure.
 */
@Entity
@Table(name = "qc_state")
@NamedQuery(name = "QcState.all", query = "select s from QcState s order by s.instrumentCode, s.testCode")
@NamedQuery(name = "QcState.of", query = "select s from QcState s where s.instrumentCode = :instrument and s.testCode = :test")
@NamedQuery(name = "QcState.failed", query = "select s from QcState s where s.failedSince is not null")
public class QcState {

    @Id
    @SequenceGenerator(name = "qc_state_id", sequenceName = "qc_state_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "qc_state_id")
    private Long id;

    @Column(name = "instrument_code", nullable = false, updatable = false, length = 20)
    private String instrumentCode;

    @Column(name = "test_code", nullable = false, updatable = false, length = 20)
    private String testCode;

    @Column(name = "last_accepted_at")
    private OffsetDateTime lastAcceptedAt;

    @Column(name = "last_run_at")
    private OffsetDateTime lastRunAt;

    @Column(name = "failed_since")
    private OffsetDateTime failedSince;

    @Column(name = "failed_event")
    private Long failedEvent;

    @Column(name = "failed_because", length = 1000)
    private String failedBecause;

    @Column(name = "corrected", nullable = false)
    private boolean corrected;

    @Column(name = "warnings", length = 1000)
    private String warnings;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected QcState() {
        // for JPA
    }

    public QcState(String instrumentCode, String testCode) {
        this.instrumentCode = Objects.requireNonNull(instrumentCode, "instrumentCode");
        this.testCode = Objects.requireNonNull(testCode, "testCode");
    }

    /** A run was rejected: the analyzer and test are out of control from then on. */
    public void reject(QcEvent event) {
        failedSince = event.at();
        failedEvent = event.id();
        failedBecause = event.detail();
        corrected = false;
        lastRunAt = event.at();
    }

    /** A person says what was done about the failure. */
    public void correct() {
        if (failedSince == null) {
            throw new ConflictException("QC of " + testCode + " on " + instrumentCode + " has not failed: there is nothing to correct");
        }
        corrected = true;
    }

    /**
     * An accepted run (warnings shown). Ends a failure once corrected; returns whether it did.
     */
    public boolean accept(OffsetDateTime at, String warningsOfRun) {
        lastRunAt = at;
        warnings = warningsOfRun;
        if (failedSince != null && !corrected) {
            return false;
        }
        lastAcceptedAt = at;
        boolean ended = failedSince != null;
        failedSince = null;
        failedEvent = null;
        failedBecause = null;
        corrected = false;
        return ended;
    }

    public boolean isFailed() {
        return failedSince != null;
    }

    /** Why new patient results are held, in words, while failed. */
    public Optional<String> holdReason() {
        return isFailed() ? Optional.of("QC check: " + testCode + " on " + instrumentCode + " failed QC at " + failedSince
                + (corrected ? " (corrective action recorded, waiting for an accepted QC run)" : "") + ": " + failedBecause) : Optional.empty();
    }

    public String instrumentCode() {
        return instrumentCode;
    }

    public String testCode() {
        return testCode;
    }

    public OffsetDateTime lastAcceptedAt() {
        return lastAcceptedAt;
    }

    public OffsetDateTime lastRunAt() {
        return lastRunAt;
    }

    public OffsetDateTime failedSince() {
        return failedSince;
    }

    public Long failedEvent() {
        return failedEvent;
    }

    public String failedBecause() {
        return failedBecause;
    }

    public boolean isCorrected() {
        return corrected;
    }

    public String warnings() {
        return warnings;
    }

    public long version() {
        return version;
    }
}
