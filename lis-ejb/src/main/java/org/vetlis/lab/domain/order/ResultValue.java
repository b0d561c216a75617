package org.vetlis.lab.domain.order;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.vetlis.lab.domain.catalogue.LabTest;
import org.vetlis.lab.domain.catalogue.ResultType;
import org.vetlis.lab.domain.catalogue.UnitName;
import org.vetlis.lab.domain.shared.InvalidInputException;

/**
 * The value of a result and its unit: a number (in the test's unit, unless an analyzer sent a unit VetLIS cannot
 * convert) or a text kept exactly as given.
 */
@Embeddable
public class ResultValue {

    @Column(name = "value_numeric", precision = 18, scale = 6)
    private BigDecimal numeric;

    @Column(name = "value_text", length = 2000)
    private String text;

    @Column(name = "unit", length = 20)
    private String unit;

    protected ResultValue() {
        // for JPA
    }

    private ResultValue(BigDecimal numeric, String text, String unit) {
        this.numeric = numeric;
        this.text = text;
        this.unit = unit;
    }

    /** A value typed in by a person: a number for a numeric test, with no more decimals than the test reports. */
    static ResultValue entered(LabTest test, String value) {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.of("value", "is required");
        }
        if (test.resultType() != ResultType.NUMERIC) {
            return new ResultValue(null, value.strip(), test.unit());
        }
        BigDecimal number;
        try {
            number = new BigDecimal(value.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("value", test.code() + " takes a number, not '" + value + "'");
        }
        if (number.scale() > test.decimals()) {
            throw InvalidInputException.of("value", test.code() + " is reported with " + test.decimals() + " decimals");
        }
        return new ResultValue(number, null, test.unit());
    }

    /**
     * A value as an analyzer sent it. A number for a numeric test (a decimal comma read as a point), converted into
     * the test's unit when the lab knows how, kept in the unit sent when not ({@link #inUnitOf} tells). What is not a
     * number ({@code <3.00}, {@code >8}, {@code -----}) is kept as text, exactly as sent, for a person to look at.
     */
    static ResultValue sent(LabTest test, String raw, String sentUnit) {
        if (test.resultType() == ResultType.NUMERIC && raw.matches("-?\\d+([.,]\\d*)?")) {
            BigDecimal number = new BigDecimal(raw.replace(',', '.'));
            return test.inOwnUnit(number, sentUnit).map(own -> new ResultValue(own, null, test.unit()))
                    .orElseGet(() -> new ResultValue(number, null, sentUnit));
        }
        return new ResultValue(null, raw.length() <= 2000 ? raw : raw.substring(0, 2000), sentUnit);
    }

    /** Whether a number is in the test's unit (a text result is, as far as units go). */
    boolean inUnitOf(LabTest test) {
        return numeric == null || UnitName.same(unit, test.unit());
    }

    /** The number, if the result is one. */
    public Optional<BigDecimal> number() {
        return Optional.ofNullable(numeric);
    }

    /**
     * As the lab reports it: a number in the test's unit with exactly the test's decimals (the database keeps six),
     * a number in a unit VetLIS could not convert as it was sent, or the text.
     */
    String formatted(LabTest test) {
        if (numeric == null) {
            return text;
        }
        return inUnitOf(test) ? numeric.setScale(test.decimals(), RoundingMode.HALF_UP).toPlainString() : numeric.stripTrailingZeros().toPlainString();
    }

    public String unit() {
        return unit;
    }
}
