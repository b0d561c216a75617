package org.vetlis.lab.domain.qc;

import java.util.List;

/** A rule a run broke, how much it counts, the results that broke it and why, in words for the QC page. */
public record Violation(QcRule rule, QcRule.Severity severity, List<Long> points, String explanation) {

    public boolean rejects() {
        return severity == QcRule.Severity.REJECTION;
    }
}
