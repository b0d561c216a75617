package org.vetlis.interfaces.web.lab;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.vetlis.interfaces.web.Feedback;
import org.vetlis.interfaces.web.WebCallers;
import org.vetlis.lab.application.CatalogueService;
import org.vetlis.lab.application.OrderDesk;
import org.vetlis.lab.domain.catalogue.RejectionReason;
import org.vetlis.lab.domain.order.Specimen;
import org.vetlis.lab.domain.order.TestRun;

/**
 * The bench's page for one tube: scan it (a scanner types the barcode and Enter) to open it; receive or reject it;
 * type its results down the grid. Thin: every action is a call to the services the API calls.
 */
@Named
@ViewScoped
public class SpecimenPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient OrderDesk orders;

    @Inject
    private transient WebCallers callers;

    @Inject
    private transient CatalogueService catalogue;

    private String scanned;
    private String barcode;
    private String rejectReason;
    private Map<Long, String> values = new HashMap<>();
    /** The tube as last read; read again after every change. */
    private transient Specimen specimen;

    /** Opens the tube whose barcode was scanned or typed. */
    public void open() {
        String typed = scanned == null ? "" : scanned.strip();
        Specimen found = Feedback.attempt(() -> orders.specimen(typed));
        if (found != null) {
            barcode = found.accession().value();
            specimen = found;
            values = new HashMap<>();
            scanned = null;
        }
    }

    public void receive() {
        if (Feedback.attempt(() -> orders.receive(barcode, callers.current())) != null) {
            Feedback.info("Specimen " + barcode + " received");
        }
        specimen = null;
    }

    public void reject() {
        if (rejectReason == null) {
            Feedback.error("Choose why the specimen is rejected");
            return;
        }
        if (Feedback.attempt(() -> orders.reject(barcode, rejectReason, callers.current())) != null) {
            Feedback.info("Specimen " + barcode + " rejected: " + rejectReason);
        }
        specimen = null;
    }

    /** Enters every value typed; a refused one is named, the others are kept. */
    public void saveResults() {
        ResultEntry.enter(values, orders, callers);
        values = new HashMap<>();
        specimen = null;
    }

    public Specimen getSpecimen() {
        if (specimen == null && barcode != null) {
            specimen = orders.specimen(barcode);
        }
        return specimen;
    }

    /** The tube's runs, in the order's order. */
    public List<TestRun> getRuns() {
        Specimen tube = getSpecimen();
        return tube == null ? List.of() : tube.order().runs().stream().filter(r -> r.specimen().id().equals(tube.id())).toList();
    }

    /** Whether a result can be typed for {@code run}. */
    public boolean open(TestRun run) {
        return ResultEntry.open(run);
    }

    /** The reasons a tube may be rejected for now (retired ones are not offered). */
    public List<RejectionReason> getRejectionReasons() {
        return catalogue.rejectionReasons().stream().filter(RejectionReason::isActive).toList();
    }

    public String getScanned() {
        return scanned;
    }

    public void setScanned(String scanned) {
        this.scanned = scanned;
    }

    public String getRejectReason() {
        return rejectReason;
    }

    public void setRejectReason(String rejectReason) {
        this.rejectReason = rejectReason;
    }

    public Map<Long, String> getValues() {
        return values;
    }
}
