package org.vetlis.lab.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The end of the audit hash chain: the last sequence number and hash. One row; appenders lock it. */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {

    public static final int ID = 1;

    @Id
    private Integer id;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected AuditChainHead() {
        // for JPA
    }

    /** Links {@code event} to the chain's end and makes it the new end. */
    public void append(AuditEvent event) {
        event.seal(lastSeq + 1, lastHash);
        lastSeq = event.chainSeq();
        lastHash = event.eventHash();
    }

    public long lastSeq() {
        return lastSeq;
    }

    public String lastHash() {
        return lastHash;
    }
}
