package org.vetlis.lab.domain.order;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.vetlis.lab.domain.catalogue.RejectionReason;
import org.vetlis.lab.domain.catalogue.SpecimenType;
import org.vetlis.lab.domain.shared.ConflictException;
import org.vetlis.lab.domain.shared.InvalidInputException;

/**
 * One tube or container of an order, identified by its accession barcode; one per specimen type per order.
 * Its history (labelled, collected, received, rejected) is kept step by step beside its current state.
 */
@Entity
@Table(name = "specimen")
public class Specimen {

    @Id
    @SequenceGenerator(name = "specimen_id", sequenceName = "specimen_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "specimen_id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id")
    private LabOrder order;

    @Column(name = "accession", nullable = false, updatable = false, length = 20)
    private String accession;

    @ManyToOne(optional = false)
    @JoinColumn(name = "specimen_type")
    private SpecimenType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private SpecimenStatus status = SpecimenStatus.EXPECTED;

    @Column(name = "collected_at")
    private OffsetDateTime collectedAt;

    @Column(name = "collected_by", length = 64)
    private String collectedBy;

    @Column(name = "received_at")
    private OffsetDateTime receivedAt;

    @Column(name = "received_by", length = 64)
    private String receivedBy;

    @Column(name = "rejected_at")
    private OffsetDateTime rejectedAt;

    @Column(name = "rejected_by", length = 64)
    private String rejectedBy;

    /** The code of a {@link RejectionReason} (kept as its code: the catalogue's list changes, the tube's record does not). */
    @Column(name = "reject_reason", length = 30)
    private String rejectReason;

    @OneToMany(mappedBy = "specimen", cascade = CascadeType.PERSIST)
    @OrderBy("at, id")
    private List<SpecimenEvent> history = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** A clock a little ahead of the server's (a ward PC, a handheld) is not an error; a collection tomorrow is. */
    private static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

    protected Specimen() {
        // for JPA
    }

    Specimen(LabOrder order, SpecimenType type, AccessionNumber accession, String user, OffsetDateTime now) {
        this.order = order;
        this.type = type;
        this.accession = accession.value();
        history.add(new SpecimenEvent(this, SpecimenEvent.Kind.LABELLED, now, user, null));
    }

    /**
     * The specimen was taken from the animal, at {@code collectedAt} (by default now), before it reaches the lab.
     * Recorded once; the time cannot be in the future.
     */
    void collect(OffsetDateTime collectedAt, String user, OffsetDateTime now) {
        if (status != SpecimenStatus.EXPECTED) {
            throw new ConflictException("specimen " + accession + " is " + status + ": collection is recorded before it reaches the lab");
        }
        if (this.collectedAt != null) {
            throw new ConflictException("specimen " + accession + " was already recorded as collected at " + this.collectedAt
                    + " by " + collectedBy);
        }
        OffsetDateTime at = collectedAt == null ? now : collectedAt;
        if (at.isAfter(now.plus(CLOCK_TOLERANCE))) {
            throw InvalidInputException.of("collectedAt", "is in the future (" + at + ")");
        }
        this.collectedAt = at;
        this.collectedBy = user;
        history.add(new SpecimenEvent(this, SpecimenEvent.Kind.COLLECTED, at, user, null));
    }

    /** The specimen arrived at the lab. A rejected specimen cannot be received: a new one must be collected. */
    void receive(String user, OffsetDateTime now) {
        if (status != SpecimenStatus.EXPECTED) {
            throw new ConflictException("specimen " + accession + " is " + status + ", it cannot be received"
                    + (status == SpecimenStatus.REJECTED ? " (rejected: " + rejectReason + "; collect a new one)" : ""));
        }
        status = SpecimenStatus.RECEIVED;
        receivedAt = now;
        receivedBy = user;
        history.add(new SpecimenEvent(this, SpecimenEvent.Kind.RECEIVED, now, user, null));
    }

    /** The specimen cannot be used, for a coded reason; also after it was received (found at the bench). */
    void reject(RejectionReason reason, String user, OffsetDateTime now) {
        if (status == SpecimenStatus.REJECTED) {
            throw new ConflictException("specimen " + accession + " is already rejected (" + rejectReason + ")");
        }
        status = SpecimenStatus.REJECTED;
        rejectReason = reason.code();
        rejectedAt = now;
        rejectedBy = user;
        history.add(new SpecimenEvent(this, SpecimenEvent.Kind.REJECTED, now, user, reason.code()));
    }

    public LabOrder order() {
        return order;
    }

    public String rejectReason() {
        return rejectReason;
    }

    /**
     * Every step so far, by when it happened (a collection is often older than the label); steps at the same moment
     * in the order they were recorded. Sorted here, as a cached specimen keeps its steps in the order they were added.
     */
    public List<SpecimenEvent> history() {
        return history.stream().sorted(Comparator.comparing(SpecimenEvent::at)).toList();
    }

    public OffsetDateTime collectedAt() {
        return collectedAt;
    }

    public String collectedBy() {
        return collectedBy;
    }

    public OffsetDateTime rejectedAt() {
        return rejectedAt;
    }

    public OffsetDateTime receivedAt() {
        return receivedAt;
    }

    public String receivedBy() {
        return receivedBy;
    }

    public Long id() {
        return id;
    }

    public AccessionNumber accession() {
        return AccessionNumber.of(accession);
    }

    /** Whether this is the specimen with barcode {@code number} (compared as stored, without parsing again). */
    public boolean has(AccessionNumber number) {
        return accession.equals(number.value());
    }

    public SpecimenType type() {
        return type;
    }

    public SpecimenStatus status() {
        return status;
    }

    public boolean isReceived() {
        return status == SpecimenStatus.RECEIVED;
    }
}
