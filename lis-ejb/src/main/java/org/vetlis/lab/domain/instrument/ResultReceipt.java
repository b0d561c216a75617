package org.vetlis.lab.domain.instrument;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.vetlis.lab.domain.order.TestRun;

/**
 * That an instrument's result was taken: the instrument, the specimen, the analyzer's test code, the time the
 * analyzer gave the result and the value. The same five again are the same result sent again, and change nothing.
 */
@Entity
@Table(name = "result_receipt")
public class ResultReceipt {

    @Id
    @SequenceGenerator(name = "result_receipt_id", sequenceName = "result_receipt_seq", allocationSize = 500)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "result_receipt_id")
    private Long id;

    @Column(name = "instrument_code", nullable = false, updatable = false, length = 20)
    private String instrumentCode;

    @Column(name = "accession", nullable = false, updatable = false, length = 20)
    private String accession;

    @Column(name = "analyzer_code", nullable = false, updatable = false, length = 40)
    private String analyzerCode;

    @Column(name = "reported_at", nullable = false, updatable = false, length = 20)
    private String reportedAt;

    @Column(name = "reported_value", nullable = false, updatable = false, length = 60)
    private String reportedValue;

    // a relationship, not a bare id, so that the run (perhaps new in the same transaction) is written first
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "test_run_id", updatable = false)
    private TestRun testRun;

    @Column(name = "message_id", nullable = false, updatable = false)
    private long messageId;

    protected ResultReceipt() {
        // for JPA
    }

    /** What identifies one reported result of a specimen: its analyzer code, completion time and value as stored. */
    public static String key(String analyzerCode, String reportedAt, String reportedValue) {
        return analyzerCode + "|" + reportedAt + "|" + stored(reportedValue);
    }

    /** The value as the column keeps it (60 characters). */
    static String stored(String value) {
        return value.length() <= 60 ? value : value.substring(0, 60);
    }

    /** @param reportedAt the analyzer's completion time as sent (R.13), or a digest of the message when it sends none */
    public ResultReceipt(String instrumentCode, String accession, String analyzerCode, String reportedAt, String reportedValue,
                         TestRun testRun, long messageId) {
        this.instrumentCode = instrumentCode;
        this.accession = accession;
        this.analyzerCode = analyzerCode;
        this.reportedAt = reportedAt;
        this.reportedValue = stored(reportedValue);
        this.testRun = testRun;
        this.messageId = messageId;
    }
}
