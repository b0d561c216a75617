package org.vetlis.lab.domain.patient;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** A species of the coded catalogue (seeded by migration V3); it drives reference ranges and report wording. */
@Entity
@Table(name = "species")
@NamedQuery(name = "Species.all", query = "select s from Species s order by s.sortOrder")
public class Species {

    @Id
    @Column(name = "code", length = 20)
    private String code;

    @Column(name = "name", nullable = false, length = 60)
    private String name;

    @Column(name = "latin_name", nullable = false, length = 120)
    private String latinName;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @OneToMany(mappedBy = "species")
    @OrderBy("name")
    private List<Breed> breeds = new ArrayList<>();

    protected Species() {
        // for JPA
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String latinName() {
        return latinName;
    }

    public List<Breed> breeds() {
        return Collections.unmodifiableList(breeds);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Species other && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}
