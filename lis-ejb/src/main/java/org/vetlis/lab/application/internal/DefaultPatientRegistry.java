package org.vetlis.lab.application.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.vetlis.lab.application.Actor;
import org.vetlis.lab.application.PatientRegistry;
import org.vetlis.lab.domain.audit.AuditAction;
import org.vetlis.lab.domain.audit.AuditEvent;
import org.vetlis.lab.domain.audit.AuditJson;
import org.vetlis.lab.domain.audit.AuditTrail;
import org.vetlis.lab.domain.patient.Breed;
import org.vetlis.lab.domain.patient.Owner;
import org.vetlis.lab.domain.patient.OwnerDetails;
import org.vetlis.lab.domain.patient.OwnerRepository;
import org.vetlis.lab.domain.patient.Patient;
import org.vetlis.lab.domain.patient.PatientDetails;
import org.vetlis.lab.domain.patient.PatientRepository;
import org.vetlis.lab.domain.patient.PatientSearch;
import org.vetlis.lab.domain.patient.Species;
import org.vetlis.lab.domain.patient.SpeciesCatalog;
import org.vetlis.lab.domain.shared.InvalidInputException;
import org.vetlis.lab.domain.shared.NotFoundException;
import org.vetlis.lab.domain.shared.Page;
import org.vetlis.lab.domain.shared.PageRequest;
import org.vetlis.lab.domain.shared.StaleVersionException;

@Stateless
public class DefaultPatientRegistry implements PatientRegistry {

    @Inject
    private OwnerRepository owners;

    @Inject
    private PatientRepository patients;

    @Inject
    private SpeciesCatalog catalog;

    @Inject
    private AuditTrail audit;

    @Override
    public Owner registerOwner(OwnerDetails details, Actor actor) {
        OffsetDateTime now = now();
        Owner owner = new Owner(details, now);
        owners.store(owner);
        record(actor, AuditAction.OWNER_REGISTERED, "Owner", owner.id(), null, owner.snapshot(), now);
        return owner;
    }

    @Override
    public Owner updateOwner(long ownerId, long expectedVersion, OwnerDetails details, Actor actor) {
        OffsetDateTime now = now();
        Owner owner = owner(ownerId);
        StaleVersionException.check("Owner", ownerId, expectedVersion, owner.version());
        String before = AuditJson.of(owner.snapshot());
        owner.update(details, now);
        record(actor, AuditAction.OWNER_UPDATED, "Owner", ownerId, before, owner.snapshot(), now);
        return owner;
    }

    @Override
    public Owner owner(long ownerId) {
        return owners.find(ownerId).orElseThrow(() -> new NotFoundException("owner", ownerId));
    }

    @Override
    public Page<Owner> findOwners(String name, String phone, PageRequest page) {
        return owners.search(name, phone, page);
    }

    @Override
    public Patient registerPatient(long ownerId, PatientDetails details, Actor actor) {
        OffsetDateTime now = now();
        Owner owner = owners.find(ownerId).orElseThrow(() -> InvalidInputException.of("ownerId", "owner " + ownerId + " does not exist"));
        PatientDetails checked = details.checked(LocalDate.now(ZoneOffset.UTC));
        requireUniqueMicrochip(checked.microchip(), null);
        Species species = inUse(species(checked.speciesCode()), null);
        Patient patient = new Patient(owner, checked, species, breed(checked.breedId(), species), now);
        patient.registeredBy(actor.username());
        patients.store(patient);
        record(actor, AuditAction.PATIENT_REGISTERED, "Patient", patient.id(), null, patient.snapshot(), now);
        return patient;
    }

    @Override
    public Patient updatePatient(long patientId, long expectedVersion, long ownerId, PatientDetails details, Actor actor) {
        OffsetDateTime now = now();
        Patient patient = patient(patientId);
        StaleVersionException.check("Patient", patientId, expectedVersion, patient.version());
        Owner owner = owners.find(ownerId).orElseThrow(() -> InvalidInputException.of("ownerId", "owner " + ownerId + " does not exist"));
        PatientDetails checked = details.checked(LocalDate.now(ZoneOffset.UTC));
        requireUniqueMicrochip(checked.microchip(), patientId);
        Species species = inUse(species(checked.speciesCode()), patient.species());
        String before = AuditJson.of(patient.snapshot());
        patient.update(owner, checked, species, breed(checked.breedId(), species), now);
        record(actor, AuditAction.PATIENT_UPDATED, "Patient", patientId, before, patient.snapshot(), now);
        return patient;
    }

    @Override
    public Patient patient(long patientId) {
        return patients.find(patientId).orElseThrow(() -> new NotFoundException("patient", patientId));
    }

    @Override
    public Page<Patient> findPatients(PatientSearch search, PageRequest page) {
        return patients.search(search, page);
    }

    @Override
    public List<Species> species() {
        List<Species> all = catalog.all();
        all.forEach(s -> s.breeds().size()); // load the breeds while the persistence context is open
        return all;
    }

    private Species species(String code) {
        return catalog.species(code).orElseThrow(() -> InvalidInputException.of("species", "unknown species code '" + code + "'"));
    }

    /** A retired species is not given to a patient any more; one that already has it keeps it. */
    private static Species inUse(Species species, Species current) {
        if (!species.isActive() && !species.equals(current)) {
            throw InvalidInputException.of("species", species.name() + " is retired from the catalogue");
        }
        return species;
    }

    private Breed breed(Long breedId, Species species) {
        if (breedId == null) {
            return null;
        }
        Breed breed = catalog.breed(breedId).orElseThrow(() -> InvalidInputException.of("breedId", "unknown breed " + breedId));
        if (!breed.species().equals(species)) {
            throw InvalidInputException.of("breedId", breed.name() + " is not a breed of " + species.name());
        }
        return breed;
    }

    private void requireUniqueMicrochip(String microchip, Long patientId) {
        if (microchip == null) {
            return;
        }
        patients.findByMicrochip(microchip)
                .filter(other -> !other.id().equals(patientId))
                .ifPresent(other -> {
                    throw InvalidInputException.of("microchip", "microchip " + microchip + " already identifies patient " + other.id());
                });
    }


    private void record(Actor actor, AuditAction action, String type, Long id, String before, Object after, OffsetDateTime now) {
        audit.append(AuditEvent.of(actor.username(), action, now).on(type, id).change(before, AuditJson.of(after))
                .origin(actor.origin()).build());
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
