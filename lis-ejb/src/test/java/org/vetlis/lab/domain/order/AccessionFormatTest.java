package org.vetlis.lab.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AccessionFormatTest {

    private final AccessionFormat standard = AccessionFormat.DEFAULT;

    @Test
    void theDefaultCarriesTwoYearDigitsSevenSequenceDigitsAndALuhnCheckDigit() {
        AccessionNumber number = standard.issue(2026, 123);

        assertThat(number.value()).hasSize(10).startsWith("260000123");
        assertThat(standard.read(" " + number.value() + " ")).isEqualTo(number);
    }

    @Test
    void theCheckDigitIsTheStandardLuhnDigit() {
        // 7992739871 is the textbook Luhn example: its check digit is 3
        assertThat(AccessionFormat.checkDigit("7992739871")).isEqualTo(3);
    }

    @Test
    void everySingleMistypedDigitIsCaught() {
        String good = standard.issue(2026, 4711).value();
        for (int position = 0; position < good.length(); position++) {
            for (char digit = '0'; digit <= '9'; digit++) {
                if (digit == good.charAt(position)) {
                    continue;
                }
                String typo = good.substring(0, position) + digit + good.substring(position + 1);
                assertThatThrownBy(() -> standard.read(typo)).as(typo).hasMessageContaining("wrong check digit");
            }
        }
    }

    @Test
    void aLabChoosesPrefixYearWidthSequenceWidthAndCheckDigit() {
        AccessionFormat site = new AccessionFormat("VL", 4, 6, true);

        AccessionNumber number = site.issue(2027, 42);

        assertThat(number.value()).hasSize(13).startsWith("VL2027000042");
        assertThat(site.parse(number.value())).isEqualTo(number);
        assertThat(site.describe()).isEqualTo("VL and 11 digits: year, sequence, check digit");
        assertThat(new AccessionFormat("", 0, 8, false).issue(2027, 42).value()).isEqualTo("00000042");
    }

    @Test
    void theSequenceWrapsWithinItsWidth() {
        AccessionFormat small = new AccessionFormat("", 2, 5, true);

        assertThat(small.maxSequence()).isEqualTo(99_999);
        assertThat(small.issue(2026, 100_000).value()).startsWith("2600001");
        assertThatThrownBy(() -> small.issue(2026, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBarcodeOfAnEarlierFormatIsTakenAsItIsToBeLookedUp() {
        AccessionFormat site = new AccessionFormat("VL", 4, 6, true);
        String issuedBefore = standard.issue(2026, 9).value();

        assertThat(site.read(issuedBefore).value()).isEqualTo(issuedBefore);
        assertThat(site.read(" vl2027000042" + AccessionFormat.checkDigit("2027000042")).value()).startsWith("VL2027");
    }

    @Test
    void textThatCannotBeABarcodeIsRefused() {
        assertThatThrownBy(() -> standard.read("26-0000123")).hasMessageContaining("10 digits: year, sequence, check digit");
        assertThatThrownBy(() -> standard.read("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> standard.parse("VL2027000042")).hasMessageContaining("not a specimen barcode");
    }

    @Test
    void aFormatThatCannotWorkIsRefusedWhenConfigured() {
        assertThatThrownBy(() -> new AccessionFormat("vl", 2, 7, true)).hasMessageContaining("capital letters");
        assertThatThrownBy(() -> new AccessionFormat("", 3, 7, true)).hasMessageContaining("0, 2 or 4");
        assertThatThrownBy(() -> new AccessionFormat("", 2, 4, true)).hasMessageContaining("5 to 9");
    }
}
