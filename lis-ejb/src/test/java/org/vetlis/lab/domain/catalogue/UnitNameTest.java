package org.vetlis.lab.domain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class UnitNameTest {

    @Test
    void spellingsOfOneUnitAreOneUnit() {
        assertThat(UnitName.same("umol/L", "\u00b5mol/l")).as("micro sign").isTrue();
        assertThat(UnitName.same("umol/L", "\u03bcmol/L")).as("Greek mu").isTrue();
        assertThat(UnitName.same("10^9/L", "10*9/L")).isTrue();
        assertThat(UnitName.same("mmol/L", " mmol / L ")).isTrue();
        assertThat(UnitName.same(null, "")).isTrue();
    }

    @Test
    void differentUnitsAreNeverTakenForOne() {
        assertThat(UnitName.same("mg/dL", "mmol/L")).isFalse();
        assertThat(UnitName.same("mmol/L", "umol/L")).isFalse();
        assertThat(UnitName.same("g/L", "g/dL")).isFalse();
    }

    @Test
    void aConversionKeepsSixDecimals() {
        UnitConversion glucose = new UnitConversion("mg/dL", new BigDecimal("0.055506"));
        assertThat(glucose.from("MG/DL")).isTrue();
        assertThat(glucose.convert(new BigDecimal("100"))).isEqualByComparingTo("5.5506");
        assertThat(glucose.convert(new BigDecimal("100")).scale()).isEqualTo(6);
    }
}
