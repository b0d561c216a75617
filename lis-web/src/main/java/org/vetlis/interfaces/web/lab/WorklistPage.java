package org.vetlis.interfaces.web.lab;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.vetlis.interfaces.web.PagedModel;
import org.vetlis.interfaces.web.WebCallers;
import org.vetlis.lab.application.InstrumentAdministration;
import org.vetlis.lab.application.OrderDesk;
import org.vetlis.lab.domain.instrument.Instrument;
import org.vetlis.lab.domain.order.TestRun;
import org.vetlis.lab.domain.order.TestRunStatus;
import org.vetlis.lab.domain.order.Urgency;
import org.vetlis.lab.domain.order.WorklistQuery;

/**
 * The bench's worklist: test runs by status, analyzer, test and urgency, STAT first, fifty to a page from the
 * database; a result typed in a row's field is entered with the others on Save (Enter moves down the column).
 */
@Named
@ViewScoped
public class WorklistPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient OrderDesk orders;

    @Inject
    private transient InstrumentAdministration instruments;

    @Inject
    private transient WebCallers callers;

    private TestRunStatus status = TestRunStatus.PENDING;
    private String instrument;
    private String test;
    private Urgency urgency;
    private Map<Long, String> values = new HashMap<>();
    private final PagedModel<TestRun> runs = new PagedModel<>(page -> orders.worklist(query(), page), TestRun::id, "urgency", false,
            WorklistQuery.SORTS);

    private WorklistQuery query() {
        Set<String> tests = null;
        if (instrument != null && !instrument.isBlank()) {
            tests = Set.copyOf(instruments.instrument(instrument).settings().testCodes().values());
        }
        if (test != null && !test.isBlank()) {
            String code = test.strip().toUpperCase(java.util.Locale.ROOT);
            tests = tests == null || tests.contains(code) ? Set.of(code) : Set.of();
        }
        return new WorklistQuery(status, tests, urgency);
    }

    /** Enters every value typed; a refused one is named, the others are kept. */
    public void saveResults() {
        ResultEntry.enter(values, orders, callers);
        values = new HashMap<>();
    }

    /** Whether a result can be typed for {@code run}. */
    public boolean open(TestRun run) {
        return ResultEntry.open(run);
    }

    public PagedModel<TestRun> getRuns() {
        return runs;
    }

    public List<Instrument> getInstruments() {
        return instruments.instruments();
    }

    public TestRunStatus[] getStatuses() {
        return TestRunStatus.values();
    }

    public Urgency[] getUrgencies() {
        return Urgency.values();
    }

    public Map<Long, String> getValues() {
        return values;
    }

    public TestRunStatus getStatus() {
        return status;
    }

    public void setStatus(TestRunStatus status) {
        this.status = status;
    }

    public String getInstrument() {
        return instrument;
    }

    public void setInstrument(String instrument) {
        this.instrument = instrument;
    }

    public String getTest() {
        return test;
    }

    public void setTest(String test) {
        this.test = test;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public void setUrgency(Urgency urgency) {
        this.urgency = urgency;
    }
}
