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

/** One step in a tube's life, kept for good: who did what, when (and why, for a rejection). */
@Entity
@Table(name = "specimen_event")
public class SpecimenEvent {

    /** What happened. */
    public enum Kind {
        LABELLED, COLLECTED, RECEIVED, REJECTED
    }

    @Id
    @SequenceGenerator(name = "specimen_event_id", sequenceName = "specimen_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "specimen_event_id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "specimen_id")
    private Specimen specimen;

    @Enumerated(EnumType.STRING)
    @Column(name = "event", nullable = false, updatable = false, length = 12)
    private Kind kind;

    @Column(name = "at", nullable = false, updatable = false)
    private OffsetDateTime at;

    @Column(name = "actor", nullable = false, updatable = false, length = 64)
    private String actor;

    /** The code of the rejection reason, for a rejection. */
    @Column(name = "reason", updatable = false, length = 30)
    private String reason;

    protected SpecimenEvent() {
        // for JPA
    }

    SpecimenEvent(Specimen specimen, Kind kind, OffsetDateTime at, String actor, String reason) {
        this.specimen = specimen;
        this.kind = kind;
        this.at = at;
        this.actor = actor;
        this.reason = reason;
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

    public String reason() {
        return reason;
    }
}
