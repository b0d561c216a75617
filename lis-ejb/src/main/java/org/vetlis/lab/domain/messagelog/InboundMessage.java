package org.vetlis.lab.domain.messagelog;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A complete message as an analyzer delivered it, kept byte for byte before anything interprets it,
 * so that every result can be traced back to what the instrument actually sent.
 */
@Entity
@Table(name = "inbound_message")
@NamedQuery(name = "InboundMessage.latest", query = "select m from InboundMessage m order by m.id desc")
public class InboundMessage {

    @Id
    @SequenceGenerator(name = "inbound_message_id", sequenceName = "inbound_message_seq", allocationSize = 500)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inbound_message_id")
    private Long id;

    @Column(name = "received_at", nullable = false, updatable = false)
    private OffsetDateTime receivedAt;

    @Column(name = "listener", nullable = false, updatable = false, length = 64)
    private String listener;

    @Column(name = "protocol", nullable = false, updatable = false, length = 16)
    private String protocol;

    @Column(name = "peer_address", nullable = false, updatable = false, length = 128)
    private String peerAddress;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "payload", nullable = false, updatable = false)
    private byte[] payload;

    @Column(name = "payload_size", nullable = false, updatable = false)
    private int payloadSize;

    @Column(name = "payload_sha256", nullable = false, updatable = false, length = 64)
    private String payloadSha256;

    @Column(name = "control_id", updatable = false, length = 64)
    private String controlId;

    @Column(name = "instrument_code", length = 20)
    private String instrumentCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 12)
    private MessageKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 12)
    private MessageOutcome outcome;

    @Column(name = "outcome_detail", length = 2000)
    private String outcomeDetail;

    @Column(name = "specimen_ids", length = 400)
    private String specimenIds;

    @Column(name = "processed_at")
    private OffsetDateTime processedAt;

    protected InboundMessage() {
        // for JPA
    }

    /** @param controlId the sender's identifier of the message (HL7 MSH-10), or null when it has none */
    public InboundMessage(String listener, String protocol, String peerAddress, OffsetDateTime receivedAt, byte[] payload,
                          String controlId) {
        this.listener = Objects.requireNonNull(listener, "listener");
        this.protocol = Objects.requireNonNull(protocol, "protocol");
        this.peerAddress = Objects.requireNonNull(peerAddress, "peerAddress");
        this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
        this.payload = Objects.requireNonNull(payload, "payload").clone();
        this.payloadSize = payload.length;
        this.payloadSha256 = sha256(payload);
        this.controlId = controlId == null || controlId.isBlank() ? null
                : controlId.length() <= 64 ? controlId : controlId.substring(0, 64);
    }

    /** The sender's identifier of the message (HL7 MSH-10), or null. */
    public String controlId() {
        return controlId;
    }

    /** What reading the message found and did; a quarantined message may be read again later. */
    public void processed(String instrument, MessageKind kind, MessageOutcome outcome, String detail, List<String> specimens,
                          OffsetDateTime at) {
        this.instrumentCode = instrument;
        this.kind = kind;
        this.outcome = outcome;
        this.outcomeDetail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 1997) + "…";
        String ids = String.join(" ", specimens);
        this.specimenIds = ids.length() <= 400 ? ids : ids.substring(0, 400);
        this.processedAt = at;
    }

    public MessageOutcome outcome() {
        return outcome;
    }

    public String outcomeDetail() {
        return outcomeDetail;
    }

    public MessageKind kind() {
        return kind;
    }

    public String instrumentCode() {
        return instrumentCode;
    }

    public String specimenIds() {
        return specimenIds;
    }

    public OffsetDateTime processedAt() {
        return processedAt;
    }

    public Long id() {
        return id;
    }

    public OffsetDateTime receivedAt() {
        return receivedAt;
    }

    public String listener() {
        return listener;
    }

    public String protocol() {
        return protocol;
    }

    public String peerAddress() {
        return peerAddress;
    }

    public byte[] payload() {
        return payload.clone();
    }

    public int payloadSize() {
        return payloadSize;
    }

    public String payloadSha256() {
        return payloadSha256;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
