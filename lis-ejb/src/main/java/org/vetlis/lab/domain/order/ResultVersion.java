package org.vetlis.lab.domain.order;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.vetlis.lab.domain.interpretation.ResultFlag;

/**
 * A result as it was before an amendment replaced it: kept for good, shown beside the current one and on the
 * amended report. Never changed once written.
 */
@Entity
@Table(name = "result_version")
public class ResultVersion {

    @Id
    @SequenceGenerator(name = "result_version_id", sequenceName = "result_version_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "result_version_id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "test_run_id")
    private TestRun run;

    @Column(name = "version_number", nullable = false, updatable = false)
    private Integer number;

    @Column(name = "result_value", length = 2000, updatable = false)
    private String value;

    @Column(name = "unit", length = 20, updatable = false)
    private String unit;

    @Enumerated(EnumType.STRING)
    @Column(name = "flag", length = 10, updatable = false)
    private ResultFlag flag;

    @Column(name = "reference_range", length = 80, updatable = false)
    private String referenceRange;

    @Column(name = "entered_by", length = 64, updatable = false)
    private String enteredBy;

    @Column(name = "entered_at", updatable = false)
    private OffsetDateTime enteredAt;

    @Column(name = "verified_by", length = 64, updatable = false)
    private String verifiedBy;

    @Column(name = "verified_at", updatable = false)
    private OffsetDateTime verifiedAt;

    /** Why this version replaced the one before it; null for the first. */
    @Column(name = "amend_reason", length = 500, updatable = false)
    private String amendReason;

    protected ResultVersion() {
        // for JPA
    }

    ResultVersion(TestRun run, int number, String value, String unit, ResultFlag flag, String referenceRange, String enteredBy,
                  OffsetDateTime enteredAt, String verifiedBy, OffsetDateTime verifiedAt, String amendReason) {
        this.run = run;
        this.number = number;
        this.value = value;
        this.unit = unit;
        this.flag = flag;
        this.referenceRange = referenceRange;
        this.enteredBy = enteredBy;
        this.enteredAt = enteredAt;
        this.verifiedBy = verifiedBy;
        this.verifiedAt = verifiedAt;
        this.amendReason = amendReason;
    }

    public int number() {
        return number;
    }

    public String value() {
        return value;
    }

    public String unit() {
        return unit;
    }

    public ResultFlag flag() {
        return flag;
    }

    public String referenceRange() {
        return referenceRange;
    }

    public String verifiedBy() {
        return verifiedBy;
    }

    public OffsetDateTime verifiedAt() {
        return verifiedAt;
    }

    public String amendReason() {
        return amendReason;
    }
}
