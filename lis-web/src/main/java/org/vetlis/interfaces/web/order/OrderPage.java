package org.vetlis.interfaces.web.order;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.vetlis.interfaces.web.Feedback;
import org.vetlis.interfaces.web.WebCallers;
import org.vetlis.lab.application.OrderDesk;
import org.vetlis.lab.application.Reporting;
import org.vetlis.lab.domain.order.LabOrder;
import org.vetlis.lab.domain.order.OrderStatus;
import org.vetlis.lab.domain.order.TestRun;
import org.vetlis.lab.domain.order.TestRunStatus;

/**
 * One order: its animal, tubes, results beside the animal's previous results, and comments; a verifier verifies all
 * or the chosen results here, or asks for a rerun, releases the report and amends a verified result for a reason. Verifying is checked on the server (the role here, four eyes in
 * the service), whatever the page shows.
 */
@Named
@ViewScoped
public class OrderPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String[] VERIFIERS = {"VERIFIER", "LAB_MANAGER", "ADMIN"};
    private static final String[] BENCH = {"TECHNICIAN", "VERIFIER", "LAB_MANAGER", "ADMIN"};

    @Inject
    private transient OrderDesk orders;

    @Inject
    private transient WebCallers callers;

    @Inject
    private transient Reporting reporting;

    private Long id;
    private String comment;
    /** The runs ticked for "verify selected", by id. */
    private final Map<Long, Boolean> selected = new HashMap<>();
    /** The verified result being amended, its new value and the reason. */
    private Long amending;
    private String amendedValue;
    private String amendReason;
    private transient LabOrder order;
    private transient Map<String, PreviousResults.Previous> previous;

    /** Reads the order named by the page's {@code id} parameter. */
    public void load() {
        if (id == null) {
            Feedback.error("No order was named");
            return;
        }
        order = Feedback.attempt(() -> orders.order(id));
    }

    /**
     * Verifies every result waiting for it but those held for review (a failed delta check: they are ticked and
     * verified after reading them); one that may not be verified (four eyes, a critical value not acknowledged) is
     * named and left.
     */
    public void verifyAll() {
        long held = getRuns().stream().filter(r -> isVerifiable(r) && r.reviewReason().isPresent()).count();
        verify(run -> run.reviewReason().isEmpty());
        if (held > 0) {
            Feedback.info(held + " result(s) held for review were left: read them, tick them and use Verify selected");
        }
    }

    /** Verifies the results ticked. */
    public void verifySelected() {
        if (!selected.containsValue(Boolean.TRUE)) {
            Feedback.error("Tick the results to verify first");
            return;
        }
        verify(run -> Boolean.TRUE.equals(selected.get(run.id())));
    }

    private void verify(Predicate<TestRun> chosen) {
        if (!callers.isIn(VERIFIERS)) {
            Feedback.error("Verifying results needs the verifier role");
            return;
        }
        int verified = 0;
        for (TestRun run : getRuns()) {
            if (isVerifiable(run) && chosen.test(run) && Feedback.attempt(() -> orders.verify(run.id(), callers.current())) != null) {
                verified++;
            }
        }
        if (verified > 0) {
            Feedback.info(verified + " result(s) verified");
        }
        selected.clear();
        forget();
    }

    /** Orders the test again on the same tube; the new run becomes the reportable one, the old result stays visible. */
    public void rerun(long runId) {
        if (!callers.isIn(BENCH)) {
            Feedback.error("A rerun needs a lab role");
            return;
        }
        TestRun rerun = Feedback.attempt(() -> orders.rerun(runId, callers.current()));
        if (rerun != null) {
            Feedback.info(rerun.test().code() + " will be run again (run " + rerun.runNumber() + ")");
        }
        forget();
    }

    /** Releases the report of a verified order: it goes out as final, and the order is REPORTED. */
    public void release() {
        if (!callers.isIn(VERIFIERS)) {
            Feedback.error("Releasing a report needs the verifier role");
            return;
        }
        if (Feedback.attempt(() -> reporting.release(id, callers.current())) != null) {
            Feedback.info("The report was released");
        }
        forget();
    }

    /** Opens the amendment of a verified result. */
    public void startAmending(long runId) {
        amending = runId;
        amendedValue = null;
        amendReason = null;
    }

    /** Replaces the verified result with a corrected value, for the reason given; a released report goes out again, amended. */
    public void amend() {
        if (!callers.isIn(VERIFIERS)) {
            Feedback.error("Amending a result needs the verifier role");
            return;
        }
        TestRun amended = Feedback.attempt(() -> orders.amend(amending, amendedValue, amendReason, callers.current()));
        if (amended != null) {
            Feedback.info(amended.test().code() + " amended to " + amended.value() + " (version " + amended.resultVersion() + ")");
            amending = null;
        }
        forget();
    }

    public void addComment() {
        if (Feedback.attempt(() -> orders.comment(id, comment, callers.current())) != null) {
            comment = null;
        }
        forget();
    }

    private void forget() {
        order = null;
        previous = null;
    }

    public LabOrder getOrder() {
        if (order == null && id != null) {
            order = Feedback.attempt(() -> orders.order(id));
        }
        return order;
    }

    public List<TestRun> getRuns() {
        return getOrder() == null ? List.of() : getOrder().runs();
    }

    /** The animal's last verified result of the run's test from an earlier order, or null. */
    public PreviousResults.Previous previous(TestRun run) {
        if (previous == null) {
            LabOrder current = getOrder();
            previous = current == null ? Map.of() : PreviousResults.before(current, orders);
        }
        return previous.get(run.test().code());
    }

    public boolean isVerifier() {
        return callers.isIn(VERIFIERS);
    }

    public boolean isBench() {
        return callers.isIn(BENCH);
    }

    public boolean isVerifiable(TestRun run) {
        return run.status() == TestRunStatus.RESULTED && run.isReportable();
    }

    public boolean isAmendable(TestRun run) {
        return run.status() == TestRunStatus.VERIFIED && run.isReportable();
    }

    public boolean isReleasable() {
        return getOrder() != null && getOrder().status() == OrderStatus.VERIFIED;
    }

    public boolean isAnyToVerify() {
        return getRuns().stream().anyMatch(this::isVerifiable);
    }

    public Map<Long, Boolean> getSelected() {
        return selected;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getAmending() {
        return amending;
    }

    public String getAmendedValue() {
        return amendedValue;
    }

    public void setAmendedValue(String amendedValue) {
        this.amendedValue = amendedValue;
    }

    public String getAmendReason() {
        return amendReason;
    }

    public void setAmendReason(String amendReason) {
        this.amendReason = amendReason;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
