package org.vetlis.lab.application.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.vetlis.lab.domain.interpretation.CriticalAlert;
import org.vetlis.lab.domain.interpretation.CriticalAlerts;
import org.vetlis.lab.domain.interpretation.DeltaRule;
import org.vetlis.lab.domain.interpretation.ReferenceRange;
import org.vetlis.lab.domain.interpretation.ReferenceRanges;
import org.vetlis.lab.domain.order.OrderRepository;
import org.vetlis.lab.domain.order.PreviousResult;
import org.vetlis.lab.domain.order.TestRun;
import org.vetlis.lab.domain.patient.Patient;

/**
 * Reads results just entered or received, the same way whoever entered them: against the animal's reference range
 * (the flag), against its previous verified result of the test (the delta check, which may hold it for review),
 * and raises the alert of a critical value. The results of one message are read together: one read of the ranges
 * and one of the history per animal, not one of each per result. The caller audits the alerts returned.
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
        List<CriticalAlert> raised = readAll(List.of(run), now);
        return raised.stream().findFirst();
    }

    /** The alerts the results raised, stored. */
    public List<CriticalAlert> readAll(Collection<TestRun> runs, OffsetDateTime now) {
        Map<Patient, List<TestRun>> byAnimal = runs.stream()
                .collect(Collectors.groupingBy(r -> r.specimen().order().patient(), LinkedHashMap::new, Collectors.toList()));
        List<CriticalAlert> raised = new ArrayList<>();
        byAnimal.forEach((patient, theirs) -> {
            Set<String> tests = theirs.stream().map(r -> r.test().code()).collect(Collectors.toSet());
            Map<String, List<ReferenceRange>> rangesByTest = ranges.of(tests, patient.species().code()).stream()
                    .collect(Collectors.groupingBy(ReferenceRange::testCode));
            Map<String, PreviousResult> previous = history(patient, theirs);
            for (TestRun run : theirs) {
                run.interpret(rangesByTest.getOrDefault(run.test().code(), List.of()));
                Optional.ofNullable(previous.get(run.test().code()))
                        .filter(p -> !p.orderedAt().isBefore(run.orderedAt().minusDays(run.test().deltaRule().orElseThrow().windowDays())))
                        .ifPresent(run::checkDelta);
                CriticalAlert.raisedBy(run, now).ifPresent(alert -> {
                    alerts.store(alert);
                    raised.add(alert);
                });
            }
        });
        return raised;
    }

    /** The animal's previous verified results of the tests that have a delta check, within the widest window. */
    private Map<String, PreviousResult> history(Patient patient, List<TestRun> runs) {
        List<TestRun> checked = runs.stream().filter(r -> r.test().deltaRule().isPresent()).toList();
        if (checked.isEmpty()) {
            return Map.of();
        }
        int widest = checked.stream().map(r -> r.test().deltaRule().orElseThrow()).mapToInt(DeltaRule::windowDays).max().orElse(0);
        OffsetDateTime since = checked.stream().map(TestRun::orderedAt).min(OffsetDateTime::compareTo).orElseThrow().minusDays(widest);
        return orders.previousVerified(patient.id(), checked.stream().map(r -> r.test().code()).collect(Collectors.toSet()), since,
                runs.stream().map(TestRun::id).toList());
    }
}
