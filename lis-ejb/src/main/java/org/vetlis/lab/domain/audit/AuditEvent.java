package org.vetlis.lab.domain.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One line of the audit trail: who did what, when, to which thing, with the state before and after.
 * Append-only: created once, never changed (no setters; PostgreSQL also refuses updates and deletes), and
 * linked into a hash chain when appended ({@link AuditChainHead}), so a later change shows.
 */
@Entity
@Table(name = "audit_event")
@NamedQuery(name = "AuditEvent.latest", query = "select a from AuditEvent a order by a.id desc")
@NamedQuery(name = "AuditEvent.byAction", query = "select a from AuditEvent a where a.action = :action order by a.id desc")
@NamedQuery(name = "AuditEvent.chainFrom", query = "select a from AuditEvent a where a.chainSeq > :after order by a.chainSeq")
public class AuditEvent {

    @Id
    @SequenceGenerator(name = "audit_event_id", sequenceName = "audit_event_seq", allocationSize = 500)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_id")
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private OffsetDateTime occurredAt;

    @Column(name = "actor", nullable = false, updatable = false, length = 64)
    private String actor;

    @Column(name = "action", nullable = false, updatable = false, length = 80)
    private String action;

    @Column(name = "entity_type", updatable = false, length = 80)
    private String entityType;

    @Column(name = "entity_id", updatable = false, length = 80)
    private String entityId;

    @Column(name = "before_state", updatable = false)
    private String beforeState;

    @Column(name = "after_state", updatable = false)
    private String afterState;

    @Column(name = "detail", updatable = false, length = 1000)
    private String detail;

    @Column(name = "origin", updatable = false, length = 128)
    private String origin;

    @Column(name = "chain_seq", updatable = false)
    private Long chainSeq;

    @Column(name = "previous_hash", updatable = false, length = 64)
    private String previousHash;

    @Column(name = "event_hash", updatable = false, length = 64)
    private String eventHash;

    protected AuditEvent() {
        // for JPA
    }

    private AuditEvent(Builder b) {
        // microseconds in UTC: what the database keeps, so the hash computed now matches the row read back later
        this.occurredAt = Objects.requireNonNull(b.occurredAt, "occurredAt").toInstant().truncatedTo(ChronoUnit.MICROS)
                .atOffset(ZoneOffset.UTC);
        this.actor = Objects.requireNonNull(b.actor, "actor");
        this.action = Objects.requireNonNull(b.action, "action");
        this.entityType = b.entityType;
        this.entityId = b.entityId;
        this.beforeState = b.before;
        this.afterState = b.after;
        this.detail = b.detail == null || b.detail.length() <= 1000 ? b.detail : b.detail.substring(0, 1000);
        this.origin = b.origin;
    }

    public static Builder of(String actor, AuditAction action, OffsetDateTime at) {
        return new Builder(actor, action.name(), at);
    }

    /** Places the event in the hash chain after the event whose hash is {@code previous}; done once. */
    void seal(long seq, String previous) {
        if (chainSeq != null) {
            throw new IllegalStateException("audit event already in the chain at " + chainSeq);
        }
        chainSeq = seq;
        previousHash = previous;
        eventHash = AuditHash.of(this);
    }

    /** True when the stored hash is the hash of the event's content and its link. */
    public boolean hashMatches() {
        return eventHash != null && eventHash.equals(AuditHash.of(this));
    }

    public Long id() {
        return id;
    }

    public Long chainSeq() {
        return chainSeq;
    }

    public String previousHash() {
        return previousHash;
    }

    public String eventHash() {
        return eventHash;
    }

    public OffsetDateTime occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String entityType() {
        return entityType;
    }

    public String entityId() {
        return entityId;
    }

    public String beforeState() {
        return beforeState;
    }

    public String afterState() {
        return afterState;
    }

    public String detail() {
        return detail;
    }

    public String origin() {
        return origin;
    }

    /** Collects the optional parts of an audit line. */
    public static final class Builder {
        private final String actor;
        private final String action;
        private final OffsetDateTime occurredAt;
        private String entityType;
        private String entityId;
        private String before;
        private String after;
        private String detail;
        private String origin;

        private Builder(String actor, String action, OffsetDateTime occurredAt) {
            this.actor = actor;
            this.action = action;
            this.occurredAt = occurredAt;
        }

        public Builder on(String type, Object id) {
            this.entityType = type;
            this.entityId = id == null ? null : String.valueOf(id);
            return this;
        }

        public Builder change(String beforeState, String afterState) {
            this.before = beforeState;
            this.after = afterState;
            return this;
        }

        public Builder detail(String text) {
            this.detail = text;
            return this;
        }

        public Builder origin(String where) {
            this.origin = where;
            return this;
        }

        public AuditEvent build() {
            return new AuditEvent(this);
        }
    }
}
