package org.vetlis.lab.domain.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A kind of specimen and the container it is collected in (EDTA blood, serum, urine…). */
@Entity
@Table(name = "specimen_type")
public class SpecimenType {

    @Id
    @Column(name = "code", length = 20)
    private String code;

    @Column(name = "name", nullable = false, length = 80)
    private String name;

    @Column(name = "container", nullable = false, length = 80)
    private String container;

    @Column(name = "cap_colour", length = 20)
    private String capColour;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected SpecimenType() {
        // for JPA
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String container() {
        return container;
    }

    public String capColour() {
        return capColour;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SpecimenType other && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}
