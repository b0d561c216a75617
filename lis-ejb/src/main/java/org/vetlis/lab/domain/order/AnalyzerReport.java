package org.vetlis.lab.domain.order;

import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What an analyzer said beside a result, kept as sent and apart from VetLIS's own reading: its abnormal flags, its
 * result status ("final" verifies nothing), the reference range it printed and its comments.
 */
@Embeddable
public class AnalyzerReport {

    @Column(name = "analyzer_flags", length = 40)
    private String flags;

    @Column(name = "analyzer_status", length = 4)
    private String status;

    @Column(name = "analyzer_range", length = 60)
    private String range;

    @Column(name = "analyzer_comment", length = 2000)
    private String comment;

    /** When VetLIS converted the value into the test's unit: the value and unit as sent. */
    @Column(name = "received_value", length = 40)
    private String sentValue;

    @Column(name = "received_unit", length = 20)
    private String sentUnit;

    protected AnalyzerReport() {
        // for JPA
    }

    /** What the analyzer said; with the value and unit as sent when VetLIS {@code converted} them. */
    AnalyzerReport(InstrumentResult result, boolean converted) {
        this.flags = truncate(result.flags(), 40);
        this.status = truncate(result.status(), 4);
        this.range = truncate(result.range(), 60);
        this.comment = truncate(result.comment(), 2000);
        if (converted) {
            this.sentValue = truncate(result.value(), 40);
            this.sentUnit = truncate(result.unit(), 20);
        }
    }

    /** The value and unit as sent, when VetLIS converted them into the test's unit ("100 mg/dL"). */
    public Optional<String> asSent() {
        return sentValue == null ? Optional.empty() : Optional.of(sentValue + " " + sentUnit);
    }

    /**
     * Whether the analyzer raised anything a rule cannot judge: a flag other than "N" (normal), or a comment. Its
     * "H"/"L" read against its own range are included: an analyzer flag always goes to a person.
     */
    public boolean raisesAnything() {
        return flags != null && !"N".equalsIgnoreCase(flags) || comment != null;
    }

    static String truncate(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        return t.length() <= max ? t : t.substring(0, max);
    }

    public String flags() {
        return flags;
    }

    public String status() {
        return status;
    }

    public String range() {
        return range;
    }

    public String comment() {
        return comment;
    }
}
