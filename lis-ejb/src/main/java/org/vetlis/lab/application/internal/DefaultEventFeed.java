package org.vetlis.lab.application.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.vetlis.lab.application.EventFeed;
import org.vetlis.lab.domain.audit.AuditAction;
import org.vetlis.lab.domain.audit.AuditEvent;
import org.vetlis.lab.domain.audit.AuditTrail;
import org.vetlis.lab.domain.order.OrderRepository;
import org.vetlis.lab.domain.order.RunReference;

@Stateless
public class DefaultEventFeed implements EventFeed {

    /** The audited actions an integrator hears of, by the name they have in the feed (names never change). */
    private static final Map<AuditAction, String> TYPES = Map.of(
            AuditAction.RESULT_VERIFIED, "result.verified",
            AuditAction.RESULT_AUTOVERIFIED, "result.verified",
            AuditAction.RESULT_AMENDED, "result.amended",
            AuditAction.CRITICAL_VALUE_RAISED, "result.critical",
            AuditAction.REPORT_RELEASED, "report.released",
            AuditAction.REPORT_REISSUED, "report.amended",
            AuditAction.ORDER_CANCELLED, "order.cancelled");

    @Inject
    private AuditTrail audit;

    @Inject
    private OrderRepository orders;

    @Override
    public List<Event> since(long since, int max) {
        List<AuditEvent> events = audit.chainedAfter(since, TYPES.keySet(), max);
        Map<Long, RunReference> runs = orders.referencesOf(ids(events, "TestRun")).stream()
                .collect(Collectors.toMap(RunReference::runId, Function.identity()));
        Map<Long, String> placerNumbers = orders.placerOrderIds(ids(events, "Order"));
        return events.stream().map(e -> {
            String type = TYPES.get(AuditAction.valueOf(e.action()));
            if ("TestRun".equals(e.entityType())) {
                Optional<RunReference> run = Optional.ofNullable(runs.get(Long.valueOf(e.entityId())));
                return new Event(e.chainSeq(), type, e.occurredAt(), run.map(RunReference::orderId).orElse(null),
                        run.map(RunReference::placerOrderId).orElse(null), Long.valueOf(e.entityId()), run.map(RunReference::testCode).orElse(null),
                        e.actor(), e.detail());
            }
            Long orderId = Long.valueOf(e.entityId());
            return new Event(e.chainSeq(), type, e.occurredAt(), orderId, placerNumbers.get(orderId), null, null, e.actor(), e.detail());
        }).toList();
    }

    private static List<Long> ids(List<AuditEvent> events, String entityType) {
        return events.stream().filter(e -> entityType.equals(e.entityType())).map(e -> Long.valueOf(e.entityId())).distinct().toList();
    }
}
