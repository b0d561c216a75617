package org.vetlis.lab.domain.interpretation;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.vetlis.lab.domain.patient.NeuterStatus;
import org.vetlis.lab.domain.patient.Sex;
import org.vetlis.lab.domain.shared.Violations;

/**
 * What is expected of a test in healthy animals of one species, optionally narrowed to a sex, a neuter status, an
 * age band (in days, so that a kitten or a foal has its own) or an instrument, in one unit; with critical limits
 * beyond which someone must be called, and the source the lab took it from. Which range applies to a result is
 * {@link RangeChoice}'s rule.
 */
@Entity
@Table(name = "reference_range")
@NamedQuery(name = "ReferenceRange.forSpecies", query = "select r from ReferenceRange r where r.speciesCode = :species"
        + " and r.active = true order by r.id")
public class ReferenceRange {

    @Id
    @SequenceGenerator(name = "reference_range_id", sequenceName = "reference_range_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reference_range_id")
    private Long id;

    @Column(name = "test_code", nullable = false, length = 20)
    private String testCode;

    @Column(name = "species_code", nullable = false, length = 20)
    private String speciesCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "sex", length = 10)
    private Sex sex;

    @Enumerated(EnumType.STRING)
    @Column(name = "neuter_status", length = 10)
    private NeuterStatus neuterStatus;

    /** Age band in days, from (inclusive) to (exclusive); either end may be open. */
    @Column(name = "age_from_days")
    private Integer ageFromDays;

    @Column(name = "age_to_days")
    private Integer ageToDays;

    @Column(name = "instrument_code", length = 20)
    private String instrumentCode;

    @Column(name = "unit", nullable = false, length = 20)
    private String unit;

    @Column(name = "low", precision = 18, scale = 6)
    private BigDecimal low;

    @Column(name = "high", precision = 18, scale = 6)
    private BigDecimal high;

    @Column(name = "critical_low", precision = 18, scale = 6)
    private BigDecimal criticalLow;

    @Column(name = "critical_high", precision = 18, scale = 6)
    private BigDecimal criticalHigh;

    @Column(name = "source", nullable = false, length = 300)
    private String source;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ReferenceRange() {
        // for JPA
    }

    /** A range as the lab defines it; the narrowing criteria are null where the range does not narrow. */
    public ReferenceRange(String testCode, String speciesCode, Sex sex, NeuterStatus neuterStatus, Integer ageFromDays, Integer ageToDays,
                          String instrumentCode, String unit, BigDecimal low, BigDecimal high, BigDecimal criticalLow,
                          BigDecimal criticalHigh, String source) {
        this.testCode = testCode;
        this.speciesCode = speciesCode;
        this.sex = sex;
        this.neuterStatus = neuterStatus;
        this.ageFromDays = ageFromDays;
        this.ageToDays = ageToDays;
        this.instrumentCode = instrumentCode;
        this.unit = unit;
        this.low = low;
        this.high = high;
        this.criticalLow = criticalLow;
        this.criticalHigh = criticalHigh;
        this.source = source;
    }

    /** A range the lab defines, checked. */
    public static ReferenceRange define(RangeDefinition d) {
        Violations violations = new Violations();
        d.check(violations);
        violations.throwIfAny();
        ReferenceRange range = new ReferenceRange(d.testCode(), d.speciesCode(), d.sex(), d.neuterStatus(), d.ageFromDays(), d.ageToDays(),
                d.instrumentCode(), d.unit(), d.low(), d.high(), d.criticalLow(), d.criticalHigh(), d.source());
        range.active = d.active();
        return range;
    }

    /**
     * Changes the range, or retires it ({@code active} false). Results already read keep the range's text as it read
     * then; only results read from now on see the change.
     */
    public void revise(RangeDefinition d) {
        Violations violations = new Violations();
        d.check(violations);
        violations.throwIfAny();
        testCode = d.testCode();
        speciesCode = d.speciesCode();
        sex = d.sex();
        neuterStatus = d.neuterStatus();
        ageFromDays = d.ageFromDays();
        ageToDays = d.ageToDays();
        instrumentCode = d.instrumentCode();
        unit = d.unit();
        low = d.low();
        high = d.high();
        criticalLow = d.criticalLow();
        criticalHigh = d.criticalHigh();
        source = d.source();
        active = d.active();
    }

    /** The range for the audit trail. */
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("test", testCode);
        s.put("species", speciesCode);
        s.put("sex", sex);
        s.put("neuterStatus", neuterStatus);
        s.put("ageFromDays", ageFromDays);
        s.put("ageToDays", ageToDays);
        s.put("instrument", instrumentCode);
        s.put("range", describe());
        s.put("criticalLow", criticalLow);
        s.put("criticalHigh", criticalHigh);
        s.put("source", source);
        s.put("active", active);
        return s;
    }

    public long version() {
        return version;
    }

    /** Whether it narrows to an age band at all. */
    public boolean hasAgeBand() {
        return ageFromDays != null || ageToDays != null;
    }

    /** The width of its age band in days; unbounded when either end is open. */
    long ageBandWidth() {
        return ageFromDays == null || ageToDays == null ? Long.MAX_VALUE : (long) ageToDays - ageFromDays;
    }

    /** As a report prints it, e.g. "3.72–7.49 mmol/L", "< 10 U/L". */
    public String describe() {
        String lowText = low == null ? null : low.stripTrailingZeros().toPlainString();
        String highText = high == null ? null : high.stripTrailingZeros().toPlainString();
        String span = lowText != null && highText != null ? lowText + "–" + highText
                : highText != null ? "≤ " + highText : lowText != null ? "≥ " + lowText : "";
        return (span + " " + unit).strip();
    }

    public Long id() {
        return id;
    }

    public String testCode() {
        return testCode;
    }

    public String speciesCode() {
        return speciesCode;
    }

    public Sex sex() {
        return sex;
    }

    public NeuterStatus neuterStatus() {
        return neuterStatus;
    }

    public Integer ageFromDays() {
        return ageFromDays;
    }

    public Integer ageToDays() {
        return ageToDays;
    }

    public String instrumentCode() {
        return instrumentCode;
    }

    public String unit() {
        return unit;
    }

    public BigDecimal low() {
        return low;
    }

    public BigDecimal high() {
        return high;
    }

    public BigDecimal criticalLow() {
        return criticalLow;
    }

    public BigDecimal criticalHigh() {
        return criticalHigh;
    }

    public String source() {
        return source;
    }

    public boolean isActive() {
        return active;
    }
}
