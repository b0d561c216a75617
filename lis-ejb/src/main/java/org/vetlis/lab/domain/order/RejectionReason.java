package org.vetlis.lab.domain.order;

/** Why a specimen cannot be used: coded, so rejections can be counted and fed back to the clinics. */
public enum RejectionReason {
    HAEMOLYSED,
    LIPAEMIC,
    ICTERIC,
    CLOTTED,
    WRONG_CONTAINER,
    INSUFFICIENT_VOLUME,
    WRONG_SPECIES_TUBE,
    UNLABELLED,
    LEAKED,
    TOO_OLD
}
