package org.vetlis.lab.domain.catalogue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.vetlis.lab.domain.shared.Violations;

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

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Panel() {
        // for JPA
    }

    /** A new panel of {@code tests} (at least one; shown in the tests' report order). */
    public Panel(String code, String name, List<LabTest> tests, boolean active, int sortOrder) {
        Violations violations = new Violations();
        violations.require(code != null && code.matches("[A-Z0-9_]{1,20}"), "code", "1 to 20 capital letters, digits or '_'");
        check(violations, name, tests);
        violations.throwIfAny();
        this.code = code;
        this.sortOrder = sortOrder;
        apply(name, tests, active);
    }

    /** New name, tests or active flag; orders already placed keep the tests they were placed with. */
    public void revise(String name, List<LabTest> tests, boolean active, int sortOrder) {
        Violations violations = new Violations();
        check(violations, name, tests);
        violations.throwIfAny();
        this.sortOrder = sortOrder;
        apply(name, tests, active);
    }

    private static void check(Violations violations, String name, List<LabTest> tests) {
        violations.required(name, "name", 100);
        violations.require(!tests.isEmpty(), "tests", "a panel needs at least one test");
    }

    private void apply(String name, List<LabTest> tests, boolean active) {
        this.name = name.strip();
        this.tests = new ArrayList<>(tests.stream().distinct().sorted(Comparator.comparingInt(LabTest::sortOrder)).toList());
        this.active = active;
    }

    /** The panel for the audit trail. */
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("code", code);
        s.put("name", name);
        s.put("tests", tests.stream().map(LabTest::code).toList());
        s.put("active", active);
        s.put("sortOrder", sortOrder);
        return s;
    }

    public long version() {
        return version;
    }

    public int sortOrder() {
        return sortOrder;
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
