package org.vetlis.lab.domain.order;

import java.math.BigDecimal;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.vetlis.lab.domain.interpretation.ReferenceRange;
import org.vetlis.lab.domain.interpretation.ResultFlag;

/**
 * How VetLIS read a numeric result: its flag (analyzer flags are kept apart), and the range it was read against by
 * id and as that range read then ("3.72–7.49 mmol/L"), so that a range the lab changes later does not change what a
 * verified result was read against.
 */
@Embeddable
public class ResultReading {

    @Enumerated(EnumType.STRING)
    @Column(name = "flags", length = 40)
    private ResultFlag flag;

    @Column(name = "reference_range_id")
    private Long rangeId;

    @Column(name = "reference_range", length = 80)
    private String range;

    protected ResultReading() {
        // for JPA
    }

    /** {@code value} read against the range chosen for it, or against none (flag NO_RANGE). */
    static ResultReading of(BigDecimal value, Optional<ReferenceRange> chosen) {
        ResultReading reading = new ResultReading();
        reading.flag = ResultFlag.of(value, chosen);
        reading.rangeId = chosen.map(ReferenceRange::id).orElse(null);
        reading.range = chosen.map(ReferenceRange::describe).orElse(null);
        return reading;
    }

    public ResultFlag flag() {
        return flag;
    }

    /** The range as it read when the result was read; empty when none applied. */
    public Optional<String> range() {
        return Optional.ofNullable(range);
    }
}
