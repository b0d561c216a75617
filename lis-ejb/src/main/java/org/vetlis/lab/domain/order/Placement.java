package org.vetlis.lab.domain.order;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Who placed an order and how they name it: the account that placed it, the clinic and veterinarian asking, the
 * practice's own order number and the client's idempotency key (an order is placed once per number or key and
 * account). Set when the order is placed, never changed.
 */
@Embeddable
public class Placement {

    @Column(name = "placer", nullable = false, updatable = false, length = 64)
    private String placer;

    @Column(name = "clinic", length = 200)
    private String clinic;

    @Column(name = "veterinarian", length = 200)
    private String veterinarian;

    @Column(name = "placer_order_id", updatable = false, length = 64)
    private String placerOrderId;

    @Column(name = "idempotency_key", updatable = false, length = 100)
    private String idempotencyKey;

    protected Placement() {
        // for JPA
    }

    Placement(String placer, OrderRequest request) {
        this.placer = Objects.requireNonNull(placer, "placer");
        this.clinic = request.clinic();
        this.veterinarian = request.veterinarian();
        this.placerOrderId = request.placerOrderId();
        this.idempotencyKey = request.idempotencyKey();
    }

    public String placer() {
        return placer;
    }

    public String clinic() {
        return clinic;
    }

    public String veterinarian() {
        return veterinarian;
    }

    public String placerOrderId() {
        return placerOrderId;
    }
}
