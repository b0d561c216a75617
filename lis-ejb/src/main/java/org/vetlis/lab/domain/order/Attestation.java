package org.vetlis.lab.domain.order;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.vetlis.lab.domain.shared.ConflictException;

/**
 * Who vouches for a result: where it came from (typed in or an analyzer), who entered it and when, and who verified
 * it and when (a person, or an explicit rule by name and version; never an analyzer).
 */
@Embeddable
public class Attestation {

    private static final String MANUAL = "MANUAL";
    private static final String INSTRUMENT = "INSTRUMENT";

    @Column(name = "source", length = 12)
    private String source;

    @Column(name = "entered_by", length = 64)
    private String enteredBy;

    @Column(name = "entered_at")
    private OffsetDateTime enteredAt;

    @Column(name = "verified_by", length = 64)
    private String verifiedBy;

    @Column(name = "verified_at")
    private OffsetDateTime verifiedAt;

    protected Attestation() {
        // for JPA
    }

    private Attestation(String source, String enteredBy, OffsetDateTime enteredAt) {
        this.source = source;
        this.enteredBy = enteredBy;
        this.enteredAt = enteredAt;
    }

    /** A result typed in (or amended) by {@code user}. */
    static Attestation typedIn(String user, OffsetDateTime now) {
        return new Attestation(MANUAL, user, now);
    }

    /** A result an analyzer sent. */
    static Attestation sentBy(String instrumentCode, OffsetDateTime now) {
        return new Attestation(INSTRUMENT, instrumentCode, now);
    }

    /** Verified by {@code verifier}; with four eyes, not by whoever entered it. */
    Attestation verifiedBy(String verifier, boolean fourEyes, OffsetDateTime now) {
        if (fourEyes && verifier.equals(enteredBy)) {
            throw new ConflictException("four eyes: " + verifier + " entered this result and cannot also verify it");
        }
        Attestation verified = new Attestation(source, enteredBy, enteredAt);
        verified.verifiedBy = verifier;
        verified.verifiedAt = now;
        return verified;
    }

    boolean isFromAnalyzer() {
        return INSTRUMENT.equals(source);
    }

    String enteredBy() {
        return enteredBy;
    }

    OffsetDateTime enteredAt() {
        return enteredAt;
    }

    String verifiedBy() {
        return verifiedBy;
    }

    OffsetDateTime verifiedAt() {
        return verifiedAt;
    }
}
