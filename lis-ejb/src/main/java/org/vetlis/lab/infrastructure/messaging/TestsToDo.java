package org.vetlis.lab.infrastructure.messaging;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.vetlis.lab.domain.audit.AuditAction;
import org.vetlis.lab.domain.audit.AuditEvent;
import org.vetlis.lab.domain.audit.AuditTrail;
import org.vetlis.lab.domain.instrument.Instrument;
import org.vetlis.lab.domain.order.AccessionFormat;
import org.vetlis.lab.domain.order.AccessionNumber;
import org.vetlis.lab.domain.order.LabOrder;
import org.vetlis.lab.domain.order.OrderRepository;
import org.vetlis.lab.domain.order.TestRun;
import org.vetlis.lab.domain.order.TestRunStatus;

/**
 * What an analyzer asking about a tube is to run, whatever protocol it asks in: the specimen's runs not yet done
 * that the instrument has a code for. Taking the answer marks those runs SENT (audited), in the caller's transaction,
 * so the answer and the state commit together.
 */
@ApplicationScoped
public class TestsToDo {

    /**
     * The work for one tube.
     *
     * @param order         the order the tube belongs to
     * @param accession     the tube's barcode as VetLIS knows it
     * @param runs          the runs to do, in the order's order
     * @param analyzerCodes the instrument's code for each run, in the same order
     */
    public record Work(LabOrder order, AccessionNumber accession, List<TestRun> runs, List<String> analyzerCodes) {
    }

    @Inject
    private OrderRepository orders;

    @Inject
    private AccessionFormat accessionFormat;

    @Inject
    private AuditTrail audit;

    private static List<TestRun> runsFor(LabOrder order, AccessionNumber accession, Instrument instrument) {
        return order.runsToDo(accession).stream().filter(r -> instrument.analyzerCodeFor(r.test().code()).isPresent()).toList();
    }

    /** The work for {@code sampleId} on {@code instrument}, now SENT; empty when the tube is unknown or has nothing for it. */
    public Optional<Work> take(String sampleId, Instrument instrument, OffsetDateTime now) {
        AccessionNumber accession;
        try {
            accession = accessionFormat.read(sampleId);
        } catch (IllegalArgumentException notABarcode) {
            return Optional.empty();
        }
        Optional<LabOrder> found = orders.findBySpecimen(accession);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        LabOrder order = found.get();
        List<TestRun> toDo = runsFor(order, accession, instrument);
        if (toDo.stream().anyMatch(r -> r.status() == TestRunStatus.PENDING)) {
            // runs are about to become SENT: analyzers asking about this tube at the same moment take turns
            orders.lockForChange(order);
            toDo = runsFor(order, accession, instrument);
        }
        if (toDo.isEmpty()) {
            return Optional.empty();
        }
        List<String> codes = toDo.stream().map(r -> instrument.analyzerCodeFor(r.test().code()).orElseThrow()).toList();
        if (order.sent(toDo, now)) {
            audit.append(AuditEvent.of(instrument.code(), AuditAction.TESTS_SENT_TO_ANALYZER, now).on("Order", order.id())
                    .detail(toDo.stream().map(r -> r.test().code()).toList() + " for specimen " + accession + " in answer to its query")
                    .origin("analyzer " + instrument.code()).build());
        }
        return Optional.of(new Work(order, accession, toDo, codes));
    }
}
