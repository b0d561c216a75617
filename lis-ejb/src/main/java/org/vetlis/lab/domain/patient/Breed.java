package org.vetlis.lab.domain.patient;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A breed of the catalogue, belonging to one species. */
@Entity
@Table(name = "breed")
public class Breed {

    @Id
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "species_code")
    private Species species;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    protected Breed() {
        // for JPA
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
