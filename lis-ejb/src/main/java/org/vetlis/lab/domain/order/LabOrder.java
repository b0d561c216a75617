package org.vetlis.lab.domain.order;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.QueryHint;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.vetlis.lab.domain.catalogue.LabTest;
import org.vetlis.lab.domain.catalogue.RejectionReason;
import org.vetlis.lab.domain.catalogue.SpecimenType;
import org.vetlis.lab.domain.patient.Patient;
import org.vetlis.lab.domain.shared.ConflictException;
import org.vetlis.lab.domain.shared.InvalidInputException;

/**
 * An order: the tests a clinic asks for one animal. Placing it creates one specimen per specimen type its tests
 * need, each with its own accession barcode, and one pending test run per test. Its status is derived from those
 * runs ({@link OrderStatus#derive}), never set by hand.
 */
@Entity
@Table(name = "lab_order")
@NamedQuery(name = "LabOrder.byIdempotencyKey", query = "select o from LabOrder o where o.placement.placer = :placer"
        + " and o.placement.idempotencyKey = :key")
@NamedQuery(name = "LabOrder.byPlacerOrderId", query = "select o from LabOrder o where o.placement.placer = :placer"
        + " and o.placement.placerOrderId = :number")
// an analyzer's query or results need the whole order: one statement (prepared once), not six
@NamedQuery(name = "LabOrder.bySpecimen", query = "select o from LabOrder o where o.id in"
        + " (select s.order.id from Specimen s where s.accession = :accession)", hints = {
        @QueryHint(name = "eclipselink.join-fetch", value = "o.patient"),
        @QueryHint(name = "eclipselink.join-fetch", value = "o.patient.owner"),
        @QueryHint(name = "eclipselink.left-join-fetch", value = "o.specimens"),
        @QueryHint(name = "eclipselink.left-join-fetch", value = "o.runs")})
public class LabOrder {

    @Id
    @SequenceGenerator(name = "lab_order_id", sequenceName = "lab_order_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lab_order_id")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "patient_id")
    private Patient patient;

    @Embedded
    private Placement placement;

    @Enumerated(EnumType.STRING)
    @Column(name = "urgency", nullable = false, length = 10)
    private Urgency urgency;

    @Column(name = "comment", length = 2000)
    private String comment;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private OrderStatus status;

    @Column(name = "cancel_reason", length = 500)
    private String cancelReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "reported_at")
    private OffsetDateTime reportedAt;

    @Column(name = "reported_by", length = 64)
    private String reportedBy;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @OneToMany(mappedBy = "order", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<Specimen> specimens = new ArrayList<>();

    @OneToMany(mappedBy = "order", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<TestRun> runs = new ArrayList<>();

    @OneToMany(mappedBy = "order", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<OrderComment> comments = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected LabOrder() {
        // for JPA
    }

    /**
     * Places an order for {@code tests} (already expanded from panels, each once, in report order).
     *
     * @param accessions gives the next accession number, once per specimen
     */
    public LabOrder(Patient patient, List<LabTest> tests, OrderRequest request, String placer, Supplier<AccessionNumber> accessions,
                    OffsetDateTime now) {
        if (tests.isEmpty()) {
            throw new IllegalArgumentException("an order needs at least one test");
        }
        this.patient = patient;
        this.placement = new Placement(placer, request);
        this.urgency = request.urgency();
        this.comment = request.comment();
        this.createdBy = placer;
        this.createdAt = now;
        this.updatedAt = now;
        Map<SpecimenType, Specimen> byType = new LinkedHashMap<>();
        for (LabTest test : tests) {
            Specimen specimen = byType.computeIfAbsent(test.specimenType(), type -> new Specimen(this, type, accessions.get(), placer, now));
            runs.add(new TestRun(this, specimen, test));
        }
        specimens.addAll(byType.values());
        deriveStatus();
    }

    /** Receives the specimen with barcode {@code accession} at the lab; the order's status follows. */
    public Specimen receive(AccessionNumber accession, String user, OffsetDateTime now) {
        Specimen specimen = specimen(accession);
        specimen.receive(user, now);
        touched(now);
        return specimen;
    }

    /** Records when and by whom the specimen with barcode {@code accession} was collected (default: now). */
    public Specimen collect(AccessionNumber accession, OffsetDateTime collectedAt, String user, OffsetDateTime now) {
        Specimen specimen = specimen(accession);
        specimen.collect(collectedAt, user, now);
        updatedAt = now;
        return specimen;
    }

    /** Rejects the specimen with barcode {@code accession} for a coded reason. */
    public Specimen reject(AccessionNumber accession, RejectionReason reason, String user, OffsetDateTime now) {
        Specimen specimen = specimen(accession);
        specimen.reject(reason, user, now);
        touched(now);
        return specimen;
    }

    /**
     * Cancels the order with a reason: its runs without a verified result are cancelled too. A verified or reported
     * order is not cancelled (its results stand; an amendment is the way to correct them).
     */
    public void cancel(String reason, OffsetDateTime now) {
        if (status == OrderStatus.CANCELLED) {
            throw new ConflictException("order " + id + " is already cancelled");
        }
        if (status == OrderStatus.VERIFIED || status == OrderStatus.REPORTED) {
            throw new ConflictException("order " + id + " is " + status + " and cannot be cancelled");
        }
        cancelReason = reason;
        runs.forEach(TestRun::cancel);
        touched(now);
    }

    /**
     * Orders the test of {@code runId} again on the same specimen: a new run, linked to the old one, becomes the
     * reportable run; the old result stays as it was.
     */
    public TestRun rerun(long runId, OffsetDateTime now) {
        refuseRerunOnceReported();
        TestRun previous = run(runId);
        TestRun next = previous.rerun();
        runs.add(next);
        touched(now);
        return next;
    }

    /** Adds a remark (up to 2,000 characters) to the order. */
    public OrderComment comment(String text, String author, OffsetDateTime now) {
        if (text == null || text.isBlank() || text.strip().length() > 2000) {
            throw InvalidInputException.of("text", "a comment of 1 to 2000 characters is required");
        }
        OrderComment remark = new OrderComment(this, author, now, text.strip());
        comments.add(remark);
        updatedAt = now;
        return remark;
    }

    public List<OrderComment> comments() {
        return Collections.unmodifiableList(comments);
    }

    public String cancelReason() {
        return cancelReason;
    }

    /** Enters a result for one of the order's test runs; the order's status follows. */
    public TestRun enterResult(long runId, String value, String user, OffsetDateTime now) {
        TestRun run = run(runId);
        run.enterManualResult(value, user, now);
        touched(now);
        return run;
    }

    /**
     * An analyzer's result for test {@code testCode} on the specimen {@code accession}: it goes on the test's
     * reportable run; when that run already has a result, the analyzer ran the test again, and the result goes on a
     * new run (the first result stays as it was).
     *
     * @throws ConflictException when the test is not ordered on that specimen, the specimen was rejected, or the
     *                           test was cancelled: the result is then kept in quarantine, not attached
     */
    public TestRun recordInstrumentResult(AccessionNumber accession, String testCode, InstrumentResult result, OffsetDateTime now) {
        Specimen specimen = specimen(accession);
        if (specimen.status() == SpecimenStatus.REJECTED) {
            throw new ConflictException("specimen " + accession + " was rejected (" + specimen.rejectReason() + ")");
        }
        TestRun run = runs.stream().filter(r -> r.isReportable() && r.specimen().equals(specimen) && r.test().code().equals(testCode))
                .findFirst().orElseThrow(() -> new ConflictException(testCode + " is not ordered on specimen " + accession));
        if (run.status() == TestRunStatus.CANCELLED) {
            throw new ConflictException(testCode + " on specimen " + accession + " was cancelled");
        }
        if (run.status() == TestRunStatus.RESULTED || run.status() == TestRunStatus.VERIFIED) {
            refuseRerunOnceReported();
            run = run.rerun();
            runs.add(run);
        }
        run.enterInstrumentResult(result, now);
        touched(now);
        return run;
    }

    /**
     * The reportable runs on specimen {@code accession} an analyzer can still do: not yet resulted, not cancelled.
     * What a host query is answered with.
     */
    public List<TestRun> runsToDo(AccessionNumber accession) {
        Specimen specimen = specimen(accession);
        if (specimen.status() == SpecimenStatus.REJECTED) {
            return List.of();
        }
        return runs.stream().filter(r -> r.isReportable() && r.specimen().equals(specimen)
                && (r.status() == TestRunStatus.PENDING || r.status() == TestRunStatus.SENT)).toList();
    }

    /**
     * These runs were sent to an analyzer in answer to its query; the order is under way.
     *
     * @return whether anything changed: a tube asked about again (its runs already SENT) changes nothing, and so
     *         writes nothing, so that analyzers asking at once about one tube do not collide
     */
    public boolean sent(List<TestRun> sent, OffsetDateTime now) {
        if (sent.stream().noneMatch(r -> r.status() == TestRunStatus.PENDING)) {
            return false;
        }
        sent.forEach(TestRun::markSent);
        touched(now);
        return true;
    }

    /** A person verifies one of the order's results; the order's status follows. */
    public TestRun verify(long runId, String user, boolean fourEyes, OffsetDateTime now) {
        TestRun run = run(runId);
        run.verify(user, fourEyes, now);
        touched(now);
        return run;
    }

    /** An explicit, enabled autoverification rule verifies one of the order's results (named {@code verifier}). */
    public void autoverify(TestRun run, String verifier, OffsetDateTime now) {
        run(run.id()).verifyByRule(verifier, now);
        touched(now);
    }

    /** A person replaces a verified result for a reason; the result before is kept (returned, to be stored). */
    public ResultVersion amend(long runId, String value, String reason, String user, OffsetDateTime now) {
        ResultVersion before = run(runId).amend(value, reason, user, now);
        touched(now);
        return before;
    }

    /** Releases the report of a verified order: it becomes REPORTED, once. */
    public void release(String user, OffsetDateTime now) {
        if (status != OrderStatus.VERIFIED) {
            throw new ConflictException("order " + id + " is " + status + ": a report is released when every result is verified");
        }
        reportedAt = now;
        reportedBy = user;
        touched(now);
    }

    /** A released report would no longer tell the results; a released result is changed by an amendment. */
    private void refuseRerunOnceReported() {
        if (reportedAt != null) {
            throw new ConflictException("order " + id + " is reported: a released result is changed by an amendment, not a rerun");
        }
    }

    /** When its report was first released; empty before. */
    public Optional<OffsetDateTime> reportedAt() {
        return Optional.ofNullable(reportedAt);
    }

    private TestRun run(long runId) {
        return runs.stream().filter(r -> r.id() == runId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("test run " + runId + " is not part of order " + id));
    }

    private Specimen specimen(AccessionNumber accession) {
        return specimens.stream().filter(s -> s.has(accession)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("specimen " + accession + " is not part of order " + id));
    }

    private void touched(OffsetDateTime now) {
        updatedAt = now;
        deriveStatus();
    }

    private void deriveStatus() {
        status = OrderStatus.derive(runs.stream().filter(TestRun::isReportable).map(TestRun::status).toList(),
                cancelReason != null, specimens.stream().anyMatch(Specimen::isReceived), reportedAt != null);
    }

    public Long id() {
        return id;
    }

    public Patient patient() {
        return patient;
    }

    public Placement placement() {
        return placement;
    }

    public Urgency urgency() {
        return urgency;
    }

    public String comment() {
        return comment;
    }

    public OrderStatus status() {
        return status;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public List<Specimen> specimens() {
        return Collections.unmodifiableList(specimens);
    }

    public List<TestRun> runs() {
        return Collections.unmodifiableList(runs);
    }

    public long version() {
        return version;
    }

    /** The order's state for the audit trail. */
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", id);
        s.put("patientId", patient.id());
        s.put("urgency", urgency);
        s.put("status", status);
        s.put("placer", placement.placer());
        s.put("placerOrderId", placement.placerOrderId());
        s.put("specimens", specimens.stream().map(sp -> sp.accession().value() + " " + sp.type().code() + " " + sp.status()).toList());
        s.put("tests", runs.stream().map(r -> r.test().code() + "#" + r.runNumber() + " " + r.status()).toList());
        s.put("cancelReason", cancelReason);
        return s;
    }
}
