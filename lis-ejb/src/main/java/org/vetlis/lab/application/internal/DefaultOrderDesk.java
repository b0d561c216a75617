package org.vetlis.lab.application.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.vetlis.lab.application.Actor;
import org.vetlis.lab.application.CatalogueService;
import org.vetlis.lab.application.OrderDesk;
import org.vetlis.lab.domain.audit.AuditAction;
import org.vetlis.lab.domain.audit.AuditEvent;
import org.vetlis.lab.domain.audit.AuditJson;
import org.vetlis.lab.domain.audit.AuditTrail;
import org.vetlis.lab.domain.catalogue.LabTest;
import org.vetlis.lab.domain.catalogue.RejectionReason;
import org.vetlis.lab.domain.catalogue.TestCatalog;
import org.vetlis.lab.domain.interpretation.CriticalAlerts;
import org.vetlis.lab.domain.order.AccessionFormat;
import org.vetlis.lab.domain.order.AccessionNumber;
import org.vetlis.lab.domain.order.OrderStatus;
import org.vetlis.lab.domain.report.ReportKind;
import org.vetlis.lab.domain.order.LabDay;
import org.vetlis.lab.domain.order.LabOrder;
import org.vetlis.lab.domain.order.OrderComment;
import org.vetlis.lab.domain.order.OrderRepository;
import org.vetlis.lab.domain.order.OrderRequest;
import org.vetlis.lab.domain.order.Specimen;
import org.vetlis.lab.domain.order.TestRun;
import org.vetlis.lab.domain.order.WorklistQuery;
import org.vetlis.lab.domain.patient.Patient;
import org.vetlis.lab.domain.patient.PatientRepository;
import org.vetlis.lab.domain.shared.ConflictException;
import org.vetlis.lab.domain.shared.InvalidInputException;
import org.vetlis.lab.domain.shared.NotFoundException;
import org.vetlis.lab.domain.shared.Page;
import org.vetlis.lab.domain.shared.PageRequest;

@Stateless
public class DefaultOrderDesk implements OrderDesk {

    @Inject
    private OrderRepository orders;

    @Inject
    private PatientRepository patients;

    @Inject
    private CatalogueService catalogue;

    @Inject
    private TestCatalog catalog;

    @Inject
    private ResultReader reader;

    @Inject
    private CriticalAlerts alerts;

    @Inject
    private ReportIssuer reports;

    @Inject
    private AuditTrail audit;

    @Inject
    private AccessionFormat accessionFormat;

    @Inject
    @ConfigProperty(name = "vetlis.verification.four-eyes", defaultValue = "true")
    private boolean fourEyes;

    @Override
    public Placement place(long patientId, List<String> testCodes, OrderRequest request, Actor actor) {
        OrderRequest checked = request.checked();
        Optional<LabOrder> earlier = orders.placedBefore(actor.username(), checked.idempotencyKey(), checked.placerOrderId());
        if (earlier.isPresent()) {
            return new Placement(earlier.get(), true);
        }
        Patient patient = patients.find(patientId)
                .orElseThrow(() -> InvalidInputException.of("patientId", "patient " + patientId + " does not exist"));
        List<LabTest> tests = catalogue.expand(testCodes);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        LabOrder order = new LabOrder(patient, tests, checked, actor.username(), () -> accessionFormat.issue(now.getYear(), orders.nextAccessionSequence()), now);
        orders.store(order);
        audit.append(AuditEvent.of(actor.username(), AuditAction.ORDER_PLACED, now).on("Order", order.id())
                .change(null, AuditJson.of(order.snapshot())).origin(actor.origin()).build());
        return new Placement(order, false);
    }

    @Override
    public LabOrder order(long orderId) {
        return orders.find(orderId).orElseThrow(() -> new NotFoundException("order", orderId));
    }

    @Override
    public Page<LabOrder> findOrders(OrderStatus status, Long patientId, OffsetDateTime from, OffsetDateTime to, PageRequest page) {
        return orders.search(status, patientId, from, to, page);
    }

    @Override
    public LabOrder cancel(long orderId, String reason, Actor actor) {
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw InvalidInputException.of("reason", "a reason of up to 500 characters is required");
        }
        LabOrder order = order(orderId);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String before = AuditJson.of(order.snapshot());
        order.cancel(reason.strip(), now);
        audit.append(AuditEvent.of(actor.username(), AuditAction.ORDER_CANCELLED, now).on("Order", orderId)
                .change(before, AuditJson.of(order.snapshot())).detail(reason.strip()).origin(actor.origin()).build());
        return order;
    }

    @Override
    public LabOrder comment(long orderId, String text, Actor actor) {
        LabOrder order = order(orderId);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        OrderComment remark = order.comment(text, actor.username(), now);
        orders.store(remark);
        audit.append(AuditEvent.of(actor.username(), AuditAction.ORDER_COMMENTED, now).on("Order", orderId)
                .change(null, AuditJson.of(Map.of("text", remark.text()))).origin(actor.origin()).build());
        return order;
    }

    @Override
    public TestRun rerun(long runId, Actor actor) {
        return changeRun(runId, AuditAction.TEST_RERUN, actor, (order, now) -> {
            TestRun next = order.rerun(runId, now);
            orders.store(next);
            return next;
        });
    }

    @Override
    public Specimen specimen(String barcode) {
        AccessionNumber accession = accession(barcode);
        return orderOf(accession).specimens().stream().filter(s -> s.has(accession)).findFirst().orElseThrow();
    }

    @Override
    public Specimen receive(String barcode, Actor actor) {
        AccessionNumber accession = accession(barcode);
        LabOrder order = orderOf(accession);
        return changeSpecimen(order, accession, AuditAction.SPECIMEN_RECEIVED, actor,
                now -> order.receive(accession, actor.username(), now));
    }

    @Override
    public Specimen collect(String barcode, OffsetDateTime collectedAt, Actor actor) {
        AccessionNumber accession = accession(barcode);
        LabOrder order = orderOf(accession);
        return changeSpecimen(order, accession, AuditAction.SPECIMEN_COLLECTED, actor,
                now -> order.collect(accession, collectedAt, actor.username(), now));
    }

    @Override
    public Specimen reject(String barcode, String reasonCode, Actor actor) {
        RejectionReason reason = catalog.rejectionReason(reasonCode == null ? "" : reasonCode.strip().toUpperCase(Locale.ROOT))
                .filter(RejectionReason::isActive)
                .orElseThrow(() -> InvalidInputException.of("reason", "must be one of " + catalog.rejectionReasons().stream()
                        .filter(RejectionReason::isActive).map(RejectionReason::code).toList()));
        AccessionNumber accession = accession(barcode);
        LabOrder order = orderOf(accession);
        return changeSpecimen(order, accession, AuditAction.SPECIMEN_REJECTED, actor,
                now -> order.reject(accession, reason, actor.username(), now));
    }

    @Override
    public TestRun enterResult(long runId, String value, Actor actor) {
        return changeRun(runId, AuditAction.RESULT_ENTERED, actor, (order, now) -> {
            TestRun run = order.enterResult(runId, value, actor.username(), now);
            reader.read(run, now).ifPresent(alert ->
                audit.append(AuditEvent.of(actor.username(), AuditAction.CRITICAL_VALUE_RAISED, now).on("TestRun", runId)
                        .detail(alert.summary()).origin(actor.origin()).build()));
            return run;
        });
    }

    @Override
    public TestRun verify(long runId, Actor actor) {
        if (alerts.openFor(runId)) {
            throw new ConflictException("test run " + runId + " has a critical value nobody has acknowledged yet: tell the veterinarian,"
                    + " acknowledge the alert, then verify");
        }
        return changeRun(runId, AuditAction.RESULT_VERIFIED, actor, (order, now) -> order.verify(runId, actor.username(), fourEyes, now));
    }

    @Override
    public TestRun amend(long runId, String value, String reason, Actor actor) {
        TestRun amended = changeRun(runId, AuditAction.RESULT_AMENDED, actor, (order, now) -> {
            orders.store(order.amend(runId, value, reason, actor.username(), now));
            TestRun run = order.runs().stream().filter(r -> r.id() == runId).findFirst().orElseThrow();
            reader.read(run, now).ifPresent(alert ->
                audit.append(AuditEvent.of(actor.username(), AuditAction.CRITICAL_VALUE_RAISED, now).on("TestRun", runId)
                        .detail(alert.summary()).origin(actor.origin()).build()));
            return run;
        });
        LabOrder order = amended.specimen().order();
        if (order.status() == OrderStatus.REPORTED) {
            reports.issue(order, ReportKind.AMENDED, actor, amended.verifiedAt());
        }
        return amended;
    }

    private TestRun changeRun(long runId, AuditAction action, Actor actor, BiFunction<LabOrder, OffsetDateTime, TestRun> change) {
        LabOrder order = orders.findByRun(runId).orElseThrow(() -> new NotFoundException("test run", runId));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String before = AuditJson.of(runState(order, runId));
        TestRun run = change.apply(order, now);
        audit.append(AuditEvent.of(actor.username(), action, now).on("TestRun", runId)
                .change(before, AuditJson.of(runState(order, runId))).origin(actor.origin()).build());
        return run;
    }

    private static Map<String, Object> runState(LabOrder order, long runId) {
        TestRun run = order.runs().stream().filter(r -> r.id() == runId).findFirst().orElseThrow();
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("orderId", order.id());
        s.put("orderStatus", order.status());
        s.put("test", run.test().code());
        s.put("status", run.status());
        s.put("run", run.runNumber());
        s.put("reportable", run.isReportable());
        s.put("value", run.value());
        s.put("unit", run.unit());
        s.put("flag", run.flag());
        s.put("enteredBy", run.enteredBy());
        s.put("verifiedBy", run.verifiedBy());
        if (run.resultVersion() > 1) {
            s.put("resultVersion", run.resultVersion());
            s.put("amendReason", run.amendReason().orElse(null));
        }
        return s;
    }

    private Specimen changeSpecimen(LabOrder order, AccessionNumber accession, AuditAction action, Actor actor,
                                    Function<OffsetDateTime, Specimen> change) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String before = AuditJson.of(order.snapshot());
        Specimen specimen = change.apply(now);
        audit.append(AuditEvent.of(actor.username(), action, now).on("Specimen", accession.value())
                .change(before, AuditJson.of(order.snapshot()))
                .detail(specimen.rejectReason() == null ? null : "reason " + specimen.rejectReason()).origin(actor.origin()).build());
        return specimen;
    }

    private LabOrder orderOf(AccessionNumber accession) {
        return orders.findBySpecimen(accession).orElseThrow(() -> new NotFoundException("specimen", accession));
    }

    private AccessionNumber accession(String barcode) {
        try {
            return accessionFormat.read(barcode);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("barcode", e.getMessage());
        }
    }

    @Override
    public LabDay daySince(OffsetDateTime since) {
        return orders.daySince(since, 20);
    }

    @Override
    public Page<TestRun> worklist(WorklistQuery query, PageRequest page) {
        return orders.worklist(query, page);
    }
}
