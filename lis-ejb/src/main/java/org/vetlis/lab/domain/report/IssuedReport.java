package org.vetlis.lab.domain.report;

import java.time.OffsetDateTime;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One issue of an order's report as it went out: the PDF itself, never changed afterwards. */
@Entity
@Table(name = "lab_report")
@NamedQuery(name = "IssuedReport.ofOrder", query = "select r from IssuedReport r where r.orderId = :order order by r.issueNumber")
public class IssuedReport {

    @Id
    @SequenceGenerator(name = "lab_report_id", sequenceName = "lab_report_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lab_report_id")
    private Long id;

    @Column(name = "order_id", nullable = false, updatable = false)
    private long orderId;

    @Column(name = "issue_number", nullable = false, updatable = false)
    private int issueNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 10)
    private ReportKind kind;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private OffsetDateTime issuedAt;

    @Column(name = "issued_by", nullable = false, updatable = false, length = 64)
    private String issuedBy;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "pdf", nullable = false, updatable = false)
    private byte[] pdf;

    protected IssuedReport() {
        // for JPA
    }

    public IssuedReport(long orderId, int issueNumber, ReportKind kind, OffsetDateTime issuedAt, String issuedBy, byte[] pdf) {
        if (kind == ReportKind.PRELIMINARY) {
            throw new IllegalArgumentException("a preliminary report is rendered, never issued");
        }
        this.orderId = orderId;
        this.issueNumber = issueNumber;
        this.kind = kind;
        this.issuedAt = issuedAt;
        this.issuedBy = issuedBy;
        this.pdf = pdf.clone();
    }

    public Long id() {
        return id;
    }

    public long orderId() {
        return orderId;
    }

    public int issueNumber() {
        return issueNumber;
    }

    public ReportKind kind() {
        return kind;
    }

    public OffsetDateTime issuedAt() {
        return issuedAt;
    }

    public String issuedBy() {
        return issuedBy;
    }

    public byte[] pdf() {
        return pdf.clone();
    }
}
