package org.vetlis.lab.application.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.vetlis.lab.application.Actor;
import org.vetlis.lab.application.Labels;
import org.vetlis.lab.domain.audit.AuditAction;
import org.vetlis.lab.domain.audit.AuditEvent;
import org.vetlis.lab.domain.audit.AuditJson;
import org.vetlis.lab.domain.audit.AuditTrail;
import org.vetlis.lab.domain.label.LabelContent;
import org.vetlis.lab.domain.label.LabelPrinter;
import org.vetlis.lab.domain.label.LabelPrinters;
import org.vetlis.lab.domain.label.LabelSheet;
import org.vetlis.lab.domain.label.PrintJob;
import org.vetlis.lab.domain.label.PrintJobs;
import org.vetlis.lab.domain.label.Workstation;
import org.vetlis.lab.domain.label.ZplLabel;
import org.vetlis.lab.domain.order.LabOrder;
import org.vetlis.lab.domain.order.OrderRepository;
import org.vetlis.lab.domain.order.Specimen;
import org.vetlis.lab.domain.order.SpecimenStatus;
import org.vetlis.lab.domain.shared.ConflictException;
import org.vetlis.lab.domain.shared.InvalidInputException;
import org.vetlis.lab.domain.shared.NotFoundException;
import org.vetlis.lab.domain.shared.StaleVersionException;

@Stateless
public class DefaultLabels implements Labels {

    @Inject
    private OrderRepository orders;

    @Inject
    private LabelPrinters printers;

    @Inject
    private PrintJobs jobs;

    @Inject
    private AuditTrail audit;

    @Inject
    private LabelSheet sheet;

    @Override
    public List<PrintJob> print(long orderId, String accession, String printerCode, String workstationCode, Actor actor) {
        LabOrder order = orders.find(orderId).orElseThrow(() -> new NotFoundException("order", orderId));
        LabelPrinter printer = printerFor(printerCode, workstationCode);
        List<Specimen> tubes = tubes(order, accession);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<PrintJob> queued = tubes.stream().map(tube -> new PrintJob(printer.code(), orderId, tube.accession().value(),
                ZplLabel.of(content(order, tube), printer.dpi(), printer.widthMm(), printer.heightMm()), actor.username(), now)).toList();
        queued.forEach(jobs::store);
        audit.append(AuditEvent.of(actor.username(), AuditAction.LABELS_PRINTED, now).on("Order", orderId)
                .detail(queued.size() + " label(s) " + tubes.stream().map(t -> t.accession().value()).toList() + " to printer " + printer.code())
                .origin(actor.origin()).build());
        return queued;
    }

    @Override
    public List<PrintJob> printOnOrderSave(long orderId, String workstationCode, Actor actor) {
        Workstation workstation = printers.workstation(code(workstationCode))
                .orElseThrow(() -> InvalidInputException.of("workstation", "no workstation " + code(workstationCode)));
        if (!workstation.printsOnOrder() || workstation.printerCode().isEmpty()) {
            return List.of();
        }
        return print(orderId, null, null, workstation.code(), actor);
    }

    @Override
    public byte[] labelsPdf(long orderId, String accession, String workstationCode) {
        LabOrder order = orders.find(orderId).orElseThrow(() -> new NotFoundException("order", orderId));
        List<LabelContent> labels = tubes(order, accession).stream().map(tube -> content(order, tube)).toList();
        LabelPrinter size = code(workstationCode).isEmpty() ? null : printers.workstation(code(workstationCode))
                .flatMap(Workstation::printerCode).flatMap(printers::printer).orElse(null);
        return size == null ? sheet.pdf(labels, LabelSheet.DEFAULT_WIDTH_MM, LabelSheet.DEFAULT_HEIGHT_MM)
                : sheet.pdf(labels, size.widthMm(), size.heightMm());
    }

    /** The order's tubes to label: all but the rejected ones, or only {@code accession}. */
    private static List<Specimen> tubes(LabOrder order, String accession) {
        List<Specimen> tubes = order.specimens().stream().filter(s -> s.status() != SpecimenStatus.REJECTED)
                .filter(s -> accession == null || accession.isBlank() || s.accession().value().equals(accession.strip())).toList();
        if (tubes.isEmpty()) {
            throw new ConflictException(accession == null || accession.isBlank() ? "order " + order.id() + " has no tube to label"
                    : "order " + order.id() + " has no tube " + accession + " to label");
        }
        return tubes;
    }

    @Override
    public PrintJob reprint(long jobId, Actor actor) {
        PrintJob earlier = jobs.find(jobId).orElseThrow(() -> new NotFoundException("print job", jobId));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        PrintJob again = earlier.reprint(actor.username(), now);
        jobs.store(again);
        audit.append(AuditEvent.of(actor.username(), AuditAction.LABEL_REPRINTED, now).on("Order", earlier.orderId())
                .detail("label " + earlier.accession() + " again to printer " + earlier.printerCode() + " (job " + jobId + ")")
                .origin(actor.origin()).build());
        return again;
    }

    @Override
    public List<PrintJob> jobs(long orderId) {
        return jobs.ofOrder(orderId);
    }

    @Override
    public List<LabelPrinter> printers() {
        return printers.printers();
    }

    @Override
    public LabelPrinter definePrinter(String code, LabelPrinter.Settings settings, Actor actor) {
        String key = code(code);
        if (printers.printer(key).isPresent()) {
            throw new ConflictException("printer " + key + " exists");
        }
        LabelPrinter printer = new LabelPrinter(key, settings);
        printers.store(printer);
        audited(AuditAction.CATALOGUE_ENTRY_CREATED, "LabelPrinter", key, null, printer.snapshot(), actor);
        return printer;
    }

    @Override
    public LabelPrinter revisePrinter(String code, long expectedVersion, LabelPrinter.Settings settings, Actor actor) {
        LabelPrinter printer = printers.printer(code(code)).orElseThrow(() -> new NotFoundException("printer", code));
        StaleVersionException.check("Printer", printer.code(), expectedVersion, printer.version());
        String before = AuditJson.of(printer.snapshot());
        printer.revise(settings);
        audited(AuditAction.CATALOGUE_ENTRY_CHANGED, "LabelPrinter", printer.code(), before, printer.snapshot(), actor);
        return printer;
    }

    @Override
    public List<Workstation> workstations() {
        return printers.workstations();
    }

    @Override
    public Workstation defineWorkstation(String code, String name, String printerCode, boolean printOnOrder, Actor actor) {
        String key = code(code);
        if (printers.workstation(key).isPresent()) {
            throw new ConflictException("workstation " + key + " exists");
        }
        Workstation workstation = new Workstation(key, name, knownPrinter(printerCode), printOnOrder);
        printers.store(workstation);
        audited(AuditAction.CATALOGUE_ENTRY_CREATED, "Workstation", key, null, workstation.snapshot(), actor);
        return workstation;
    }

    @Override
    public Workstation reviseWorkstation(String code, long expectedVersion, String name, String printerCode, boolean printOnOrder,
                                         Actor actor) {
        Workstation workstation = printers.workstation(code(code)).orElseThrow(() -> new NotFoundException("workstation", code));
        StaleVersionException.check("Workstation", workstation.code(), expectedVersion, workstation.version());
        String before = AuditJson.of(workstation.snapshot());
        workstation.revise(name, knownPrinter(printerCode), printOnOrder);
        audited(AuditAction.CATALOGUE_ENTRY_CHANGED, "Workstation", workstation.code(), before, workstation.snapshot(), actor);
        return workstation;
    }

    /** The printer named, else the workstation's; it must exist and be switched on. */
    private LabelPrinter printerFor(String printerCode, String workstationCode) {
        String code = code(printerCode);
        if (code.isEmpty()) {
            if (code(workstationCode).isEmpty()) {
                throw InvalidInputException.of("printer", "name a printer or a workstation with one");
            }
            Workstation workstation = printers.workstation(code(workstationCode))
                    .orElseThrow(() -> InvalidInputException.of("workstation", "no workstation " + code(workstationCode)));
            code = workstation.printerCode().orElseThrow(() -> InvalidInputException.of("workstation", workstation.code() + " has no printer"));
        }
        String wanted = code;
        LabelPrinter printer = printers.printer(wanted).orElseThrow(() -> InvalidInputException.of("printer", "no printer " + wanted));
        if (!printer.isEnabled()) {
            throw new ConflictException("printer " + printer.code() + " is switched off");
        }
        return printer;
    }

    private String knownPrinter(String printerCode) {
        String code = code(printerCode);
        if (!code.isEmpty() && printers.printer(code).isEmpty()) {
            throw InvalidInputException.of("printer", "no printer " + code);
        }
        return code.isEmpty() ? null : code;
    }

    private static LabelContent content(LabOrder order, Specimen tube) {
        return new LabelContent(tube.accession().value(), order.patient().name(), order.patient().species().name(),
                order.patient().owner().details().lastName(), tube.type().name(),
                tube.collectedAt() == null ? null : tube.collectedAt().toLocalDate(), order.urgency().name());
    }

    private void audited(AuditAction action, String type, String code, String before, Map<String, Object> after, Actor actor) {
        audit.append(AuditEvent.of(actor.username(), action, OffsetDateTime.now(ZoneOffset.UTC)).on(type, code)
                .change(before, AuditJson.of(after)).origin(actor.origin()).build());
    }

    private static String code(String code) {
        return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    }
}
