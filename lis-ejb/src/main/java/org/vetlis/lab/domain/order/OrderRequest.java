package org.vetlis.lab.domain.order;

import org.vetlis.lab.domain.shared.Violations;

/**
 * What a clinic or practice-management system asks for, besides the patient and the tests.
 *
 * @param clinic         the requesting clinic
 * @param veterinarian   the requesting veterinarian
 * @param placerOrderId  the integrator's own order number (an order is placed once per number and integrator)
 * @param idempotencyKey the client's key for this request (placing again with it returns the first order)
 */
public record OrderRequest(String clinic, String veterinarian, Urgency urgency, String comment, String placerOrderId,
                           String idempotencyKey) {

    public OrderRequest checked() {
        new Violations()
                .optional(clinic, "requestedBy.clinic", 200)
                .optional(veterinarian, "requestedBy.veterinarian", 200)
                .optional(comment, "comment", 2000)
                .optional(placerOrderId, "placerOrderId", 64)
                .optional(idempotencyKey, "Idempotency-Key", 100)
                .throwIfAny();
        return new OrderRequest(clinic, veterinarian, urgency == null ? Urgency.ROUTINE : urgency, comment, placerOrderId, idempotencyKey);
    }
}
