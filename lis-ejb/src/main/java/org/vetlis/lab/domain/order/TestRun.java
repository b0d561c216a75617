package org.vetlis.lab.domain.order;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

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
import org.vetlis.lab.domain.catalogue.ResultType;
import org.vetlis.lab.domain.interpretation.DeltaRule;
import org.vetlis.lab.domain.interpretation.RangeChoice;
import org.vetlis.lab.domain.interpretation.ReferenceRange;
import org.vetlis.lab.domain.interpretation.ResultFlag;
import org.vetlis.lab.domain.interpretation.ResultSubject;
import org.vetlis.lab.domain.patient.Patient;
import org.vetlis.lab.domain.shared.ConflictException;
import org.vetlis.lab.domain.shared.InvalidInputException;

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

    /** The test's code as the column holds it: queries filter on it without joining the catalogue. */
    @Column(name = "test_code", insertable = false, updatable = false)
    private String testCode;

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

    @Column(name = "value_numeric", precision = 18, scale = 6)
    private BigDecimal valueNumeric;

    @Column(name = "value_text", length = 2000)
    private String valueText;

    @Column(name = "unit", length = 20)
    private String unit;

    /** VetLIS's flag against the chosen reference range (analyzer flags are kept apart); null for a text result. */
    @Enumerated(EnumType.STRING)
    @Column(name = "flags", length = 40)
    private ResultFlag flag;

    /** Why a person must look at the result before verifying it (a failed delta check), or null. */
    @Column(name = "review_reason", length = 300)
    private String reviewReason;

    /**
     * The range the flag was read against, by id and as it read then ("3.72–7.49 mmol/L"): a range the lab changes
     * later does not change what a verified result was read against. Null when none applied or the result is text.
     */
    @Column(name = "reference_range_id")
    private Long referenceRangeId;

    @Column(name = "reference_range", length = 80)
    private String referenceRange;

    @Column(name = "source", length = 12)
    private String source;

    @Column(name = "entered_by", length = 64)
    private String enteredBy;

    @Column(name = "entered_at")
    private OffsetDateTime enteredAt;

    @Column(name = "verified_by", length = 64)
    private String verifiedBy;

    @Column(name = "verified_at")
    private OffsetDateTime verifiedAt;

    @Column(name = "instrument_code", length = 20)
    private String instrumentCode;

    @Column(name = "analyzer_flags", length = 40)
    private String analyzerFlags;

    @Column(name = "analyzer_status", length = 4)
    private String analyzerStatus;

    @Column(name = "analyzer_range", length = 60)
    private String analyzerRange;

    @Column(name = "analyzer_comment", length = 2000)
    private String analyzerComment;

    /** The order's {@link Urgency#rank()} and time, copied (neither changes) so a worklist sorts on the run's own index. */
    @Column(name = "urgency_rank", nullable = false, updatable = false)
    private int urgencyRank;

    @Column(name = "ordered_at", nullable = false, updatable = false)
    private OffsetDateTime orderedAt;

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
        this.testCode = test.code();
        this.runNumber = 1;
        this.reportable = true;
        this.urgencyRank = order.urgency().rank();
        this.orderedAt = order.createdAt();
    }

    /** Part of cancelling the order: a run without a verified result is cancelled. */
    void cancel() {
        if (status != TestRunStatus.VERIFIED) {
            status = TestRunStatus.CANCELLED;
        }
    }

    /** A new run of the same test on the same specimen, replacing this one as the reportable run. */
    TestRun rerun() {
        if (!reportable) {
            throw new ConflictException("test run " + id + " was already rerun; rerun the latest run");
        }
        if (status == TestRunStatus.CANCELLED) {
            throw new ConflictException("test run " + id + " is cancelled");
        }
        TestRun next = new TestRun(order, specimen, test);
        next.runNumber = runNumber + 1;
        next.previousRun = this;
        reportable = false;
        return next;
    }

    /**
     * A result typed in at the bench. The specimen must have been received; a numeric test needs a number with no
     * more decimals than the test reports.
     */
    void enterManualResult(String value, String user, OffsetDateTime now) {
        if (!specimen.isReceived()) {
            throw new ConflictException("specimen " + specimen.accession() + " of " + test.code() + " is " + specimen.status()
                    + ": results are entered for received specimens only");
        }
        if (status != TestRunStatus.PENDING && status != TestRunStatus.SENT) {
            throw new ConflictException("test run " + id + " is " + status + "; a changed result needs a rerun");
        }
        if (value == null || value.isBlank()) {
            throw InvalidInputException.of("value", "is required");
        }
        if (test.resultType() == ResultType.NUMERIC) {
            BigDecimal number;
            try {
                number = new BigDecimal(value.strip().replace(',', '.'));
            } catch (NumberFormatException e) {
                throw InvalidInputException.of("value", test.code() + " takes a number, not '" + value + "'");
            }
            if (number.scale() > test.decimals()) {
                throw InvalidInputException.of("value", test.code() + " is reported with " + test.decimals() + " decimals");
            }
            valueNumeric = number;
        } else {
            valueText = value.strip();
        }
        unit = test.unit();
        source = "MANUAL";
        enteredBy = user;
        enteredAt = now;
        status = TestRunStatus.RESULTED;
    }

    /**
     * A result an analyzer sent. A number for a numeric test (a decimal comma read as a point); what is not a number
     * ({@code <3.00}, {@code >8}, {@code -----}) is kept as text, exactly as sent, for a person to look at. The
     * analyzer's status ("final") is recorded and verifies nothing.
     */
    void enterInstrumentResult(InstrumentResult result, OffsetDateTime now) {
        if (status != TestRunStatus.PENDING && status != TestRunStatus.SENT) {
            throw new ConflictException("test run " + id + " is " + status);
        }
        String raw = result.value() == null ? "" : result.value().strip();
        valueNumeric = null;
        valueText = null;
        if (test.resultType() == ResultType.NUMERIC && raw.matches("-?\\d+([.,]\\d*)?")) {
            valueNumeric = new BigDecimal(raw.replace(',', '.'));
        } else {
            valueText = raw.length() <= 2000 ? raw : raw.substring(0, 2000);
        }
        unit = result.unit() == null || result.unit().isBlank() ? test.unit() : truncate(result.unit().strip(), 20);
        analyzerFlags = truncate(result.flags(), 40);
        analyzerStatus = truncate(result.status(), 4);
        analyzerRange = truncate(result.range(), 60);
        analyzerComment = truncate(result.comment(), 2000);
        instrumentCode = result.instrumentCode();
        source = "INSTRUMENT";
        enteredBy = result.instrumentCode();
        enteredAt = now;
        status = TestRunStatus.RESULTED;
    }

    /**
     * Reads a numeric result against {@code ranges} (the test's for the animal's species): the most specific one that
     * applies to this animal, at its age when the order was placed, and this result's unit and instrument.
     */
    public void interpret(List<ReferenceRange> ranges) {
        if (valueNumeric == null) {
            flag = null;
            referenceRangeId = null;
            referenceRange = null;
            return;
        }
        Patient patient = order.patient();
        LocalDate born = patient.details().dateOfBirth();
        Integer ageDays = born == null ? null : (int) ChronoUnit.DAYS.between(born, orderedAt.toLocalDate());
        Optional<ReferenceRange> chosen = RangeChoice.mostSpecific(ranges,
                new ResultSubject(patient.details().sex(), patient.details().neuterStatus(), ageDays, instrumentCode, unit));
        flag = ResultFlag.of(valueNumeric, chosen);
        referenceRangeId = chosen.map(ReferenceRange::id).orElse(null);
        referenceRange = chosen.map(ReferenceRange::describe).orElse(null);
    }

    /**
     * Compares the result with the same animal's previous verified one of the test (found within the test's delta
     * window); beyond the test's delta rule, the result is held for review with both values in the reason.
     */
    public void checkDelta(PreviousResult previous) {
        Optional<DeltaRule> rule = test.deltaRule();
        if (rule.isEmpty() || valueNumeric == null || !rule.get().fails(valueNumeric, previous.value())) {
            return;
        }
        reviewReason = "Delta check: " + value() + " now, " + previous.value().setScale(test.decimals(), RoundingMode.HALF_UP).toPlainString()
                + " on " + previous.orderedAt().toLocalDate() + " (order " + previous.orderId() + "); the change is beyond "
                + rule.get().describe() + " within " + rule.get().windowDays() + " days";
    }

    /** Why the result waits for a person's look before it is verified (a failed delta check); empty when it does not. */
    public Optional<String> reviewReason() {
        return Optional.ofNullable(reviewReason);
    }

    /** When the order of this run was placed. */
    public OffsetDateTime orderedAt() {
        return orderedAt;
    }

    /** VetLIS's flag of the result; null before a numeric result. */
    public ResultFlag flag() {
        return flag;
    }

    /** The reference range the result was read against, as it read then, if one applied. */
    public Optional<String> referenceRange() {
        return Optional.ofNullable(referenceRange);
    }

    /** The run was sent to an analyzer in an order reply (a host query's answer). */
    void markSent() {
        if (status == TestRunStatus.PENDING) {
            status = TestRunStatus.SENT;
        }
    }

    private static String truncate(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        return t.length() <= max ? t : t.substring(0, max);
    }

    /** The reference range the analyzer printed beside the result, as sent; null when it sent none. */
    public String analyzerRange() {
        return analyzerRange;
    }

    /** The analyzer's comments on the result, one per line; null when it made none. */
    public String analyzerComment() {
        return analyzerComment;
    }

    public String analyzerFlags() {
        return analyzerFlags;
    }

    public String instrumentCode() {
        return instrumentCode;
    }

    /**
     * A person confirms the result. Never done because an analyzer says "final". With four eyes, the person who
     * entered the result cannot verify it.
     */
    void verify(String user, boolean fourEyes, OffsetDateTime now) {
        if (status != TestRunStatus.RESULTED) {
            throw new ConflictException("test run " + id + " is " + status + ": only a result can be verified");
        }
        if (fourEyes && user.equals(enteredBy)) {
            throw new ConflictException("four eyes: " + user + " entered this result and cannot also verify it");
        }
        verifiedBy = user;
        verifiedAt = now;
        status = TestRunStatus.VERIFIED;
    }

    /**
     * The value as the lab reports it: a number with exactly the test's decimals (the database keeps six; entry never
     * allows more than the test's, so only a catalogue changed afterwards makes this round), or the text result;
     * null before a result.
     */
    public String value() {
        return valueNumeric != null ? valueNumeric.setScale(test.decimals(), RoundingMode.HALF_UP).toPlainString() : valueText;
    }

    public String unit() {
        return unit;
    }

    public String enteredBy() {
        return enteredBy;
    }

    public String verifiedBy() {
        return verifiedBy;
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
