package org.vetlis.lab.domain.patient;

import java.util.Optional;

import org.vetlis.lab.domain.shared.Page;
import org.vetlis.lab.domain.shared.PageRequest;

public interface OwnerRepository {

    Optional<Owner> find(long id);

    void store(Owner owner);

    /** Owners whose last name starts with {@code name} (any case) and whose phone contains {@code phone}'s digits. */
    Page<Owner> search(String name, String phone, PageRequest page);
}
