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

import org.vetlis.lab.domain.interpretation.AutoverificationRule;
import org.vetlis.lab.domain.interpretation.AutoverificationRules;
import org.vetlis.lab.domain.interpretation.CriticalAlert;
import org.vetlis.lab.domain.interpretation.CriticalAlerts;
import org.vetlis.lab.domain.interpretation.DeltaRule;
import org.vetlis.lab.domain.interpretation.ReferenceRange;
import org.vetlis.lab.domain.interpretation.ReferenceRanges;
import org.vetlis.lab.domain.interpretation.ResultFlag;
import org.vetlis.lab.domain.order.OrderRepository;
import org.vetlis.lab.domain.order.PreviousResult;
import org.vetlis.lab.domain.order.TestRun;
import org.vetlis.lab.domain.patient.Patient;
import org.vetlis.lab.domain.qc.QcHolds;

/**
 * Reads results just entered or received, the same way whoever entered them: against the animal's reference range
 * (the flag), against its previous verified result of the test (the delta check, which may hold it for review),
 * raises the alert of a critical value, and lets the lab's enabled autoverification rules verify what they allow.
 * The results of one message are read together: one read of the ranges, the history and the rules per animal, not
 * one of each per result. The caller audits the alerts and verifications returned.
 */
@ApplicationScoped
public class ResultReader {

    @Inject
    private ReferenceRanges ranges;

    @Inject
    private OrderRepository orders;

    @Inject
    private CriticalAlerts alerts;

    @Inject
    private AutoverificationRules rules;

    @Inject
    private QcHolds qc;

    /** What reading raised: critical alerts (stored) and results a rule verified. */
    public record Outcome(List<CriticalAlert> alerts, List<Autoverified> verified) {
    }

    /** A result verified by a rule, named as its verifier records it. */
    public record Autoverified(TestRun run, String rule) {
    }

    /** The alert the result raised, stored; empty when it is not critical. A person's result is not autoverified. */
    public Optional<CriticalAlert> read(TestRun run, OffsetDateTime now) {
        return readAll(List.of(run), now).alerts().stream().findFirst();
    }

    public Outcome readAll(Collection<TestRun> runs, OffsetDateTime now) {
        Map<Patient, List<TestRun>> byAnimal = runs.stream()
                .collect(Collectors.groupingBy(r -> r.specimen().order().patient(), LinkedHashMap::new, Collectors.toList()));
        List<CriticalAlert> raised = new ArrayList<>();
        List<TestRun> candidates = new ArrayList<>();
        byAnimal.forEach((patient, theirs) -> {
            Set<String> tests = theirs.stream().map(r -> r.test().code()).collect(Collectors.toSet());
            Map<String, List<ReferenceRange>> rangesByTest = ranges.of(tests, patient.species().code()).stream()
                    .collect(Collectors.groupingBy(ReferenceRange::testCode));
            Map<String, PreviousResult> previous = history(patient, theirs);
            for (TestRun run : theirs) {
                if (run.instrumentCode() != null && run.isFromAnalyzer()) {
                    qc.holdReason(run.instrumentCode(), run.test().code()).ifPresent(run::holdForQc);
                }
                run.interpret(rangesByTest.getOrDefault(run.test().code(), List.of()));
                Optional.ofNullable(previous.get(run.test().code()))
                        .filter(p -> !p.orderedAt().isBefore(run.orderedAt().minusDays(run.test().deltaRule().orElseThrow().windowDays())))
                        .ifPresent(run::checkDelta);
                CriticalAlert.raisedBy(run, now).ifPresent(alert -> {
                    alerts.store(alert);
                    raised.add(alert);
                });
                if (run.flag() == ResultFlag.N && run.reviewReason().isEmpty() && run.isFromAnalyzer()) {
                    candidates.add(run);
                }
            }
        });
        return new Outcome(raised, autoverify(candidates, now));
    }

    /** The candidates that their test's enabled rule allows, verified by it; the rules read only when there are any. */
    private List<Autoverified> autoverify(List<TestRun> candidates, OffsetDateTime now) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        Map<String, AutoverificationRule> byTest = rules.enabledFor(candidates.stream().map(r -> r.test().code()).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(AutoverificationRule::testCode, r -> r));
        List<Autoverified> verified = new ArrayList<>();
        for (TestRun run : candidates) {
            AutoverificationRule rule = byTest.get(run.test().code());
            if (rule != null && rule.objectionsTo(run).isEmpty()) {
                run.specimen().order().autoverify(run, rule.verifier(), now);
                verified.add(new Autoverified(run, rule.verifier()));
            }
        }
        return verified;
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
