package org.vetlis.lab.domain.patient;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A breed of the catalogue, belonging to one species. */
@Entity
@Table(name = "breed")
public class Breed {

    @Id
    @SequenceGenerator(name = "breed_id", sequenceName = "breed_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "breed_id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "species_code")
    private Species species;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    protected Breed() {
        // for JPA
    }

    Breed(Species species, String name) {
        this.species = species;
        this.name = name;
    }

    void revise(String name, boolean active) {
        this.name = name;
        this.active = active;
    }

    public boolean isActive() {
        return active;
    }

    public Long id() {
        return id;
    }

    public Species species() {
        return species;
    }

    public String name() {
        return name;
    }
}
