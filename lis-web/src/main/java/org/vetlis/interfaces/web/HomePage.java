package org.vetlis.interfaces.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.security.enterprise.SecurityContext;

import org.vetlis.connector.api.ListenerStatus;
import org.vetlis.lab.application.CriticalValues;
import org.vetlis.lab.application.InstrumentAdministration;
import org.vetlis.lab.application.OrderDesk;
import org.vetlis.lab.application.SystemInfo;
import org.vetlis.lab.application.SystemInfoService;
import org.vetlis.lab.application.QualityControl;
import org.vetlis.lab.application.Turnaround;
import org.vetlis.lab.domain.interpretation.CriticalAlert;
import org.vetlis.lab.domain.messagelog.MessageOutcome;
import org.vetlis.lab.domain.order.LabDay;
import org.vetlis.lab.domain.order.OrderStatus;
import org.vetlis.lab.domain.order.TurnaroundTimes;
import org.vetlis.lab.domain.security.Role;
import org.vetlis.lab.domain.qc.QcState;
import org.vetlis.lab.domain.shared.PageRequest;

/**
 * The signed-in person's start page: critical values to acknowledge, today's orders by status with the STAT ones
 * first, what waits for verification,
 * the analyzers' connections, the quarantine, and the day's turnaround times; it updates itself when the lab changes.
 */
@Named
@RequestScoped
public class HomePage {

    private static final String[] BENCH = {"TECHNICIAN", "VERIFIER", "LAB_MANAGER", "ADMIN"};

    @Inject
    private SecurityContext security;

    @Inject
    private SystemInfoService systemInfo;

    @Inject
    private OrderDesk orders;

    @Inject
    private InstrumentAdministration instruments;

    @Inject
    private WebCallers callers;

    @Inject
    private CriticalValues criticalValues;

    @Inject
    private Turnaround turnaround;

    @Inject
    private QualityControl qc;

    private List<QcState> qcStates;

    /** Whom the person told, typed beside each alert (read in the same request as its button). */
    private final Map<Long, String> notified = new HashMap<>();
    private List<CriticalAlert> alerts;

    private SystemInfo info;
    private LabDay day;
    private Long quarantined;

    @PostConstruct
    void load() {
        info = systemInfo.info();
        day = orders.daySince(LocalDate.now().atStartOfDay(ZoneId.systemDefault()).toOffsetDateTime());
    }

    public String getUsername() {
        return security.getCallerPrincipal().getName();
    }

    public List<String> getRoles() {
        return Arrays.stream(Role.values()).map(Role::name).filter(security::isCallerInRole).toList();
    }

    public SystemInfo getInfo() {
        return info;
    }

    public List<ListenerStatus> getListeners() {
        return info.listeners();
    }

    public LabDay getDay() {
        return day;
    }

    /** Today's orders by status, in the order work flows (statuses without orders left out). */
    public List<Map.Entry<OrderStatus, Long>> getOrdersByStatus() {
        return day.ordersByStatus().entrySet().stream().filter(e -> e.getValue() > 0).toList();
    }

    public long getOrdersToday() {
        return day.ordersByStatus().values().stream().mapToLong(Long::longValue).sum();
    }

    /** The quarantine's size, for those who work it (it is theirs to read); -1 for others. */
    public long getQuarantined() {
        if (quarantined == null) { // asked twice a drawing (whether to show it, and what): counted once
            quarantined = callers.isIn("ADMIN", "LAB_MANAGER")
                    ? instruments.messages(MessageOutcome.QUARANTINED, null, new PageRequest(0, 1, "id", true)).total() : -1;
        }
        return quarantined;
    }

    /** The critical values nobody has acknowledged, for the lab's roles (they are the ones who call). */
    public List<CriticalAlert> getAlerts() {
        if (alerts == null) {
            alerts = isBench() ? criticalValues.open() : List.of();
        }
        return alerts;
    }

    public boolean isBench() {
        return callers.isIn(BENCH);
    }

    /** Records that the person told the veterinarian about alert {@code id}, and whom (audited). */
    public void acknowledge(long id) {
        if (!isBench()) {
            Feedback.error("Acknowledging a critical value needs a lab role");
            return;
        }
        CriticalAlert done = Feedback.attempt(() -> criticalValues.acknowledge(id, notified.get(id), callers.current()));
        if (done != null) {
            Feedback.info("Critical " + done.testCode() + " of " + done.patientName() + " acknowledged: told " + done.notified());
            alerts = null;
        }
    }

    public Map<Long, String> getNotified() {
        return notified;
    }

    /**
     * Today's median and 90th percentile from order to verification, per test (the ten most ordered), as Chart.js
     * reads it: the same figures as {@code GET /metrics/tat}.
     */
    public String getTurnaroundByTest() {
        LocalDate today = LocalDate.now(ZoneId.systemDefault());
        List<TurnaroundTimes.Group> groups = turnaround.of(today, today, ZoneId.systemDefault(), null, null,
                        EnumSet.of(TurnaroundTimes.Dimension.TEST)).stream()
                .filter(g -> g.steps().get(TurnaroundTimes.Step.ORDERED_TO_VERIFIED).count() > 0)
                .sorted(Comparator.comparingInt(TurnaroundTimes.Group::runs).reversed()).limit(10).toList();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder medians = Json.createArrayBuilder();
        JsonArrayBuilder p90s = Json.createArrayBuilder();
        for (TurnaroundTimes.Group g : groups) {
            TurnaroundTimes.Figures f = g.steps().get(TurnaroundTimes.Step.ORDERED_TO_VERIFIED);
            labels.add(g.testCode());
            medians.add(Math.round(f.median()));
            p90s.add(Math.round(f.p90()));
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", "Median (min)").add("data", medians).add("backgroundColor", "#0f5b66"))
                        .add(Json.createObjectBuilder().add("label", "90th percentile (min)").add("data", p90s).add("backgroundColor", "#c98a2b"))))
                .add("options", Json.createObjectBuilder().add("scales", Json.createObjectBuilder()
                        .add("y", Json.createObjectBuilder().add("beginAtZero", true).add("title", Json.createObjectBuilder()
                                .add("display", true).add("text", "minutes, order to verification")))))
                .build().toString();
    }

    /** The turnaround histogram as Chart.js reads it (PrimeFaces' p:chart). */
    public String getTurnaroundChart() {
        long[] counts = day.turnaroundHistogram();
        String labels = LabDay.turnaroundBuckets().stream().map(l -> "\"" + l + "\"").collect(Collectors.joining(","));
        String values = Arrays.stream(counts).mapToObj(Long::toString).collect(Collectors.joining(","));
        return "{\"type\":\"bar\",\"data\":{\"labels\":[" + labels + "],\"datasets\":[{\"label\":\"Results verified today\","
                + "\"data\":[" + values + "],\"backgroundColor\":\"#0f5b66\"}]},"
                + "\"options\":{\"plugins\":{\"legend\":{\"display\":false}},\"scales\":{\"y\":{\"beginAtZero\":true,\"ticks\":{\"precision\":0}}}}}";
    }

    /** The analyzers and tests whose QC has failed (their patient results are held), for those at the bench. */
    public List<QcState> getQcFailures() {
        return qcStates().stream().filter(QcState::isFailed).toList();
    }

    /** How many analyzers and tests have QC recorded. */
    public long getQcWatched() {
        return qcStates().size();
    }

    /** The QC states, read once per page (the panel asks for them several times). */
    private List<QcState> qcStates() {
        if (qcStates == null) {
            qcStates = callers.isIn("TECHNICIAN", "VERIFIER", "LAB_MANAGER", "ADMIN") ? qc.states() : List.of();
        }
        return qcStates;
    }
}
