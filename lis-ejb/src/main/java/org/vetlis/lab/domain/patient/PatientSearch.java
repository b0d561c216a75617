package org.vetlis.lab.domain.patient;

import java.util.Set;

/**
 * What to look for among patients; every given field must match, null fields are ignored.
 *
 * @param name      start of the animal's name, any case
 * @param ownerId   the owner
 * @param ownerName start of the owner's last name, any case
 * @param phone     digits of the owner's phone number (matched ignoring spaces and signs)
 * @param microchip the whole microchip number (normalised before matching)
 * @param species   a species code
 * @param inactive  whether inactive and deceased animals are included
 */
public record PatientSearch(String name, Long ownerId, String ownerName, String phone, String microchip,
                            String species, boolean inactive) {

    /** Sort keys a patient search understands. */
    public static final Set<String> SORTS = Set.of("name", "species", "updated", "id");
}
