package org.vetlis.lab.domain.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class ReportedAnimalTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 24, 12, 0, 0, 0, ZoneOffset.UTC);
    private final Species dog = new Species("DOG", "Dog", "Canis lupus familiaris", 10);
    private final Species other = new Species("OTHER", "Other", "Animalia", 130);

    @Test
    void whatAnAnalyzerCallsTheSpeciesAgreesWithThePatientWhateverWordItUses() {
        Patient rex = patient(dog, dog.addBreed("Labrador Retriever"));

        for (String named : new String[] {"DOG", "Dog", "canine", "Canis lupus familiaris", " K9 "}) {
            assertThat(new ReportedAnimal(named, "").disagreementWith(rex)).as(named).isEmpty();
        }
        assertThat(new ReportedAnimal("Canine", "Labrador").disagreementWith(rex)).as("one breed name inside the other").isEmpty();
    }

    @Test
    void anotherSpeciesOrBreedIsADisagreementNamedForTheLab() {
        Patient rex = patient(dog, dog.addBreed("Labrador Retriever"));

        assertThat(new ReportedAnimal("Feline", "").disagreementWith(rex)).hasValue("species 'Feline' (the patient is a dog)");
        assertThat(new ReportedAnimal("", "Siamese").disagreementWith(rex)).hasValue("breed 'Siamese' (the patient is a Labrador Retriever)");
        assertThat(new ReportedAnimal("CAT", "Siamese").disagreementWith(rex)).get().asString().contains("species 'CAT'", " and breed 'Siamese'");
    }

    @Test
    void nothingStatedOrNothingToCompareWithIsNoDisagreement() {
        assertThat(ReportedAnimal.UNSTATED.stated()).isFalse();
        assertThat(ReportedAnimal.UNSTATED.disagreementWith(patient(dog, null))).isEmpty();
        assertThat(new ReportedAnimal("", "Poodle").disagreementWith(patient(dog, null))).as("the patient has no breed").isEmpty();
        assertThat(new ReportedAnimal("Axolotl", "").disagreementWith(patient(other, null))).as("OTHER may be anything").isEmpty();
    }

    private static Patient patient(Species species, Breed breed) {
        Owner owner = new Owner(new OwnerDetails("Hale", "Ann", null, null, null, null, null, null, null), NOW);
        return new Patient(owner, new PatientDetails("Rex", species.code(), null, null, Sex.MALE, NeuterStatus.NEUTERED, null, false,
                null, null, null, null, null, null, true, null), species, breed, NOW);
    }
}
