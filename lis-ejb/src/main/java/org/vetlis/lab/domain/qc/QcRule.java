package org.vetlis.lab.domain.qc;

import java.util.Arrays;
import java.util.Optional;

/**
 * The Westgard rules, by their usual names. "Within the run" reads the levels measured together; "across runs" reads
 * one level's series of the same lot; "across levels" reads the results of every level in the order they were
 * measured.
 */
public enum QcRule {
    /** One result beyond 2 SD: a warning to look at the others. */
    R_1_2S("1-2s", Severity.WARNING, true),
    /** One result beyond 3 SD: random error. */
    R_1_3S("1-3s", Severity.REJECTION, true),
    /** Two results beyond 2 SD on the same side: within the run (two levels), or one level's last two runs. */
    R_2_2S("2-2s", Severity.REJECTION, true),
    /** Within one run, one level beyond +2 SD and another beyond -2 SD: a range of more than 4 SD. */
    R_R_4S("R-4s", Severity.REJECTION, true),
    /** Three results in a row beyond 1 SD on the same side (one level, or across levels). */
    R_3_1S("3-1s", Severity.REJECTION, false),
    /** Four results in a row beyond 1 SD on the same side (one level, or across levels): systematic error. */
    R_4_1S("4-1s", Severity.REJECTION, true),
    /** Ten results in a row on the same side of the mean (one level, or across levels): a shift. */
    R_10X("10x", Severity.REJECTION, true),
    /** Seven results of one level in a row, each higher (or each lower) than the one before: a trend. */
    R_7T("7T", Severity.WARNING, false);

    private final String label;
    private final Severity defaultSeverity;
    private final boolean onByDefault;

    QcRule(String label, Severity defaultSeverity, boolean onByDefault) {
        this.label = label;
        this.defaultSeverity = defaultSeverity;
        this.onByDefault = onByDefault;
    }

    /** What a violation of it means for the run. */
    public enum Severity {
        WARNING,
        REJECTION
    }

    public String label() {
        return label;
    }

    /** The classic multirule: 1-2s warns; 1-3s, 2-2s, R-4s, 4-1s and 10x reject; 3-1s and 7T off. */
    public RuleSetting defaultSetting() {
        return new RuleSetting(this, onByDefault, defaultSeverity);
    }

    public static Optional<QcRule> byLabel(String label) {
        return Arrays.stream(values()).filter(r -> r.label.equalsIgnoreCase(label) || r.name().equalsIgnoreCase(label)).findFirst();
    }

    /** Whether a rule is read, and what a violation means. */
    public record RuleSetting(QcRule rule, boolean enabled, Severity severity) {
    }
}
