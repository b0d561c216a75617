package org.vetlis.lab.domain.qc;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

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

/**
 * One control measured once: its lot and level, the run it belongs to (the levels measured together), its value
 * and z-score, where it came from (an analyzer's message or a person's entry), and what the rules made of it.
 */
@Entity
@Table(name = "qc_result")
@NamedQuery(name = "QcResult.counting", query = "select r from QcResult r where r.instrumentCode = :instrument and r.testCode = :test"
        + " and r.verdict in (org.vetlis.lab.domain.qc.QcVerdict.ACCEPTED, org.vetlis.lab.domain.qc.QcVerdict.WARNING)"
        + " and r.measuredAt >= :since order by r.measuredAt, r.id")
@NamedQuery(name = "QcResult.of", query = "select r from QcResult r where r.instrumentCode = :instrument and r.testCode = :test"
        + " and r.measuredAt >= :from and r.measuredAt < :to order by r.measuredAt, r.id")
@NamedQuery(name = "QcResult.ofLot", query = "select r from QcResult r where r.lotId = :lot order by r.measuredAt, r.id")
public class QcResult {

    /** Where a control result came from. */
    public enum Source {
        ANALYZER,
        MANUAL
    }

    @Id
    @SequenceGenerator(name = "qc_result_id", sequenceName = "qc_result_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "qc_result_id")
    private Long id;

    @Column(name = "lot_id", nullable = false, updatable = false)
    private long lotId;

    @Column(name = "instrument_code", nullable = false, updatable = false, length = 20)
    private String instrumentCode;

    @Column(name = "test_code", nullable = false, updatable = false, length = 20)
    private String testCode;

    @Column(name = "lot_number", nullable = false, updatable = false, length = 40)
    private String lotNumber;

    @Column(name = "level", nullable = false, updatable = false, length = 20)
    private String level;

    @Column(name = "run_key", nullable = false, updatable = false, length = 80)
    private String runKey;

    @Column(name = "measured_at", nullable = false, updatable = false)
    private OffsetDateTime measuredAt;

    @Column(name = "result_value", nullable = false, updatable = false, precision = 18, scale = 6)
    private BigDecimal value;

    @Column(name = "z")
    private Double z;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, updatable = false, length = 10)
    private Source source;

    @Column(name = "message_id", updatable = false)
    private Long messageId;

    @Column(name = "entered_by", nullable = false, updatable = false, length = 64)
    private String enteredBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "verdict", nullable = false, length = 12)
    private QcVerdict verdict;

    @Column(name = "violations", length = 1000)
    private String violations;

    protected QcResult() {
        // for JPA
    }

    public QcResult(ControlLot lot, String runKey, OffsetDateTime measuredAt, BigDecimal value, Source source, Long messageId, String enteredBy) {
        this.lotId = lot.id();
        this.instrumentCode = lot.instrumentCode();
        this.testCode = lot.testCode();
        this.lotNumber = lot.lotNumber();
        this.level = lot.level();
        this.runKey = Objects.requireNonNull(runKey, "runKey");
        this.measuredAt = Objects.requireNonNull(measuredAt, "measuredAt");
        this.value = Objects.requireNonNull(value, "value");
        this.z = lot.z(value).orElse(null);
        this.source = Objects.requireNonNull(source, "source");
        this.messageId = messageId;
        this.enteredBy = Objects.requireNonNull(enteredBy, "enteredBy");
        this.verdict = z == null ? QcVerdict.ESTABLISHING : QcVerdict.ACCEPTED;
    }

    /** The rules' reading of its run: the verdict, and the violations that name it or that its run broke. */
    public void judge(List<Violation> ofItsRun) {
        if (verdict == QcVerdict.ESTABLISHING) {
            return;
        }
        boolean rejected = ofItsRun.stream().anyMatch(Violation::rejects);
        verdict = rejected ? QcVerdict.REJECTED : ofItsRun.isEmpty() ? QcVerdict.ACCEPTED : QcVerdict.WARNING;
        violations = ofItsRun.isEmpty() ? null : truncate(ofItsRun.stream().map(v -> v.rule().label() + ": " + v.explanation())
                .collect(Collectors.joining("; ")));
    }

    /** Sets the z-score once the lab's own target of the lot is established (the establishing results stay unjudged). */
    void scoreAgainst(ControlLot lot) {
        z = lot.z(value).orElse(null);
    }

    public QcPoint point() {
        return new QcPoint(id, level, lotNumber, runKey, measuredAt.toInstant(), z == null ? 0 : z);
    }

    private static String truncate(String text) {
        return text.length() <= 1000 ? text : text.substring(0, 997) + "...";
    }

    public Long id() {
        return id;
    }

    public long lotId() {
        return lotId;
    }

    public String instrumentCode() {
        return instrumentCode;
    }

    public String testCode() {
        return testCode;
    }

    public String lotNumber() {
        return lotNumber;
    }

    public String level() {
        return level;
    }

    public String runKey() {
        return runKey;
    }

    public OffsetDateTime measuredAt() {
        return measuredAt;
    }

    public BigDecimal value() {
        return value;
    }

    public Double z() {
        return z;
    }

    public Source source() {
        return source;
    }

    public Long messageId() {
        return messageId;
    }

    public String enteredBy() {
        return enteredBy;
    }

    public QcVerdict verdict() {
        return verdict;
    }

    public String violations() {
        return violations;
    }
}
