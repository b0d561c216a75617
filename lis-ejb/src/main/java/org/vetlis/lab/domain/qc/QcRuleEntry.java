package org.vetlis.lab.domain.qc;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A lab's setting of one Westgard rule for one analyzer and test; a rule without one has its default. */
@Entity
@Table(name = "qc_rule")
@NamedQuery(name = "QcRuleEntry.of", query = "select r from QcRuleEntry r where r.instrumentCode = :instrument and r.testCode = :test")
public class QcRuleEntry {

    @Id
    @SequenceGenerator(name = "qc_rule_id", sequenceName = "qc_rule_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "qc_rule_id")
    private Long id;

    @Column(name = "instrument_code", nullable = false, updatable = false, length = 20)
    private String instrumentCode;

    @Column(name = "test_code", nullable = false, updatable = false, length = 20)
    private String testCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "rule_name", nullable = false, updatable = false, length = 10)
    private QcRule rule;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Enumerated(EnumType.STRING)
    @Column(name = "severity", nullable = false, length = 10)
    private QcRule.Severity severity;

    protected QcRuleEntry() {
        // for JPA
    }

    public QcRuleEntry(String instrumentCode, String testCode, QcRule.RuleSetting setting) {
        this.instrumentCode = Objects.requireNonNull(instrumentCode, "instrumentCode");
        this.testCode = Objects.requireNonNull(testCode, "testCode");
        this.rule = setting.rule();
        set(setting);
    }

    public void set(QcRule.RuleSetting setting) {
        enabled = setting.enabled();
        severity = Objects.requireNonNull(setting.severity(), "severity");
    }

    public QcRule rule() {
        return rule;
    }

    public QcRule.RuleSetting setting() {
        return new QcRule.RuleSetting(rule, enabled, severity);
    }
}
