package org.vetlis.lab.domain.catalogue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** A panel (profile): a named set of tests ordered together, e.g. CBC or Chem-17. */
@Entity
@Table(name = "panel")
@NamedQuery(name = "Panel.all", query = "select p from Panel p order by p.sortOrder")
public class Panel {

    @Id
    @Column(name = "code", length = 20)
    private String code;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @ManyToMany
    @JoinTable(name = "panel_test", joinColumns = @JoinColumn(name = "panel_code"), inverseJoinColumns = @JoinColumn(name = "test_code"))
    @OrderBy("sortOrder")
    private List<LabTest> tests = new ArrayList<>();

    protected Panel() {
        // for JPA
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public boolean isActive() {
        return active;
    }

    /** The panel's tests in report order. */
    public List<LabTest> tests() {
        return Collections.unmodifiableList(tests);
    }
}
