package org.vetlis.lab.domain.catalogue;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.vetlis.lab.domain.interpretation.DeltaRule;
import org.vetlis.lab.domain.shared.Violations;

/**
 * One test of the catalogue, identified by its code (e.g. ALT): what it measures, in which unit, with how many
 * decimals, in which specimen type. Analyzers name tests in codes of their own; those are mapped to these codes.
 */
@Entity
@Table(name = "lab_test")
@NamedQuery(name = "LabTest.all", query = "select t from LabTest t join fetch t.specimenType order by t.sortOrder")
public class LabTest {

    @Id
    @Column(name = "code", length = 20)
    private String code;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "section", nullable = false, length = 20)
    private String section;

    @Column(name = "unit", length = 20)
    private String unit;

    @Enumerated(EnumType.STRING)
    @Column(name = "result_type", nullable = false, length = 10)
    private ResultType resultType;

    @Column(name = "decimals", nullable = false)
    private int decimals;

    @ManyToOne(optional = false)
    @JoinColumn(name = "specimen_type")
    private SpecimenType specimenType;

    @Column(name = "method", length = 100)
    private String method;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    /** The delta check of the test, when the lab set one (absolute and/or percent change within a window of days). */
    @Column(name = "delta_absolute", precision = 18, scale = 6)
    private BigDecimal deltaAbsolute;

    @Column(name = "delta_percent", precision = 6, scale = 2)
    private BigDecimal deltaPercent;

    @Column(name = "delta_window_days")
    private Integer deltaWindowDays;

    /** Units an analyzer may send instead of {@link #unit}, with their factors. Read only when a unit differs. */
    @ElementCollection
    @CollectionTable(name = "unit_conversion", joinColumns = @JoinColumn(name = "test_code"))
    private Set<UnitConversion> conversions = new HashSet<>();

    /** The species the test is valid for; empty: every species. */
    @ElementCollection
    @CollectionTable(name = "lab_test_species", joinColumns = @JoinColumn(name = "test_code"))
    @Column(name = "species_code", length = 20)
    private Set<String> validSpecies = new TreeSet<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected LabTest() {
        // for JPA
    }

    /** A new test of the catalogue; its code never changes (orders and analyzer mappings refer to it). */
    public LabTest(String code, TestDefinition definition) {
        Violations violations = new Violations();
        violations.require(code != null && code.matches("[A-Z0-9_]{1,20}"), "code", "1 to 20 capital letters, digits or '_'");
        definition.check(violations);
        violations.throwIfAny();
        this.code = code;
        apply(definition);
    }

    /**
     * Changes what the test is. Results already stored keep their values; a changed number of decimals shows
     * them with the new one (see TestRun#value).
     */
    public void revise(TestDefinition definition) {
        Violations violations = new Violations();
        definition.check(violations);
        violations.throwIfAny();
        apply(definition);
    }

    private void apply(TestDefinition d) {
        name = d.name().strip();
        section = d.section().strip().toUpperCase(Locale.ROOT);
        unit = d.unit();
        resultType = d.resultType();
        decimals = d.decimals();
        specimenType = d.specimenType();
        method = d.method();
        active = d.active();
        sortOrder = d.sortOrder();
    }

    /** The test's delta check, if the lab set one. */
    public Optional<DeltaRule> deltaRule() {
        return deltaWindowDays == null || deltaAbsolute == null && deltaPercent == null ? Optional.empty()
                : Optional.of(new DeltaRule(deltaAbsolute, deltaPercent, deltaWindowDays));
    }

    /**
     * A value sent in {@code sentUnit}, in the test's unit: the same value when the units are the same, a converted
     * one when the lab knows the conversion, empty when it does not (the value must not be read as if it were).
     */
    public Optional<BigDecimal> inOwnUnit(BigDecimal value, String sentUnit) {
        if (UnitName.same(sentUnit, unit)) {
            return Optional.of(value);
        }
        return conversions.stream().filter(c -> c.from(sentUnit)).findFirst().map(c -> c.convert(value));
    }

    /** Sets the test's delta check, or removes it (empty): results read from now on are checked with it. */
    public void checkDeltas(Optional<DeltaRule> rule) {
        deltaAbsolute = rule.map(DeltaRule::absolute).orElse(null);
        deltaPercent = rule.map(DeltaRule::percent).orElse(null);
        deltaWindowDays = rule.map(DeltaRule::windowDays).orElse(null);
    }

    /** Whether the test is valid for an animal of this species (a test that names no species is valid for all). */
    public boolean isValidFor(String speciesCode) {
        return validSpecies.isEmpty() || validSpecies.contains(speciesCode);
    }

    /** The species the test is valid for, by code; empty when it is valid for every species. */
    public Set<String> validSpecies() {
        return Collections.unmodifiableSet(validSpecies);
    }

    /** The test's definition for the audit trail. */
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("code", code);
        s.put("name", name);
        s.put("section", section);
        s.put("unit", unit);
        s.put("resultType", resultType);
        s.put("decimals", decimals);
        s.put("specimenType", specimenType.code());
        s.put("method", method);
        s.put("active", active);
        s.put("sortOrder", sortOrder);
        s.put("deltaCheck", deltaRule().map(DeltaRule::describe).orElse(null));
        return s;
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

    /** The lab section: HAEMATOLOGY, CHEMISTRY, ENDOCRINE, URINALYSIS… */
    public String section() {
        return section;
    }

    public String unit() {
        return unit;
    }

    public ResultType resultType() {
        return resultType;
    }

    public int decimals() {
        return decimals;
    }

    public SpecimenType specimenType() {
        return specimenType;
    }

    public String method() {
        return method;
    }

    public boolean isActive() {
        return active;
    }

    /** Position in reports and worklists. */
    public int sortOrder() {
        return sortOrder;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LabTest other && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}
