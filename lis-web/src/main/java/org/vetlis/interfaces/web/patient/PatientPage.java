package org.vetlis.interfaces.web.patient;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.vetlis.interfaces.web.Feedback;
import org.vetlis.lab.application.OrderDesk;
import org.vetlis.lab.application.PatientRegistry;
import org.vetlis.lab.domain.interpretation.ResultFlag;
import org.vetlis.lab.domain.order.LabOrder;
import org.vetlis.lab.domain.order.TestRun;
import org.vetlis.lab.domain.patient.Patient;
import org.vetlis.lab.domain.shared.PageRequest;

/**
 * One animal: its owner, its details with the age computed, its orders, and its results side by side over time
 * (a test a row, an order a column, newest first), as a verifier compares them.
 */
@Named
@ViewScoped
public class PatientPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int ORDERS_SHOWN = 10;

    @Inject
    private transient PatientRegistry patients;

    @Inject
    private transient OrderDesk orders;

    private Long id;
    private transient Patient patient;
    private transient List<LabOrder> recent;

    public void load() {
        if (id == null) {
            Feedback.error("No animal was named");
            return;
        }
        patient = Feedback.attempt(() -> patients.patient(id));
        if (patient != null) {
            recent = orders.findOrders(null, id, null, null, new PageRequest(0, ORDERS_SHOWN, "created", true)).items();
        }
    }

    /** Age in years and months, from the date of birth ("~" when it is an estimate); empty when unknown. */
    public String getAge() {
        LocalDate born = patient == null ? null : patient.details().dateOfBirth();
        if (born == null) {
            return "";
        }
        Period age = Period.between(born, LocalDate.now());
        String text = age.getYears() > 0 ? age.getYears() + " y " + age.getMonths() + " m" : age.getMonths() + " m " + age.getDays() + " d";
        return (patient.details().birthDateEstimated() ? "~" : "") + text;
    }

    /** The orders, newest first (the columns of the cumulative table). */
    public List<LabOrder> getOrders() {
        return recent == null ? List.of() : recent;
    }

    /** Test code → (order id → result with unit), for the reportable runs that have one. */
    public List<Row> getCumulative() {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (LabOrder order : getOrders()) {
            for (TestRun run : order.runs()) {
                if (run.isReportable() && run.value() != null) {
                    rows.computeIfAbsent(run.test().code(), code -> new Row(code, run.test().name(), new LinkedHashMap<>()))
                            .values().put(order.id(), run.value() + flagOf(run));
                }
            }
        }
        return new ArrayList<>(rows.values());
    }

    /** VetLIS's flag when the result is outside its range (nothing when within it, or when there is no range). */
    private static String flagOf(TestRun run) {
        ResultFlag flag = run.flag();
        return flag == null || flag == ResultFlag.N || flag == ResultFlag.NO_RANGE ? "" : " " + flag;
    }

    public Patient getPatient() {
        return patient;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** A test's results over the orders shown. */
    public record Row(String code, String name, Map<Long, String> values) implements Serializable {
    }
}
