package org.vetlis.lab.application;

import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.vetlis.lab.domain.patient.Owner;
import org.vetlis.lab.domain.patient.OwnerDetails;
import org.vetlis.lab.domain.patient.Patient;
import org.vetlis.lab.domain.patient.PatientDetails;
import org.vetlis.lab.domain.patient.PatientSearch;
import org.vetlis.lab.domain.patient.Species;
import org.vetlis.lab.domain.shared.Page;
import org.vetlis.lab.domain.shared.PageRequest;

/**
 * Reception's register of owners and their animals. Every change is audited with the state before and after,
 * in the same transaction; a change based on an old version is refused ({@code StaleVersionException}).
 */
public interface PatientRegistry {

    Owner registerOwner(@NotNull OwnerDetails details, @NotNull Actor actor);

    Owner updateOwner(long ownerId, long expectedVersion, @NotNull OwnerDetails details, @NotNull Actor actor);

    Owner owner(long ownerId);

    Page<Owner> findOwners(String name, String phone, @NotNull PageRequest page);

    Patient registerPatient(long ownerId, @NotNull PatientDetails details, @NotNull Actor actor);

    Patient updatePatient(long patientId, long expectedVersion, long ownerId, @NotNull PatientDetails details, @NotNull Actor actor);

    Patient patient(long patientId);

    Page<Patient> findPatients(@NotNull PatientSearch search, @NotNull PageRequest page);

    /** The species catalogue with its breeds. */
    List<Species> species();
}
