package org.vetlis.lab.application.internal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.vetlis.lab.application.Actor;
import org.vetlis.lab.application.QualityControl;
import org.vetlis.lab.domain.audit.AuditAction;
import org.vetlis.lab.domain.audit.AuditEvent;
import org.vetlis.lab.domain.audit.AuditJson;
import org.vetlis.lab.domain.audit.AuditTrail;
import org.vetlis.lab.domain.catalogue.TestCatalog;
import org.vetlis.lab.domain.instrument.InstrumentRepository;
import org.vetlis.lab.domain.order.OrderRepository;
import org.vetlis.lab.domain.order.TestRun;
import org.vetlis.lab.domain.qc.ControlLot;
import org.vetlis.lab.domain.qc.QcEvent;
import org.vetlis.lab.domain.qc.QcPoint;
import org.vetlis.lab.domain.qc.QcRecords;
import org.vetlis.lab.domain.qc.QcResult;
import org.vetlis.lab.domain.qc.QcRule;
import org.vetlis.lab.domain.qc.QcRuleEntry;
import org.vetlis.lab.domain.qc.QcState;
import org.vetlis.lab.domain.qc.QcVerdict;
import org.vetlis.lab.domain.qc.Violation;
import org.vetlis.lab.domain.qc.WestgardRules;
import org.vetlis.lab.domain.shared.ConflictException;
import org.vetlis.lab.domain.shared.InvalidInputException;
import org.vetlis.lab.domain.shared.NotFoundException;

@Stateless
public class DefaultQualityControl implements QualityControl {

    /** How far back a series is read: far enough for 10x across levels, not the lot's whole life. */
    private static final int SERIES_DAYS = 120;

    @Inject
    private QcRecords records;

    @Inject
    private OrderRepository orders;

    @Inject
    private AuditTrail audit;

    @Inject
    private InstrumentRepository instruments;

    @Inject
    private TestCatalog tests;

    @Override
    public ControlLot defineLot(ControlLot.Definition definition, Actor actor) {
        ControlLot lot = new ControlLot(definition, actor.username(), now());
        requireKnown(lot.instrumentCode(), lot.testCode());
        boolean taken = records.lots(lot.instrumentCode(), lot.testCode()).stream()
                .anyMatch(l -> l.lotNumber().equals(lot.lotNumber()) && l.level().equals(lot.level()));
        if (taken) {
            throw new ConflictException("lot " + lot.lotNumber() + " level " + lot.level() + " of " + lot.testCode() + " on "
                    + lot.instrumentCode() + " exists");
        }
        // a new lot of a level replaces the one in use: the old one keeps its results and history
        records.lots(lot.instrumentCode(), lot.testCode()).stream().filter(l -> l.isActive() && l.level().equals(lot.level()))
                .forEach(old -> {
                    old.retire();
                    audited(AuditAction.QC_LOT_RETIRED, "ControlLot", old.id(), old.snapshot(), actor, "replaced by lot " + lot.lotNumber());
                });
        records.store(lot);
        audited(AuditAction.QC_LOT_DEFINED, "ControlLot", lot.id(), lot.snapshot(), actor, null);
        return lot;
    }

    @Override
    public ControlLot retireLot(long lotId, Actor actor) {
        ControlLot lot = records.lot(lotId).orElseThrow(() -> new NotFoundException("control lot", lotId));
        lot.retire();
        audited(AuditAction.QC_LOT_RETIRED, "ControlLot", lot.id(), lot.snapshot(), actor, null);
        return lot;
    }

    @Override
    public List<ControlLot> lots(String instrument, String test) {
        return instrument == null || test == null ? records.lots() : records.lots(code(instrument), code(test));
    }

    @Override
    public Recorded record(QcRun run, Actor actor) {
        String instrument = code(run.instrument());
        List<ControlLot> active = records.activeLots(instrument);
        Map<String, List<QcResult>> byTest = new LinkedHashMap<>();
        List<String> unmatched = new ArrayList<>();
        for (QualityControl.Measurement m : run.measurements()) {
            List<ControlLot> lots = lotsOf(m, instrument, active);
            String named = code(m.test()) + (m.level() != null && !m.level().isBlank() ? " level " + m.level() : "")
                    + (m.specimenId() != null && !m.specimenId().isBlank() ? " control " + m.specimenId() : "");
            if (lots.size() != 1) {
                unmatched.add(named + ": " + (lots.isEmpty() ? "no lot" : "more than one lot") + " of it in use on " + instrument);
            } else if (lots.get(0).isExpiredOn(run.measuredAt().toLocalDate())) {
                unmatched.add(named + ": lot " + lots.get(0).lotNumber() + " expired on " + lots.get(0).expiresOn());
            } else {
                ControlLot lot = lots.get(0);
                QcResult result = new QcResult(lot, run.runKey(), run.measuredAt(), m.value(), run.source(), run.messageId(), actor.username());
                records.store(result);
                establish(lot, actor);
                byTest.computeIfAbsent(lot.testCode(), t -> new ArrayList<>()).add(result);
            }
        }
        if (run.source() == QcResult.Source.MANUAL && !unmatched.isEmpty()) {
            // a run typed in is kept whole or not at all: the person corrects it and sends it again
            throw InvalidInputException.of("results", String.join("; ", unmatched));
        }
        List<QcResult> stored = new ArrayList<>();
        byTest.forEach((test, results) -> {
            judge(instrument, test, run, results, actor);
            stored.addAll(results);
        });
        return new Recorded(stored, unmatched);
    }

    /** The lots in use a measurement names: by id, or of its test by level and/or the control's specimen id (or lot number). */
    private static List<ControlLot> lotsOf(QualityControl.Measurement m, String instrument, List<ControlLot> active) {
        if (m.lotId() != null) {
            return active.stream().filter(l -> l.id().equals(m.lotId())).toList();
        }
        String test = code(m.test());
        boolean byLevel = m.level() != null && !m.level().isBlank();
        boolean bySpecimen = m.specimenId() != null && !m.specimenId().isBlank();
        return active.stream().filter(l -> l.testCode().equals(test))
                .filter(l -> !byLevel || l.level().equalsIgnoreCase(m.level().strip()))
                .filter(l -> !bySpecimen || l.matchesSpecimen(m.specimenId()) || l.lotNumber().equalsIgnoreCase(m.specimenId().strip()))
                .filter(l -> byLevel || bySpecimen)
                .toList();
    }

    /** A lab's own target: set once its first results are in; the later ones are scored against it. */
    private void establish(ControlLot lot, Actor actor) {
        if (lot.isEstablishing()) {
            List<BigDecimal> values = records.resultsOfLot(lot.id()).stream().map(QcResult::value).toList();
            if (lot.establishFrom(values)) {
                audited(AuditAction.QC_LOT_DEFINED, "ControlLot", lot.id(), lot.snapshot(), actor,
                        "target established from the first " + lot.establishingRuns() + " results");
            }
        }
    }

    private void judge(String instrument, String test, QcRun run, List<QcResult> results, Actor actor) {
        List<QcResult> judged = results.stream().filter(r -> r.verdict() != QcVerdict.ESTABLISHING).toList();
        QcState state = records.state(instrument, test).orElseGet(() -> {
            QcState created = new QcState(instrument, test);
            records.store(created);
            return created;
        });
        if (judged.isEmpty()) {
            audited(AuditAction.QC_RESULTS_RECORDED, "QcRun", run.runKey(), summary(results), actor, instrument + " " + test + ": establishing");
            return;
        }
        Set<Long> fresh = judged.stream().map(QcResult::id).collect(Collectors.toSet());
        List<QcPoint> history = records.counting(instrument, test, run.measuredAt().minusDays(SERIES_DAYS)).stream()
                .filter(r -> !fresh.contains(r.id())).map(QcResult::point).toList();
        List<Violation> violations = new WestgardRules(rules(instrument, test)).evaluate(history, judged.stream().map(QcResult::point).toList());
        judged.forEach(r -> r.judge(violations));
        String said = violations.stream().map(v -> v.rule().label() + ": " + v.explanation()).collect(Collectors.joining("; "));
        audited(AuditAction.QC_RESULTS_RECORDED, "QcRun", run.runKey(), summary(results), actor, instrument + " " + test
                + (said.isEmpty() ? ": accepted" : ": " + said));
        if (violations.stream().anyMatch(Violation::rejects)) {
            QcEvent rejected = QcEvent.rejected(instrument, test, run.runKey(), run.measuredAt(), state.lastAcceptedAt(), said, actor.username());
            records.store(rejected);
            state.reject(rejected);
            audited(AuditAction.QC_REJECTED, "QcState", instrument + "/" + test, Map.of("event", rejected.id(), "violations", said), actor,
                    "patient results of " + test + " on " + instrument + " are held until corrective action and an accepted QC run");
        } else if (state.accept(run.measuredAt(), said.isEmpty() ? null : said)) {
            QcEvent again = QcEvent.acceptedAgain(instrument, test, run.runKey(), run.measuredAt(), actor.username());
            records.store(again);
            audited(AuditAction.QC_ACCEPTED_AGAIN, "QcState", instrument + "/" + test, Map.of("event", again.id()), actor,
                    "QC of " + test + " on " + instrument + " accepted again: new patient results flow");
        }
    }

    @Override
    public List<QcResult> results(String instrument, String test, OffsetDateTime from, OffsetDateTime to) {
        return records.results(code(instrument), code(test), from, to);
    }

    @Override
    public List<QcResult> resultsOfLot(long lotId) {
        return records.resultsOfLot(lotId);
    }

    @Override
    public List<QcRule.RuleSetting> rules(String instrument, String test) {
        List<QcRule.RuleSetting> set = records.rules(code(instrument), code(test)).stream().map(QcRuleEntry::setting).toList();
        return new WestgardRules(set).settings();
    }

    @Override
    public List<QcRule.RuleSetting> setRules(String instrument, String test, List<QcRule.RuleSetting> settings, Actor actor) {
        String i = code(instrument);
        String t = code(test);
        requireKnown(i, t);
        Map<QcRule, QcRuleEntry> kept = records.rules(i, t).stream().collect(Collectors.toMap(QcRuleEntry::rule, e -> e));
        String before = AuditJson.of(rules(i, t));
        for (QcRule.RuleSetting s : settings) {
            QcRuleEntry entry = kept.get(s.rule());
            if (entry == null) {
                records.store(new QcRuleEntry(i, t, s));
            } else {
                entry.set(s);
            }
        }
        List<QcRule.RuleSetting> now = rules(i, t);
        audit.append(AuditEvent.of(actor.username(), AuditAction.QC_RULES_CHANGED, now()).on("QcRules", i + "/" + t)
                .change(before, AuditJson.of(now)).origin(actor.origin()).build());
        return now;
    }

    @Override
    public List<QcState> states() {
        return records.states();
    }

    @Override
    public List<QcEvent> events(String instrument, String test) {
        return records.events(code(instrument), code(test));
    }

    @Override
    public QcEvent correctiveAction(String instrument, String test, String reason, String comment, Actor actor) {
        if (reason == null || reason.isBlank() || reason.length() > 200) {
            throw InvalidInputException.of("reason", "say what was done, in at most 200 characters");
        }
        if (comment != null && comment.length() > 2000) {
            throw InvalidInputException.of("comment", "at most 2000 characters");
        }
        QcState state = records.state(code(instrument), code(test))
                .orElseThrow(() -> new ConflictException("QC of " + code(test) + " on " + code(instrument) + " has not failed"));
        state.correct();
        QcEvent action = QcEvent.correctiveAction(state.instrumentCode(), state.testCode(), reason.strip(), comment, state.failedEvent(),
                now(), actor.username());
        records.store(action);
        audited(AuditAction.QC_CORRECTIVE_ACTION, "QcState", state.instrumentCode() + "/" + state.testCode(),
                Map.of("reason", reason.strip(), "comment", comment == null ? "" : comment, "rejection", state.failedEvent()), actor, null);
        return action;
    }

    @Override
    public Lookback lookback(long rejectionEventId) {
        QcEvent rejection = records.event(rejectionEventId).filter(e -> e.kind() == QcEvent.Kind.REJECTED)
                .orElseThrow(() -> new NotFoundException("QC rejection", rejectionEventId));
        return new Lookback(rejection, orders.verifiedFrom(rejection.instrumentCode(), rejection.testCode(), rejection.lastAcceptedAt(),
                rejection.at()));
    }

    @Override
    public QcEvent markLookback(long rejectionEventId, Actor actor) {
        Lookback lookback = lookback(rejectionEventId);
        QcEvent rejection = lookback.rejection();
        String note = "QC look-back: " + rejection.testCode() + " on " + rejection.instrumentCode() + " failed QC at " + rejection.at()
                + " (" + rejection.detail() + "); this result came after the last accepted run: review it, rerun or amend it";
        lookback.results().forEach(run -> run.hold(note));
        QcEvent marked = QcEvent.lookbackMarked(rejection.instrumentCode(), rejection.testCode(), rejection.id(), lookback.results().size(),
                now(), actor.username());
        records.store(marked);
        lookback.results().stream().map(r -> r.specimen().order().id()).distinct().forEach(order ->
                audit.append(AuditEvent.of(actor.username(), AuditAction.QC_LOOKBACK_MARKED, now()).on("Order", order)
                        .detail("QC rejection " + rejection.id() + ": " + rejection.testCode() + " on " + rejection.instrumentCode())
                        .origin(actor.origin()).build()));
        return marked;
    }

    private void requireKnown(String instrument, String test) {
        if (instruments.find(instrument).isEmpty()) {
            throw InvalidInputException.of("instrument", "no instrument " + instrument);
        }
        if (tests.test(test).isEmpty()) {
            throw InvalidInputException.of("test", "no test " + test);
        }
    }

    private static Map<String, Object> summary(List<QcResult> results) {
        Map<String, Object> s = new LinkedHashMap<>();
        results.forEach(r -> s.put(r.level() + " " + r.lotNumber(), r.value().toPlainString() + (r.z() == null ? "" : String.format(Locale.ROOT,
                " (z %+.2f, %s)", r.z(), r.verdict()))));
        return s;
    }

    private void audited(AuditAction action, String type, Object id, Map<String, Object> after, Actor actor, String detail) {
        AuditEvent.Builder event = AuditEvent.of(actor.username(), action, now()).on(type, id).change(null, AuditJson.of(after))
                .origin(actor.origin());
        if (detail != null) {
            event.detail(detail);
        }
        audit.append(event.build());
    }

    private static String code(String code) {
        return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
