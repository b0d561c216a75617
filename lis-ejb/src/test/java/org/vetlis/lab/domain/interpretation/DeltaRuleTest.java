package org.vetlis.lab.domain.interpretation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** How far a result may move from the animal's previous one: absolute, percent, either; the limit itself is within. */
class DeltaRuleTest {

    @Test
    void aPercentRuleComparesTheChangeWithThePreviousValue() {
        DeltaRule creatinine = new DeltaRule(null, new BigDecimal("50"), 30);

        assertThat(creatinine.fails(bd("135"), bd("90"))).as("+50 % exactly").isFalse();
        assertThat(creatinine.fails(bd("136"), bd("90"))).isTrue();
        assertThat(creatinine.fails(bd("44"), bd("90"))).as("a fall counts as much as a rise").isTrue();
        assertThat(creatinine.fails(bd("5"), bd("0"))).as("no percent of nothing").isFalse();
        assertThat(creatinine.describe()).isEqualTo("±50 %");
    }

    @Test
    void anAbsoluteRuleAndBothTogether() {
        DeltaRule haematocrit = new DeltaRule(new BigDecimal("0.10"), null, 7);
        assertThat(haematocrit.fails(bd("0.35"), bd("0.45"))).isFalse();
        assertThat(haematocrit.fails(bd("0.34"), bd("0.45"))).isTrue();

        DeltaRule either = new DeltaRule(new BigDecimal("1.0"), new BigDecimal("20"), 7);
        assertThat(either.fails(bd("4.5"), bd("4.0"))).isFalse();
        assertThat(either.fails(bd("5.1"), bd("4.0"))).as("beyond the absolute limit").isTrue();
        assertThat(either.describe()).isEqualTo("±1 or ±20 %");
    }

    @Test
    void aRuleNeedsALimitAndAWindow() {
        assertThatThrownBy(() -> new DeltaRule(null, null, 7)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DeltaRule(BigDecimal.ONE, null, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
