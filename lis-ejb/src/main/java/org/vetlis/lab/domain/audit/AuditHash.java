package org.vetlis.lab.domain.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of an audit event: its chain position, the previous event's hash and every field of its content.
 * Each field is written with its length first, so no two different events can produce the same input.
 */
final class AuditHash {

    private AuditHash() {
    }

    static String of(AuditEvent e) {
        StringBuilder content = new StringBuilder();
        field(content, String.valueOf(e.chainSeq()));
        field(content, e.previousHash());
        field(content, e.occurredAt().toInstant().toString());
        field(content, e.actor());
        field(content, e.action());
        field(content, e.entityType());
        field(content, e.entityId());
        field(content, e.beforeState());
        field(content, e.afterState());
        field(content, e.detail());
        field(content, e.origin());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e1) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e1);
        }
    }

    private static void field(StringBuilder content, String value) {
        if (value == null) {
            content.append("-1:");
        } else {
            content.append(value.length()).append(':').append(value);
        }
    }
}
