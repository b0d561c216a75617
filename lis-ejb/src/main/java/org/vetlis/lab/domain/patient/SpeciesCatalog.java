package org.vetlis.lab.domain.patient;

import java.util.List;
import java.util.Optional;

/** The species and breed catalogue. */
public interface SpeciesCatalog {

    List<Species> all();

    Optional<Species> species(String code);

    Optional<Breed> breed(long id);

    /** Stores a new species (a changed one, or its new breeds, are stored with the transaction). */
    void store(Species species);
}
