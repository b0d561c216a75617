package org.vetlis.interfaces.web.lab;

import java.util.Map;

import org.vetlis.interfaces.web.Feedback;
import org.vetlis.interfaces.web.WebCallers;
import org.vetlis.lab.application.OrderDesk;
import org.vetlis.lab.domain.order.TestRun;
import org.vetlis.lab.domain.order.TestRunStatus;

/** Results typed at the bench, by run: entered one by one, each refusal named, the rest kept. */
final class ResultEntry {

    private ResultEntry() {
    }

    /** Enters every value typed in {@code values} (run id → value); tells the person how many were entered. */
    static void enter(Map<Long, String> values, OrderDesk orders, WebCallers callers) {
        if (!callers.isIn("TECHNICIAN", "VERIFIER", "LAB_MANAGER", "ADMIN")) {
            Feedback.error("Entering results needs the technician role");
            return;
        }
        int saved = 0;
        for (Map.Entry<Long, String> typed : values.entrySet()) {
            if (typed.getValue() != null && !typed.getValue().isBlank()
                    && Feedback.attempt(() -> orders.enterResult(typed.getKey(), typed.getValue().strip(), callers.current())) != null) {
                saved++;
            }
        }
        if (saved > 0) {
            Feedback.info(saved + " result(s) entered");
        }
    }

    /** Whether a result can be typed for {@code run}: one that has none yet. */
    static boolean open(TestRun run) {
        return run.status() == TestRunStatus.PENDING || run.status() == TestRunStatus.SENT;
    }
}
