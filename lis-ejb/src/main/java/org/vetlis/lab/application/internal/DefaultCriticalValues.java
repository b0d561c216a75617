package org.vetlis.lab.application.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.vetlis.lab.application.Actor;
import org.vetlis.lab.application.CriticalValues;
import org.vetlis.lab.domain.audit.AuditAction;
import org.vetlis.lab.domain.audit.AuditEvent;
import org.vetlis.lab.domain.audit.AuditTrail;
import org.vetlis.lab.domain.interpretation.CriticalAlert;
import org.vetlis.lab.domain.interpretation.CriticalAlerts;
import org.vetlis.lab.domain.shared.NotFoundException;

@Stateless
public class DefaultCriticalValues implements CriticalValues {

    @Inject
    private CriticalAlerts alerts;

    @Inject
    private AuditTrail audit;

    @Override
    public List<CriticalAlert> open() {
        return alerts.open();
    }

    @Override
    public CriticalAlert acknowledge(long alertId, String notified, Actor actor) {
        CriticalAlert alert = alerts.find(alertId).orElseThrow(() -> new NotFoundException("critical alert", alertId));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        alert.acknowledge(actor.username(), notified, now);
        audit.append(AuditEvent.of(actor.username(), AuditAction.CRITICAL_VALUE_ACKNOWLEDGED, now).on("TestRun", alert.testRunId())
                .detail(alert.summary() + ": told "
                        + alert.notified()).origin(actor.origin()).build());
        return alert;
    }
}
