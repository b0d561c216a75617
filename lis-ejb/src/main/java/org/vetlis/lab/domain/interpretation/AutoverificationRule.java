package org.vetlis.lab.domain.interpretation;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.vetlis.lab.domain.order.TestRun;
import org.vetlis.lab.domain.order.TestRunStatus;

/**
 * The lab's decision that an analyzer's result of one test may be verified without a person, when everything a
 * person would check is unremarkable. Off unless the lab enables it. A result is verified by the rule only if:
 * <ol>
 *   <li>it came from an analyzer (a result typed in is verified by a person);</li>
 *   <li>it is a number in the test's unit, read against a reference range of the animal, and inside it (flag N);
 *       so no critical value and no "no range";</li>
 *   <li>nothing holds it for review: no delta-check failure, no unknown unit, no species or identity doubt;</li>
 *   <li>the analyzer raised nothing: no flag other than N, no comment.</li>
 * </ol>
 * The result records the rule and its version as its verifier ({@link #verifier()}). The analyzer's own status
 * ("final") plays no part. Quality-control state joins the conditions when VetLIS records QC runs.
 */
@Entity
@Table(name = "autoverification_rule")
@NamedQuery(name = "AutoverificationRule.enabled", query = "select r from AutoverificationRule r where r.enabled = true")
@NamedQuery(name = "AutoverificationRule.all", query = "select r from AutoverificationRule r order by r.testCode")
public class AutoverificationRule {

    @Id
    @Column(name = "test_code", length = 20)
    private String testCode;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected AutoverificationRule() {
        // for JPA
    }

    public AutoverificationRule(String testCode, boolean enabled, String user, OffsetDateTime now) {
        this.testCode = testCode;
        change(enabled, user, now);
    }

    /** Switches the rule on or off; its version goes up with every change. */
    public void change(boolean enabled, String user, OffsetDateTime now) {
        this.enabled = enabled;
        this.changedBy = user;
        this.changedAt = now;
    }

    /** What a person would see that the rule does not allow; empty when the rule may verify the result. */
    public List<String> objectionsTo(TestRun run) {
        List<String> objections = new ArrayList<>();
        if (!enabled) {
            objections.add("the rule is off");
        }
        if (run.status() != TestRunStatus.RESULTED || !run.isFromAnalyzer()) {
            objections.add("not an analyzer's result waiting for verification");
        }
        if (run.flag() != ResultFlag.N) {
            objections.add(run.flag() == null ? "not a number" : "flag " + run.flag());
        }
        run.reviewReason().ifPresent(reason -> objections.add("held: " + reason));
        if (run.analyzer() != null && run.analyzer().raisesAnything()) { // null: the analyzer sent nothing beside the value
            objections.add("the analyzer flagged or commented on it");
        }
        return objections;
    }

    /** How a result verified by this rule names its verifier: the rule and its version. */
    public String verifier() {
        return "rule " + testCode + " v" + version;
    }

    public Map<String, Object> snapshot() {
        return Map.of("test", testCode, "enabled", enabled, "version", version);
    }

    public String testCode() {
        return testCode;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public long version() {
        return version;
    }

    public String changedBy() {
        return changedBy;
    }

    public OffsetDateTime changedAt() {
        return changedAt;
    }
}
