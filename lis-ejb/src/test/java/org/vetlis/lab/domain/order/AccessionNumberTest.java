package org.vetlis.lab.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AccessionNumberTest {

    @Test
    void numbersCarryYearSequenceAndALuhnCheckDigit() {
        AccessionNumber number = AccessionNumber.issue(2026, 123);

        assertThat(number.value()).hasSize(10).startsWith("260000123");
        assertThat(AccessionNumber.parse(" " + number.value() + " ")).isEqualTo(number);
    }

    @Test
    void theCheckDigitIsTheStandardLuhnDigit() {
        // 7992739871 is the textbook Luhn example: its check digit is 3
        assertThat(AccessionNumber.checkDigit("7992739871")).isEqualTo(3);
    }

    @Test
    void everySingleMistypedDigitIsCaught() {
        String good = AccessionNumber.issue(2026, 4711).value();
        for (int position = 0; position < good.length(); position++) {
            for (char digit = '0'; digit <= '9'; digit++) {
                if (digit == good.charAt(position)) {
                    continue;
                }
                String typo = good.substring(0, position) + digit + good.substring(position + 1);
                assertThatThrownBy(() -> AccessionNumber.parse(typo)).as(typo).isInstanceOf(IllegalArgumentException.class);
            }
        }
    }

    @Test
    void somethingThatIsNotTenDigitsIsRefused() {
        assertThatThrownBy(() -> AccessionNumber.parse("26-0000123")).hasMessageContaining("10 digits");
        assertThatThrownBy(() -> AccessionNumber.issue(2026, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
