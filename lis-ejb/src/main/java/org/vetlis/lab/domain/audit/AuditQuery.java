package org.vetlis.lab.domain.audit;

import java.time.OffsetDateTime;

/**
 * Which audit events to find; null fields are ignored.
 *
 * @param entityType e.g. "Patient"
 * @param entityId   the thing's id, with {@code entityType}
 * @param actor      who did it
 * @param from       from this moment (inclusive)
 * @param to         until this moment (exclusive)
 */
public record AuditQuery(String entityType, String entityId, String actor, OffsetDateTime from, OffsetDateTime to) {
}
