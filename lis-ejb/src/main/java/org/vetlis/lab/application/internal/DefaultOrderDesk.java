package org.vetlis.lab.application.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.vetlis.lab.application.Actor;
import org.vetlis.lab.application.CatalogueService;
import org.vetlis.lab.application.OrderDesk;
import org.vetlis.lab.domain.audit.AuditAction;
import org.vetlis.lab.domain.audit.AuditEvent;
import org.vetlis.lab.domain.audit.AuditJson;
import org.vetlis.lab.domain.audit.AuditTrail;
import org.vetlis.lab.domain.catalogue.LabTest;
import org.vetlis.lab.domain.order.LabOrder;
import org.vetlis.lab.domain.order.OrderRepository;
import org.vetlis.lab.domain.order.OrderRequest;
import org.vetlis.lab.domain.patient.Patient;
import org.vetlis.lab.domain.patient.PatientRepository;
import org.vetlis.lab.domain.shared.InvalidInputException;
import org.vetlis.lab.domain.shared.NotFoundException;

@Stateless
public class DefaultOrderDesk implements OrderDesk {

    @Inject
    private OrderRepository orders;

    @Inject
    private PatientRepository patients;

    @Inject
    private CatalogueService catalogue;

    @Inject
    private AuditTrail audit;

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
        LabOrder order = new LabOrder(patient, tests, checked, actor.username(), () -> orders.nextAccession(now.getYear()), now);
        orders.store(order);
        audit.append(AuditEvent.of(actor.username(), AuditAction.ORDER_PLACED, now).on("Order", order.id())
                .change(null, AuditJson.of(order.snapshot())).origin(actor.origin()).build());
        return new Placement(order, false);
    }

    @Override
    public LabOrder order(long orderId) {
        return orders.find(orderId).orElseThrow(() -> new NotFoundException("order", orderId));
    }
}
