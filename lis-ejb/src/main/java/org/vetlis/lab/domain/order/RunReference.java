package org.vetlis.lab.domain.order;

/** Which order a test run belongs to, as an integrator names it: VetLIS's order id and the practice's own number. */
public record RunReference(long runId, long orderId, String placerOrderId, String testCode) {
}
