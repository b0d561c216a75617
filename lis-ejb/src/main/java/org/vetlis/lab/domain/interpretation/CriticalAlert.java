package org.vetlis.lab.domain.interpretation;

import java.time.OffsetDateTime;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.vetlis.lab.domain.order.TestRun;
import org.vetlis.lab.domain.shared.ConflictException;
import org.vetlis.lab.domain.shared.Violations;

/**
 * A result beyond a critical limit: someone must tell the animal's veterinarian now. Raised when the result is read,
 * open until a person acknowledges it, saying whom they told; the result cannot be verified before. What it says of
 * the result is copied, so the alert reads the same after a rerun.
 */
@Entity
@Table(name = "critical_alert")
@NamedQuery(name = "CriticalAlert.open", query = "select a from CriticalAlert a where a.acknowledgedAt is null order by a.raisedAt, a.id")
@NamedQuery(name = "CriticalAlert.openForRun", query = "select a from CriticalAlert a where a.testRunId = :run and a.acknowledgedAt is null")
public class CriticalAlert {

    @Id
    @SequenceGenerator(name = "critical_alert_id", sequenceName = "critical_alert_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "critical_alert_id")
    private Long id;

    @Column(name = "test_run_id", nullable = false, updatable = false)
    private long testRunId;

    @Column(name = "order_id", nullable = false, updatable = false)
    private long orderId;

    @Column(name = "patient_name", nullable = false, updatable = false, length = 100)
    private String patientName;

    @Column(name = "test_code", nullable = false, updatable = false, length = 20)
    private String testCode;

    @Column(name = "result", nullable = false, updatable = false, length = 60)
    private String result;

    @Enumerated(EnumType.STRING)
    @Column(name = "flag", nullable = false, updatable = false, length = 2)
    private ResultFlag flag;

    @Column(name = "raised_at", nullable = false, updatable = false)
    private OffsetDateTime raisedAt;

    @Column(name = "acknowledged_at")
    private OffsetDateTime acknowledgedAt;

    @Column(name = "acknowledged_by", length = 64)
    private String acknowledgedBy;

    /** Whom the person told, and how ("Dr. Weber, Tierklinik Nord, by phone"). */
    @Column(name = "notified", length = 200)
    private String notified;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CriticalAlert() {
        // for JPA
    }

    /** The alert of a result just flagged LL or HH (stored and numbered: {@code run} has its id). */
    public CriticalAlert(TestRun run, OffsetDateTime now) {
        if (run.flag() == null || !run.flag().isCritical()) {
            throw new IllegalArgumentException("test run " + run.id() + " is not critical");
        }
        this.testRunId = run.id();
        this.orderId = run.specimen().order().id();
        this.patientName = run.specimen().order().patient().name();
        this.testCode = run.test().code();
        String text = run.value() + (run.unit() == null ? "" : " " + run.unit())
                + run.referenceRange().map(r -> " (" + r + ")").orElse("");
        this.result = text.length() <= 60 ? text : text.substring(0, 60);
        this.flag = run.flag();
        this.raisedAt = now;
    }

    /** The alert a result raises: one when it was read as critical (LL or HH), none otherwise. */
    public static Optional<CriticalAlert> raisedBy(TestRun run, OffsetDateTime now) {
        return run.flag() != null && run.flag().isCritical() ? Optional.of(new CriticalAlert(run, now)) : Optional.empty();
    }

    /** A person told the veterinarian; who it was is required, as it is what the lab must be able to show. */
    public void acknowledge(String user, String whomNotified, OffsetDateTime now) {
        if (acknowledgedAt != null) {
            throw new ConflictException("critical alert " + id + " was acknowledged by " + acknowledgedBy + " at " + acknowledgedAt);
        }
        new Violations().required(whomNotified, "notified", 200).throwIfAny();
        acknowledgedAt = now;
        acknowledgedBy = user;
        notified = whomNotified.strip();
    }

    /** As the audit trail and the dashboard say it: "GLU 1.9 mmol/L (3.72–7.49 mmol/L) LL for Rex". */
    public String summary() {
        return testCode + " " + result + " " + flag + " for " + patientName;
    }

    public boolean isOpen() {
        return acknowledgedAt == null;
    }

    public Long id() {
        return id;
    }

    public long testRunId() {
        return testRunId;
    }

    public long orderId() {
        return orderId;
    }

    public String patientName() {
        return patientName;
    }

    public String testCode() {
        return testCode;
    }

    public String result() {
        return result;
    }

    public ResultFlag flag() {
        return flag;
    }

    public OffsetDateTime raisedAt() {
        return raisedAt;
    }

    public OffsetDateTime acknowledgedAt() {
        return acknowledgedAt;
    }

    public String acknowledgedBy() {
        return acknowledgedBy;
    }

    public String notified() {
        return notified;
    }

    public long version() {
        return version;
    }
}
