package org.vetlis.lab.application.internal;

import java.time.OffsetDateTime;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.vetlis.lab.domain.interpretation.CriticalAlert;
import org.vetlis.lab.domain.interpretation.CriticalAlerts;
import org.vetlis.lab.domain.interpretation.ReferenceRanges;
import org.vetlis.lab.domain.order.OrderRepository;
import org.vetlis.lab.domain.order.TestRun;
import org.vetlis.lab.domain.patient.Patient;

/**
 * Reads a result just entered or received, the same way whoever entered it: against the animal's reference range
 * (the flag), against its previous verified result of the test (the delta check, which may hold it for review),
 * and raises the alert of a critical value. The caller audits what it returns, in its own transaction.
 */
@ApplicationScoped
public class ResultReader {

    @Inject
    private ReferenceRanges ranges;

    @Inject
    private OrderRepository orders;

    @Inject
    private CriticalAlerts alerts;

    /** The alert the result raised, stored; empty when it is not critical. */
    public Optional<CriticalAlert> read(TestRun run, OffsetDateTime now) {
        Patient patient = run.specimen().order().patient();
        String test = run.test().code();
        run.interpret(ranges.of(test, patient.species().code()));
        run.test().deltaRule().ifPresent(rule -> orders.previousVerified(patient.id(), test, run.orderedAt().minusDays(rule.windowDays()),
                run.id()).ifPresent(run::checkDelta));
        Optional<CriticalAlert> alert = CriticalAlert.raisedBy(run, now);
        alert.ifPresent(alerts::store);
        return alert;
    }
}
