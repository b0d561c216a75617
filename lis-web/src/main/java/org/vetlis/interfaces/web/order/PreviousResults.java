package org.vetlis.interfaces.web.order;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.vetlis.lab.application.OrderDesk;
import org.vetlis.lab.domain.interpretation.ResultFlag;
import org.vetlis.lab.domain.order.LabOrder;
import org.vetlis.lab.domain.order.TestRun;
import org.vetlis.lab.domain.order.TestRunStatus;
import org.vetlis.lab.domain.shared.PageRequest;

/**
 * The animal's earlier results a verifier reads a new result against: per test, the last verified value from an
 * order placed before this one. Only verified results count (an unverified one may still be wrong).
 */
public final class PreviousResults {

    /** How many earlier orders are read; older history is on the animal's page. */
    private static final int ORDERS_READ = 20;

    /** A previous result as the order page shows it beside the new one. */
    public record Previous(String value, String unit, String flags, long orderId, LocalDate date) implements Serializable {

        public String getText() {
            return value + (unit == null ? "" : " " + unit) + (flags == null || flags.isBlank() ? "" : " " + flags);
        }
    }

    private PreviousResults() {
    }

    /** The flag of a result outside its range (H, LL…); null when within it or without one. */
    private static String outside(TestRun run) {
        return run.flag() == null || run.flag() == ResultFlag.N || run.flag() == ResultFlag.NO_RANGE ? null : run.flag().name();
    }

    static Map<String, Previous> before(LabOrder current, OrderDesk orders) {
        Map<String, Previous> found = new HashMap<>();
        var earlier = orders.findOrders(null, current.patient().id(), null, current.createdAt(),
                new PageRequest(0, ORDERS_READ, "created", true)).items();
        for (LabOrder order : earlier) { // newest first: the first verified value of a test is its latest
            if (order.id().equals(current.id())) {
                continue;
            }
            for (TestRun run : order.runs()) {
                if (run.status() == TestRunStatus.VERIFIED && run.isReportable() && run.value() != null) {
                    found.putIfAbsent(run.test().code(), new Previous(run.value(), run.unit(), outside(run), order.id(),
                            order.createdAt().toLocalDate()));
                }
            }
        }
        return found;
    }
}
