package org.vetlis.lab.application.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.vetlis.lab.application.Actor;
import org.vetlis.lab.application.Reporting;
import org.vetlis.lab.domain.order.LabOrder;
import org.vetlis.lab.domain.order.OrderRepository;
import org.vetlis.lab.domain.patient.Patient;
import org.vetlis.lab.domain.patient.PatientRepository;
import org.vetlis.lab.domain.report.IssuedReport;
import org.vetlis.lab.domain.report.ReportArchive;
import org.vetlis.lab.domain.report.ReportKind;
import org.vetlis.lab.domain.report.ReportRenderer;
import org.vetlis.lab.domain.shared.NotFoundException;
import org.vetlis.lab.domain.shared.PageRequest;

@Stateless
public class DefaultReporting implements Reporting {

    /** The orders a cumulative report reads, newest first: more than its table shows, some may have nothing verified. */
    private static final int CUMULATIVE_ORDERS = 50;

    @Inject
    private OrderRepository orders;

    @Inject
    private PatientRepository patients;

    @Inject
    private ReportArchive archive;

    @Inject
    private ReportRenderer renderer;

    @Inject
    private ReportIssuer issuer;

    @Override
    public IssuedReport release(long orderId, Actor actor) {
        LabOrder order = order(orderId);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        order.release(actor.username(), now);
        return issuer.issue(order, ReportKind.FINAL, actor, now);
    }

    @Override
    public byte[] orderReport(long orderId) {
        LabOrder order = order(orderId);
        List<IssuedReport> issued = archive.ofOrder(orderId);
        if (!issued.isEmpty()) {
            return issued.get(issued.size() - 1).pdf();
        }
        return renderer.order(order, ReportKind.PRELIMINARY, 0, OffsetDateTime.now(ZoneOffset.UTC));
    }

    @Override
    public List<IssuedReport> issues(long orderId) {
        order(orderId);
        return archive.ofOrder(orderId);
    }

    @Override
    public byte[] animalReport(long patientId) {
        Patient patient = patients.find(patientId).orElseThrow(() -> new NotFoundException("patient", patientId));
        List<LabOrder> theirs = orders.search(null, patientId, null, null, new PageRequest(0, CUMULATIVE_ORDERS, "createdAt", true)).items();
        return renderer.cumulative(patient, theirs, OffsetDateTime.now(ZoneOffset.UTC));
    }

    private LabOrder order(long orderId) {
        return orders.find(orderId).orElseThrow(() -> new NotFoundException("order", orderId));
    }
}
