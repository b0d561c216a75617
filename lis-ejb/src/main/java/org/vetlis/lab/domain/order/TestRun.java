package org.vetlis.lab.domain.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.vetlis.lab.domain.catalogue.LabTest;

/**
 * One ordered test on one specimen, followed from order to verified result. A rerun is a new run linked to the one
 * before; exactly one run of each ordered test is the reportable one.
 */
@Entity
@Table(name = "test_run")
public class TestRun {

    @Id
    @SequenceGenerator(name = "test_run_id", sequenceName = "test_run_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "test_run_id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id")
    private LabOrder order;

    @ManyToOne(optional = false)
    @JoinColumn(name = "specimen_id")
    private Specimen specimen;

    @ManyToOne(optional = false)
    @JoinColumn(name = "test_code")
    private LabTest test;

    @Column(name = "run_number", nullable = false, updatable = false)
    private int runNumber;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "previous_run")
    private TestRun previousRun;

    @Column(name = "reportable", nullable = false)
    private boolean reportable;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private TestRunStatus status = TestRunStatus.PENDING;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected TestRun() {
        // for JPA
    }

    /** The first run of an ordered test. */
    TestRun(LabOrder order, Specimen specimen, LabTest test) {
        this.order = order;
        this.specimen = specimen;
        this.test = test;
        this.runNumber = 1;
        this.reportable = true;
    }

    public Long id() {
        return id;
    }

    public Specimen specimen() {
        return specimen;
    }

    public LabTest test() {
        return test;
    }

    public int runNumber() {
        return runNumber;
    }

    public boolean isReportable() {
        return reportable;
    }

    public TestRunStatus status() {
        return status;
    }
}
