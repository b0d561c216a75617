package org.vetlis.lab.domain.patient;

import java.util.Optional;

import org.vetlis.lab.domain.shared.Page;
import org.vetlis.lab.domain.shared.PageRequest;

public interface PatientRepository {

    Optional<Patient> find(long id);

    Optional<Patient> findByMicrochip(String microchip);

    void store(Patient patient);

    Page<Patient> search(PatientSearch search, PageRequest page);
}
