package org.vetlis.lab.domain.audit;

/**
 * The outcome of walking the audit hash chain.
 *
 * @param intact  whether every event is where the chain says and unchanged
 * @param events  how many events were checked
 * @param brokenAt the chain position of the first event that does not fit, or null
 * @param reason  what did not fit, or null
 */
public record ChainVerification(boolean intact, long events, Long brokenAt, String reason) {
}
