package org.vetlis.interfaces.web.qc;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.vetlis.interfaces.web.Feedback;
import org.vetlis.interfaces.web.WebCallers;
import org.vetlis.lab.application.QualityControl;
import org.vetlis.lab.domain.qc.QcRule;

/** The Westgard rules of one analyzer and test, on the QC page: each on or off, a warning or a rejection. */
@Named
@ViewScoped
public class QcRulesForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient QualityControl qc;

    @Inject
    private transient WebCallers callers;

    /** "INSTRUMENT/TEST" chosen. */
    private String of;
    private List<Row> rows = List.of();

    /** One rule as the form edits it. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final QcRule rule;
        private boolean enabled;
        private QcRule.Severity severity;

        Row(QcRule.RuleSetting setting) {
            rule = setting.rule();
            enabled = setting.enabled();
            severity = setting.severity();
        }

        public String getLabel() {
            return rule.label();
        }

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public QcRule.Severity getSeverity() {
            return severity;
        }

        public void setSeverity(QcRule.Severity severity) {
            this.severity = severity;
        }

        QcRule.RuleSetting setting() {
            return new QcRule.RuleSetting(rule, enabled, severity);
        }
    }

    /** The analyzers and tests that have control lots, as "INSTRUMENT/TEST". */
    public List<String> getChoices() {
        return qc.lots(null, null).stream().map(l -> l.instrumentCode() + "/" + l.testCode()).distinct().toList();
    }

    public void load() {
        if (of == null || !of.contains("/")) {
            rows = List.of();
            return;
        }
        String[] pair = of.split("/", 2);
        List<QcRule.RuleSetting> settings = Feedback.attempt(() -> qc.rules(pair[0], pair[1]));
        rows = settings == null ? List.of() : new ArrayList<>(settings.stream().map(Row::new).toList());
    }

    public void save() {
        if (!callers.isIn("LAB_MANAGER", "ADMIN")) {
            Feedback.error("The rules are set by lab managers");
            return;
        }
        if (of == null || rows.isEmpty()) {
            Feedback.error("Choose the analyzer and test first");
            return;
        }
        String[] pair = of.split("/", 2);
        if (Feedback.attempt(() -> qc.setRules(pair[0], pair[1], rows.stream().map(Row::setting).toList(), callers.current())) != null) {
            Feedback.info("Westgard rules of " + pair[1] + " on " + pair[0] + " saved");
            load();
        }
    }

    public boolean isEditor() {
        return callers.isIn("LAB_MANAGER", "ADMIN");
    }

    public QcRule.Severity[] getSeverities() {
        return QcRule.Severity.values();
    }

    public String getOf() {
        return of;
    }

    public void setOf(String of) {
        this.of = of;
    }

    public List<Row> getRows() {
        return rows;
    }
}
