package org.vetlis.lab.domain.order;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.vetlis.lab.domain.catalogue.LabTest;
import org.vetlis.lab.domain.catalogue.UnitName;
import org.vetlis.lab.domain.interpretation.RangeChoice;
import org.vetlis.lab.domain.interpretation.ReferenceRange;
import org.vetlis.lab.domain.interpretation.ResultFlag;
import org.vetlis.lab.domain.interpretation.ResultSubject;
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

    @Embedded
    private ResultValue value;

    @Embedded
    private ResultReading reading;

    @Embedded // never null: its QC column is never null
    private Review review = Review.NONE;

    @Embedded
    private Attestation attestation;

    @Column(name = "instrument_code", length = 20)
    private String instrumentCode;

    @Embedded
    private AnalyzerReport analyzer;

    /** 1 for the first verified result; each amendment adds one and keeps the one before as a {@link ResultVersion}. */
    @Column(name = "result_version", nullable = false)
    private int resultVersion = 1;

    @Column(name = "amend_reason", length = 500)
    private String amendReason;

    @OneToMany(mappedBy = "run", cascade = CascadeType.PERSIST)
    @OrderBy("number")
    private List<ResultVersion> earlierVersions = new ArrayList<>();

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
        String species = order.patient().species().code();
        if (!test.isValidFor(species)) {
            hold("Species check: " + test.code() + " is not validated for " + order.patient().species().name().toLowerCase(Locale.ROOT)
                    + "s (it is for " + String.join(", ", test.validSpecies().stream().sorted().toList()) + "); decide whether its result can be reported");
        }
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
        this.value = ResultValue.entered(test, value);
        attestation = Attestation.typedIn(user, now);
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
        String sentUnit = result.unit() == null || result.unit().isBlank() ? test.unit() : AnalyzerReport.truncate(result.unit(), 20);
        value = ResultValue.sent(test, raw, sentUnit);
        if (!value.inUnitOf(test)) {
            // read against a range of another unit, it would be flagged wrongly
            hold("Unit check: " + raw + " " + sentUnit + " is not in " + test.code() + "'s unit (" + test.unit()
                    + ") and no conversion from " + sentUnit + " is known; the value is kept as sent");
        }
        analyzer = new AnalyzerReport(result, !UnitName.same(sentUnit, value.unit()));
        instrumentCode = result.instrumentCode();
        attestation = Attestation.sentBy(result.instrumentCode(), now);
        status = TestRunStatus.RESULTED;
    }

    /**
     * Reads a numeric result against {@code ranges} (the test's for the animal's species): the most specific one that
     * applies to this animal, at its age when the order was placed, and this result's unit and instrument.
     */
    public void interpret(List<ReferenceRange> ranges) {
        Optional<BigDecimal> number = value == null ? Optional.empty() : value.number();
        if (number.isEmpty()) {
            reading = null;
            return;
        }
        reading = ResultReading.of(number.get(), RangeChoice.mostSpecific(ranges,
                ResultSubject.of(order.patient().details(), orderedAt.toLocalDate(), instrumentCode, value.unit())));
    }

    /**
     * Compares the result with the same animal's previous verified one of the test (found within the test's delta
     * window); beyond the test's delta rule, the result is held for review with both values in the reason.
     */
    public void checkDelta(PreviousResult previous) {
        Optional<BigDecimal> number = value == null ? Optional.empty() : value.number();
        number.flatMap(n -> previous.deltaObjection(test, n, value())).ifPresent(this::hold);
    }

    /** Holds a result received while its analyzer's QC of the test had failed: it cannot be verified. */
    public void holdForQc(String reason) {
        review = review.holdForQc(reason);
    }

    /** Holds the result for a person's look, for this reason besides any other. */
    public void hold(String reason) {
        review = review.hold(reason);
    }

    /** Why the result waits for a person's look before it is verified (delta, unit, species, QC); empty when it does not. */
    public Optional<String> reviewReason() {
        return review.reason();
    }

    /** When the order of this run was placed. */
    public OffsetDateTime orderedAt() {
        return orderedAt;
    }

    /** VetLIS's flag of the result; null before a numeric result. */
    public ResultFlag flag() {
        return reading == null ? null : reading.flag();
    }

    /** The reference range the result was read against, as it read then, if one applied. */
    public Optional<String> referenceRange() {
        return reading == null ? Optional.empty() : reading.range();
    }

    /** The run was sent to an analyzer in an order reply (a host query's answer). */
    void markSent() {
        if (status == TestRunStatus.PENDING) {
            status = TestRunStatus.SENT;
        }
    }

    /** Whether the result came from an analyzer (not typed in, not an amendment). */
    public boolean isFromAnalyzer() {
        return attestation != null && attestation.isFromAnalyzer();
    }

    /** What the analyzer said beside the result; null for a result typed in. */
    public AnalyzerReport analyzer() {
        return analyzer;
    }

    public String instrumentCode() {
        return instrumentCode;
    }

    /**
     * A person confirms the result. Never done because an analyzer says "final". With four eyes, the person who
     * entered the result cannot verify it.
     */
    void verify(String user, boolean fourEyes, OffsetDateTime now) {
        requireVerifiable();
        attestation = attestation.verifiedBy(user, fourEyes, now);
        status = TestRunStatus.VERIFIED;
    }

    private void requireVerifiable() {
        if (status != TestRunStatus.RESULTED) {
            throw new ConflictException("test run " + id + " is " + status + ": only a result can be verified");
        }
        if (review.qcHeld()) {
            throw new ConflictException("test run " + id + " is held by QC (" + review.reason().orElse("") + "): a result measured"
                    + " while QC had failed is not verified; rerun it once QC is accepted again");
        }
    }

    /**
     * Verified by an explicit autoverification rule, recorded as the verifier ("rule GLU v3"): never by the analyzer's
     * word. The caller has checked the rule allows it.
     */
    void verifyByRule(String rule, OffsetDateTime now) {
        requireVerifiable();
        attestation = attestation.verifiedBy(rule, false, now);
        status = TestRunStatus.VERIFIED;
    }

    /**
     * Replaces a verified result by a corrected one, for a reason: the result as it was is kept as an earlier
     * version, and the person amending vouches for the new one (entered and verified by them). The caller reads it
     * again (flag, range) and re-issues the report.
     */
    ResultVersion amend(String value, String reason, String user, OffsetDateTime now) {
        if (status != TestRunStatus.VERIFIED) {
            throw new ConflictException("test run " + id + " is " + status + ": only a verified result is amended; correct it before");
        }
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "an amendment needs a reason");
        }
        ResultVersion before = new ResultVersion(this, resultVersion, value(), unit(), flag(), referenceRange().orElse(null), enteredBy(),
                enteredAt(), verifiedBy(), verifiedAt(), amendReason);
        this.value = ResultValue.entered(test, value);
        earlierVersions.add(before);
        resultVersion++;
        amendReason = AnalyzerReport.truncate(reason, 500);
        reading = null;
        review = Review.NONE;
        analyzer = null;
        attestation = Attestation.typedIn(user, now).verifiedBy(user, false, now);
        return before;
    }

    /** 1, or the number of the amendment that gave the current result plus one. */
    public int resultVersion() {
        return resultVersion;
    }

    /** Why the current result replaced the one before; empty for a result never amended. */
    public Optional<String> amendReason() {
        return Optional.ofNullable(amendReason);
    }

    /** The results this run had before its amendments, oldest first. */
    public List<ResultVersion> earlierVersions() {
        return List.copyOf(earlierVersions);
    }

    public OffsetDateTime enteredAt() {
        return attestation == null ? null : attestation.enteredAt();
    }

    public OffsetDateTime verifiedAt() {
        return attestation == null ? null : attestation.verifiedAt();
    }

    /**
     * The value as the lab reports it: a number with exactly the test's decimals (the database keeps six; entry never
     * allows more than the test's, so only a catalogue changed afterwards makes this round), a number in a unit VetLIS
     * could not convert as sent, or the text result; null before a result.
     */
    public String value() {
        return value == null ? null : value.formatted(test);
    }

    public String unit() {
        return value == null ? null : value.unit();
    }

    public String enteredBy() {
        return attestation == null ? null : attestation.enteredBy();
    }

    public String verifiedBy() {
        return attestation == null ? null : attestation.verifiedBy();
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
