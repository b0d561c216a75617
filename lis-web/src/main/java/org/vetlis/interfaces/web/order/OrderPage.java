package org.vetlis.interfaces.web.order;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.vetlis.interfaces.web.Feedback;
import org.vetlis.interfaces.web.WebCallers;
import org.vetlis.lab.application.OrderDesk;
import org.vetlis.lab.domain.order.LabOrder;
import org.vetlis.lab.domain.order.TestRun;
import org.vetlis.lab.domain.order.TestRunStatus;

/**
 * One order: its animal, tubes, results and comments; a verifier verifies its results here. Verifying is checked on
 * the server (the role here, four eyes in the service), whatever the page shows.
 */
@Named
@ViewScoped
public class OrderPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String[] VERIFIERS = {"VERIFIER", "LAB_MANAGER", "ADMIN"};

    @Inject
    private transient OrderDesk orders;

    @Inject
    private transient WebCallers callers;

    private Long id;
    private String comment;
    private transient LabOrder order;

    /** Reads the order named by the page's {@code id} parameter. */
    public void load() {
        if (id == null) {
            Feedback.error("No order was named");
            return;
        }
        order = Feedback.attempt(() -> orders.order(id));
    }

    /** Verifies every result waiting for it; one that may not be verified (four eyes) is named and left. */
    public void verifyAll() {
        if (!callers.isIn(VERIFIERS)) {
            Feedback.error("Verifying results needs the verifier role");
            return;
        }
        int verified = 0;
        for (TestRun run : getRuns()) {
            if (run.status() == TestRunStatus.RESULTED && run.isReportable()
                    && Feedback.attempt(() -> orders.verify(run.id(), callers.current())) != null) {
                verified++;
            }
        }
        if (verified > 0) {
            Feedback.info(verified + " result(s) verified");
        }
        order = null;
    }

    public void addComment() {
        if (Feedback.attempt(() -> orders.comment(id, comment, callers.current())) != null) {
            comment = null;
        }
        order = null;
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

    public boolean isVerifier() {
        return callers.isIn(VERIFIERS);
    }

    public boolean isAnyToVerify() {
        return getRuns().stream().anyMatch(r -> r.status() == TestRunStatus.RESULTED && r.isReportable());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
