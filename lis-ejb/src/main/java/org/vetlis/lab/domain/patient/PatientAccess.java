package org.vetlis.lab.domain.patient;

import java.util.Objects;

/**
 * Which animals someone may see in full, photos included. The lab's staff see every animal; a practice system (an
 * integration account and nothing else) sees the animals it registered or ordered for, not another practice's.
 *
 * @param username  who asks
 * @param wholeLab  whether they work in the lab (any role but integration)
 */
public record PatientAccess(String username, boolean wholeLab) {

    public PatientAccess {
        Objects.requireNonNull(username, "username");
    }

    public static PatientAccess staff(String username) {
        return new PatientAccess(username, true);
    }
}
