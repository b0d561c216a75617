package org.vetlis.lab.domain.patient;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.vetlis.lab.domain.shared.ConflictException;
import org.vetlis.lab.domain.shared.NotFoundException;
import org.vetlis.lab.domain.shared.Violations;

/**
 * A species of the coded catalogue (seeded by migration V3, administered since); it drives reference ranges and
 * report wording. Retired (inactive) rather than deleted: patients keep referring to it.
 */
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

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @OneToMany(mappedBy = "species", cascade = CascadeType.PERSIST)
    @OrderBy("name")
    private List<Breed> breeds = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Species() {
        // for JPA
    }

    /** A new species of the catalogue. */
    public Species(String code, String name, String latinName, int sortOrder) {
        Violations violations = new Violations();
        violations.require(code != null && code.matches("[A-Z][A-Z0-9_]{0,19}"), "code", "1 to 20 capital letters, digits or '_'");
        check(violations, name, latinName);
        violations.throwIfAny();
        this.code = code;
        this.name = name.strip();
        this.latinName = latinName.strip();
        this.sortOrder = sortOrder;
    }

    /** New names, order or active flag. */
    public void revise(String name, String latinName, boolean active, int sortOrder) {
        Violations violations = new Violations();
        check(violations, name, latinName);
        violations.throwIfAny();
        this.name = name.strip();
        this.latinName = latinName.strip();
        this.active = active;
        this.sortOrder = sortOrder;
    }

    /** A breed of this species; a name it already has (ignoring case) is refused. */
    public Breed addBreed(String breedName) {
        Violations violations = new Violations();
        violations.required(breedName, "name", 100);
        violations.throwIfAny();
        String cleaned = breedName.strip();
        if (breeds.stream().anyMatch(b -> b.name().equalsIgnoreCase(cleaned))) {
            throw new ConflictException(name + " already has the breed " + cleaned);
        }
        Breed breed = new Breed(this, cleaned);
        breeds.add(breed);
        return breed;
    }

    /** Renames one of this species' breeds, or retires it; another breed's name (ignoring case) is refused. */
    public Breed reviseBreed(long breedId, String breedName, boolean active) {
        Breed breed = breeds.stream().filter(b -> b.id() != null && b.id() == breedId).findFirst()
                .orElseThrow(() -> new NotFoundException("breed of " + name, breedId));
        new Violations().required(breedName, "name", 100).throwIfAny();
        String cleaned = breedName.strip();
        if (breeds.stream().anyMatch(b -> b != breed && b.name().equalsIgnoreCase(cleaned))) {
            throw new ConflictException(name + " already has the breed " + cleaned);
        }
        breed.revise(cleaned, active);
        return breed;
    }

    private static void check(Violations violations, String name, String latinName) {
        violations.required(name, "name", 60);
        violations.required(latinName, "latinName", 120);
    }

    /** The species for the audit trail. */
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("code", code);
        s.put("name", name);
        s.put("latinName", latinName);
        s.put("active", active);
        s.put("sortOrder", sortOrder);
        s.put("breeds", breeds.stream().map(b -> b.isActive() ? b.name() : b.name() + " (retired)").toList());
        return s;
    }

    public boolean isActive() {
        return active;
    }

    public int sortOrder() {
        return sortOrder;
    }

    public long version() {
        return version;
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
