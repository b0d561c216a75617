package org.vetlis.interfaces.web.label;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;

import org.vetlis.interfaces.web.Feedback;
import org.vetlis.interfaces.web.WebCallers;
import org.vetlis.lab.application.Labels;
import org.vetlis.lab.domain.label.PrintJob;
import org.vetlis.lab.domain.label.Workstation;

/**
 * The labels of the order on the order page: printed on the printer of the workstation the person stands at (chosen
 * once, then remembered by this browser in a cookie), their jobs' states, and a reprint.
 */
@Named
@ViewScoped
public class LabelPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The browser's workstation: a lab's PC stays where it is, whoever signs in on it. */
    public static final String COOKIE = "vetlis-workstation";
    public static final String[] LABELLERS = {"TECHNICIAN", "RECEPTION", "LAB_MANAGER", "ADMIN"};

    @Inject
    private transient Labels labels;

    @Inject
    private transient WebCallers callers;

    private String workstation;
    private transient List<Workstation> workstations;
    private transient List<PrintJob> jobs;

    /** The workstation this browser was last used at, if any. */
    public String getWorkstation() {
        if (workstation == null) {
            Object cookie = FacesContext.getCurrentInstance().getExternalContext().getRequestCookieMap().get(COOKIE);
            workstation = cookie instanceof Cookie c ? c.getValue() : "";
        }
        return workstation;
    }

    public void setWorkstation(String workstation) {
        this.workstation = workstation;
    }

    /** Prints every tube's label of the order at the chosen workstation's printer, and remembers the workstation here. */
    public void print(long orderId) {
        if (!callers.isIn(LABELLERS)) {
            Feedback.error("Printing labels needs a reception or lab role");
            return;
        }
        List<PrintJob> queued = Feedback.attempt(() -> labels.print(orderId, null, null, workstation, callers.current()));
        if (queued != null) {
            remember(workstation);
            Feedback.info(queued.size() + " label(s) queued for printer " + queued.get(0).printerCode());
        }
        jobs = null;
    }

    public void reprint(long jobId) {
        if (Feedback.attempt(() -> labels.reprint(jobId, callers.current())) != null) {
            Feedback.info("The label will be printed again");
        }
        jobs = null;
    }

    public List<Workstation> getWorkstations() {
        if (workstations == null) {
            workstations = labels.workstations();
        }
        return workstations;
    }

    public List<PrintJob> jobs(long orderId) {
        if (jobs == null) {
            jobs = labels.jobs(orderId);
        }
        return jobs;
    }

    public boolean isLabeller() {
        return callers.isIn(LABELLERS);
    }

    private static void remember(String workstation) {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        context.addResponseCookie(COOKIE, workstation, Map.of("maxAge", 60 * 60 * 24 * 365, "path", context.getRequestContextPath(),
                "httpOnly", true, "SameSite", "Strict"));
    }
}
