package org.vetlis.lab.domain.catalogue;

import java.math.BigDecimal;
import java.math.RoundingMode;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A unit an analyzer may send for a test, and the factor that brings its values into the test's own unit. */
@Embeddable
public class UnitConversion {

    @Column(name = "from_unit", nullable = false, length = 20)
    private String fromUnit;

    @Column(name = "factor", nullable = false, precision = 18, scale = 9)
    private BigDecimal factor;

    protected UnitConversion() {
        // for JPA
    }

    public UnitConversion(String fromUnit, BigDecimal factor) {
        this.fromUnit = fromUnit;
        this.factor = factor;
    }

    public boolean from(String unit) {
        return UnitName.same(fromUnit, unit);
    }

    /** The value in the test's unit, to six decimals (what a result keeps; it is reported with the test's decimals). */
    public BigDecimal convert(BigDecimal value) {
        return value.multiply(factor).setScale(6, RoundingMode.HALF_UP);
    }

    public String fromUnit() {
        return fromUnit;
    }

    public BigDecimal factor() {
        return factor;
    }
}
