package org.vetlis.lab.domain.order;

import java.time.OffsetDateTime;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.vetlis.lab.domain.catalogue.SpecimenType;
import org.vetlis.lab.domain.shared.ConflictException;

/** One tube or container of an order, identified by its accession barcode; one per specimen type per order. */
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

    @Column(name = "accession", nullable = false, updatable = false, length = 10)
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

    @Enumerated(EnumType.STRING)
    @Column(name = "reject_reason", length = 30)
    private RejectionReason rejectReason;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Specimen() {
        // for JPA
    }

    Specimen(LabOrder order, SpecimenType type, AccessionNumber accession) {
        this.order = order;
        this.type = type;
        this.accession = accession.value();
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
    }

    /** The specimen cannot be used, for a coded reason; also after it was received (found at the bench). */
    void reject(RejectionReason reason, String user, OffsetDateTime now) {
        if (status == SpecimenStatus.REJECTED) {
            throw new ConflictException("specimen " + accession + " is already rejected (" + rejectReason + ")");
        }
        status = SpecimenStatus.REJECTED;
        rejectReason = reason;
        rejectedAt = now;
        rejectedBy = user;
    }

    public LabOrder order() {
        return order;
    }

    public RejectionReason rejectReason() {
        return rejectReason;
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
        return AccessionNumber.parse(accession);
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
