package org.vetlis.lab.domain.label;

import java.time.Duration;
import java.time.OffsetDateTime;

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
import jakarta.persistence.Version;

import org.vetlis.lab.domain.shared.ConflictException;

/**
 * One label on its way to a printer, with the ZPL it prints. A printer that does not answer leaves the job queued,
 * tried again after a pause that doubles from two seconds up to a minute, for a day; then it has failed, and a
 * person reprints it. A reprint is a new job with the same ZPL.
 */
@Entity
@Table(name = "print_job")
@NamedQuery(name = "PrintJob.due", query = "select j from PrintJob j where j.state = org.vetlis.lab.domain.label.PrintJobState.QUEUED"
        + " and j.nextAttemptAt <= :now order by j.nextAttemptAt, j.id")
@NamedQuery(name = "PrintJob.ofOrder", query = "select j from PrintJob j where j.orderId = :order order by j.id")
public class PrintJob {

    static final Duration FIRST_PAUSE = Duration.ofSeconds(2);
    static final Duration LONGEST_PAUSE = Duration.ofMinutes(1);
    static final Duration GIVE_UP_AFTER = Duration.ofDays(1);

    @Id
    @SequenceGenerator(name = "print_job_id", sequenceName = "print_job_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "print_job_id")
    private Long id;

    @Column(name = "printer_code", nullable = false, updatable = false, length = 20)
    private String printerCode;

    @Column(name = "order_id", nullable = false, updatable = false)
    private long orderId;

    @Column(name = "accession", nullable = false, updatable = false, length = 40)
    private String accession;

    @Column(name = "zpl", nullable = false, updatable = false, length = 4000)
    private String zpl;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 10)
    private PrintJobState state;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private OffsetDateTime nextAttemptAt;

    @Column(name = "last_error", length = 300)
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    @Column(name = "reprint_of", updatable = false)
    private Long reprintOf;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected PrintJob() {
        // for JPA
    }

    /** A label queued for {@code printerCode}, to be tried at once. */
    public PrintJob(String printerCode, long orderId, String accession, String zpl, String user, OffsetDateTime now) {
        this.printerCode = printerCode;
        this.orderId = orderId;
        this.accession = accession;
        this.zpl = zpl;
        this.state = PrintJobState.QUEUED;
        this.nextAttemptAt = now;
        this.createdAt = now;
        this.createdBy = user;
    }

    /** The same label again, to the same printer, as a new job. */
    public PrintJob reprint(String user, OffsetDateTime now) {
        PrintJob again = new PrintJob(printerCode, orderId, accession, zpl, user, now);
        again.reprintOf = id;
        return again;
    }

    /** The printer took the label. */
    public void sent(OffsetDateTime now) {
        if (state != PrintJobState.QUEUED) {
            throw new ConflictException("print job " + id + " is " + state);
        }
        attempts++;
        state = PrintJobState.SENT;
        sentAt = now;
        lastError = null;
    }

    /** The printer did not take it ({@code why}): tried again after a longer pause, or given up after a day. */
    public void notSent(String why, OffsetDateTime now) {
        attempts++;
        lastError = why == null ? null : why.length() <= 300 ? why : why.substring(0, 300);
        if (now.isAfter(createdAt.plus(GIVE_UP_AFTER))) {
            state = PrintJobState.FAILED;
            return;
        }
        nextAttemptAt = now.plus(pauseAfter(attempts));
    }

    /** 2 s, 4 s, 8 s … up to a minute between tries. */
    static Duration pauseAfter(int attempts) {
        long seconds = FIRST_PAUSE.toSeconds() << Math.min(attempts - 1, 10);
        return seconds >= LONGEST_PAUSE.toSeconds() ? LONGEST_PAUSE : Duration.ofSeconds(seconds);
    }

    public Long id() {
        return id;
    }

    public String printerCode() {
        return printerCode;
    }

    public long orderId() {
        return orderId;
    }

    public String accession() {
        return accession;
    }

    public String zpl() {
        return zpl;
    }

    public PrintJobState state() {
        return state;
    }

    public int attempts() {
        return attempts;
    }

    public OffsetDateTime nextAttemptAt() {
        return nextAttemptAt;
    }

    public String lastError() {
        return lastError;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public OffsetDateTime sentAt() {
        return sentAt;
    }

    public Long reprintOf() {
        return reprintOf;
    }
}
