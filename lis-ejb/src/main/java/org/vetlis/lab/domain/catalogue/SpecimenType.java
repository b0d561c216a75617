package org.vetlis.lab.domain.catalogue;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.vetlis.lab.domain.shared.Violations;

/**
 * A kind of specimen and the container it is collected in (EDTA blood, serum, urine…). Its code never changes (tests
 * and tubes refer to it); a type the lab stops using is retired: no new test takes it, existing ones keep it.
 */
@Entity
@Table(name = "specimen_type")
@NamedQuery(name = "SpecimenType.all", query = "select t from SpecimenType t order by t.sortOrder, t.code")
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

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected SpecimenType() {
        // for JPA
    }

    public SpecimenType(String code, String name, String container, String capColour, int sortOrder) {
        Violations violations = new Violations();
        violations.require(code != null && code.matches("[A-Z][A-Z0-9_]{0,19}"), "code", "1 to 20 capital letters, digits or '_'");
        check(violations, name, container, capColour);
        violations.throwIfAny();
        this.code = code;
        apply(name, container, capColour, true, sortOrder);
    }

    public void revise(String name, String container, String capColour, boolean active, int sortOrder) {
        Violations violations = new Violations();
        check(violations, name, container, capColour);
        violations.throwIfAny();
        apply(name, container, capColour, active, sortOrder);
    }

    private void apply(String name, String container, String capColour, boolean active, int sortOrder) {
        this.name = name.strip();
        this.container = container.strip();
        this.capColour = capColour == null || capColour.isBlank() ? null : capColour.strip();
        this.active = active;
        this.sortOrder = sortOrder;
    }

    private static void check(Violations violations, String name, String container, String capColour) {
        violations.required(name, "name", 80);
        violations.required(container, "container", 80);
        violations.optional(capColour, "capColour", 20);
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("code", code);
        s.put("name", name);
        s.put("container", container);
        s.put("capColour", capColour);
        s.put("active", active);
        s.put("sortOrder", sortOrder);
        return s;
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

    public boolean isActive() {
        return active;
    }

    public int sortOrder() {
        return sortOrder;
    }

    public long version() {
        return version;
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
