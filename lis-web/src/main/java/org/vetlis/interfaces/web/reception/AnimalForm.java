package org.vetlis.interfaces.web.reception;

import java.io.Serializable;
import java.time.LocalDate;

import org.vetlis.lab.domain.patient.NeuterStatus;
import org.vetlis.lab.domain.patient.Sex;

/** What reception types about a new animal; kept as typed until it is registered. */
public class AnimalForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String species = "DOG";
    private String breed;
    private Sex sex = Sex.UNKNOWN;
    private NeuterStatus neuterStatus = NeuterStatus.UNKNOWN;
    private LocalDate dateOfBirth;
    private String microchip;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSpecies() {
        return species;
    }

    public void setSpecies(String species) {
        this.species = species;
    }

    public String getBreed() {
        return breed;
    }

    public void setBreed(String breed) {
        this.breed = breed;
    }

    public Sex getSex() {
        return sex;
    }

    public void setSex(Sex sex) {
        this.sex = sex;
    }

    public NeuterStatus getNeuterStatus() {
        return neuterStatus;
    }

    public void setNeuterStatus(NeuterStatus neuterStatus) {
        this.neuterStatus = neuterStatus;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public String getMicrochip() {
        return microchip;
    }

    public void setMicrochip(String microchip) {
        this.microchip = microchip;
    }
}
