package org.vetlis.lab.domain.qc;

import java.time.OffsetDateTime;
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

/**
 * What happened to an analyzer and test's quality control: a run rejected (with the time of the last accepted run
 * before it, where its look-back starts), a corrective action recorded by a person, QC accepted again, a look-back's
 * results marked for review.
 */
@Entity
@Table(name = "qc_event")
@NamedQuery(name = "QcEvent.of", query = "select e from QcEvent e where e.instrumentCode = :instrument and e.testCode = :test"
        + " order by e.at desc, e.id desc")
public class QcEvent {

    /** The kinds of event. */
    public enum Kind {
        REJECTED,
        CORRECTIVE_ACTION,
        ACCEPTED_AGAIN,
        LOOKBACK_MARKED
    }

    @Id
    @SequenceGenerator(name = "qc_event_id", sequenceName = "qc_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "qc_event_id")
    private Long id;

    @Column(name = "instrument_code", nullable = false, updatable = false, length = 20)
    private String instrumentCode;

    @Column(name = "test_code", nullable = false, updatable = false, length = 20)
    private String testCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 20)
    private Kind kind;

    @Column(name = "at", nullable = false, updatable = false)
    private OffsetDateTime at;

    @Column(name = "actor", nullable = false, updatable = false, length = 64)
    private String actor;

    @Column(name = "run_key", updatable = false, length = 80)
    private String runKey;

    @Column(name = "last_accepted_at", updatable = false)
    private OffsetDateTime lastAcceptedAt;

    @Column(name = "detail", updatable = false, length = 1000)
    private String detail;

    @Column(name = "reason", updatable = false, length = 200)
    private String reason;

    @Column(name = "comment_text", updatable = false, length = 2000)
    private String comment;

    @Column(name = "about_event", updatable = false)
    private Long aboutEvent;

    protected QcEvent() {
        // for JPA
    }

    private QcEvent(String instrumentCode, String testCode, Kind kind, OffsetDateTime at, String actor) {
        this.instrumentCode = Objects.requireNonNull(instrumentCode, "instrumentCode");
        this.testCode = Objects.requireNonNull(testCode, "testCode");
        this.kind = kind;
        this.at = Objects.requireNonNull(at, "at");
        this.actor = Objects.requireNonNull(actor, "actor");
    }

    /** A run rejected; the look-back covers the patient results since {@code lastAcceptedAt} (none: since ever). */
    public static QcEvent rejected(String instrument, String test, String runKey, OffsetDateTime measuredAt, OffsetDateTime lastAcceptedAt,
                                   String violations, String actor) {
        QcEvent e = new QcEvent(instrument, test, Kind.REJECTED, measuredAt, actor);
        e.runKey = runKey;
        e.lastAcceptedAt = lastAcceptedAt;
        e.detail = violations.length() <= 1000 ? violations : violations.substring(0, 997) + "...";
        return e;
    }

    public static QcEvent correctiveAction(String instrument, String test, String reason, String comment, long aboutEvent,
                                           OffsetDateTime at, String actor) {
        QcEvent e = new QcEvent(instrument, test, Kind.CORRECTIVE_ACTION, at, actor);
        e.reason = reason;
        e.comment = comment;
        e.aboutEvent = aboutEvent;
        return e;
    }

    public static QcEvent acceptedAgain(String instrument, String test, String runKey, OffsetDateTime at, String actor) {
        QcEvent e = new QcEvent(instrument, test, Kind.ACCEPTED_AGAIN, at, actor);
        e.runKey = runKey;
        return e;
    }

    public static QcEvent lookbackMarked(String instrument, String test, long aboutEvent, int results, OffsetDateTime at, String actor) {
        QcEvent e = new QcEvent(instrument, test, Kind.LOOKBACK_MARKED, at, actor);
        e.aboutEvent = aboutEvent;
        e.detail = results + " result(s) marked for review";
        return e;
    }

    public Long id() {
        return id;
    }

    public String instrumentCode() {
        return instrumentCode;
    }

    public String testCode() {
        return testCode;
    }

    public Kind kind() {
        return kind;
    }

    public OffsetDateTime at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public String runKey() {
        return runKey;
    }

    public OffsetDateTime lastAcceptedAt() {
        return lastAcceptedAt;
    }

    public String detail() {
        return detail;
    }

    public String reason() {
        return reason;
    }

    public String comment() {
        return comment;
    }

    public Long aboutEvent() {
        return aboutEvent;
    }
}
