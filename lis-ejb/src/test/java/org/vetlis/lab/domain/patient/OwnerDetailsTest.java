package org.vetlis.lab.domain.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.vetlis.lab.domain.shared.InvalidInputException;

class OwnerDetailsTest {

    @Test
    void detailsAreTrimmedAndNormalised() {
        OwnerDetails checked = new OwnerDetails("  Meier ", " ", "+41 44 123 45 67", "Anna.Meier@Example.ORG", null, "8000",
                "Zürich", "ch", "").checked();

        assertThat(checked.lastName()).isEqualTo("Meier");
        assertThat(checked.firstName()).isNull();
        assertThat(checked.email()).isEqualTo("anna.meier@example.org");
        assertThat(checked.country()).isEqualTo("CH");
        assertThat(checked.notes()).isNull();
    }

    @Test
    void aMissingNameAndAWrongEmailAreBothReported() {
        assertThatThrownBy(() -> new OwnerDetails(null, "Anna", "phone?", "not-mail", null, null, null, "Swiss", null).checked())
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.problems()).extracting(InvalidInputException.FieldProblem::field)
                                .containsExactlyInAnyOrder("lastName", "phone", "email", "country"));
    }
}
