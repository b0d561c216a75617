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
 * Why a specimen cannot be used (haemolysed, clotted, too old…): coded, so rejections can be counted and fed back to
 * the clinics, and the lab's own list, as labs differ in what they reject for. A reason is retired, never deleted:
 * tubes rejected for it keep referring to it.
 */
@Entity
@Table(name = "rejection_reason")
@NamedQuery(name = "RejectionReason.all", query = "select r from RejectionReason r order by r.sortOrder, r.code")
public class RejectionReason {

    @Id
    @Column(name = "code", length = 30)
    private String code;

    @Column(name = "label", nullable = false, length = 100)
    private String label;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected RejectionReason() {
        // for JPA
    }

    public RejectionReason(String code, String label, int sortOrder) {
        Violations violations = new Violations();
        violations.require(code != null && code.matches("[A-Z][A-Z0-9_]{0,29}"), "code", "1 to 30 capital letters, digits or '_'");
        violations.required(label, "label", 100);
        violations.throwIfAny();
        this.code = code;
        this.label = label.strip();
        this.sortOrder = sortOrder;
    }

    public void revise(String label, boolean active, int sortOrder) {
        new Violations().required(label, "label", 100).throwIfAny();
        this.label = label.strip();
        this.active = active;
        this.sortOrder = sortOrder;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("code", code);
        s.put("label", label);
        s.put("active", active);
        s.put("sortOrder", sortOrder);
        return s;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
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
        return o instanceof RejectionReason other && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }
}
