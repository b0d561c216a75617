package org.vetlis.lab.domain.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.vetlis.lab.domain.shared.InvalidInputException;

class PatientDetailsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private static PatientDetails cat(BigDecimal weight, String chip, LocalDate born, LocalDate deceased) {
        return new PatientDetails(" Mimi ", "CAT", null, null, Sex.FEMALE, NeuterStatus.NEUTERED, born, false, weight, null,
                chip, null, null, null, true, deceased);
    }

    @Test
    void goodDetailsAreTidied() {
        PatientDetails checked = cat(new BigDecimal("4.2"), "276 0981 0012 3456", LocalDate.of(2019, 5, 1), null).checked(TODAY);

        assertThat(checked.name()).isEqualTo("Mimi");
        assertThat(checked.microchip()).isEqualTo("276098100123456");
        assertThat(checked.weightMeasuredOn()).as("a weight without a date was weighed today").isEqualTo(TODAY);
        assertThat(checked.active()).isTrue();
    }

    @Test
    void everyBrokenRuleIsReportedAtOnceByField() {
        PatientDetails bad = new PatientDetails("", "CAT", null, null, null, NeuterStatus.UNKNOWN, TODAY.plusDays(1), false,
                new BigDecimal("-1"), null, "12", null, null, null, true, null);

        assertThatThrownBy(() -> bad.checked(TODAY)).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.problems()).extracting(InvalidInputException.FieldProblem::field)
                        .containsExactlyInAnyOrder("name", "sex", "dateOfBirth", "weightKg", "microchip"));
    }

    @Test
    void aDeceasedAnimalIsNotActive() {
        PatientDetails checked = cat(null, null, LocalDate.of(2010, 1, 1), LocalDate.of(2026, 1, 2)).checked(TODAY);

        assertThat(checked.active()).isFalse();
    }

    @Test
    void deathBeforeBirthIsRefused() {
        assertThatThrownBy(() -> cat(null, null, LocalDate.of(2020, 1, 1), LocalDate.of(2019, 1, 1)).checked(TODAY))
                .hasMessageContaining("deceasedOn");
    }

    @Test
    void microchipsOfBothGenerationsAreAccepted() {
        assertThat(Microchip.normalise("985-112-000-123-456")).isEqualTo("985112000123456");
        assertThat(Microchip.normalise("0a12 34567")).isEqualTo("0A1234567");
        assertThatThrownBy(() -> Microchip.normalise("12345678901234567")).isInstanceOf(IllegalArgumentException.class);
    }
}
