package org.vetlis.lab.domain.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = PasswordPolicy.DEFAULT;

    @Test
    void aLongPassphraseWithoutSymbolsIsFine() {
        assertThat(policy.problems("horse battery staple", "anna", "Anna Keller")).isEmpty();
        assertThat(policy.problems("Zürich-Kätzchen-7", "anna", "Anna Keller")).isEmpty();
    }

    @Test
    void aShortPasswordIsRefusedWithTheLengthItNeeds() {
        assertThat(policy.problems("Tr0ub4dor&3", "anna", "Anna Keller")).singleElement().asString().contains("at least 12");
        assertThat(new PasswordPolicy(8).problems("Tr0ub4dor&3", "anna", "Anna Keller")).isEmpty();
    }

    @Test
    void commonPasswordsSequencesAndRepeatsAreRefused() {
        assertThat(policy.problems("Password1234", "anna", null)).anyMatch(p -> p.contains("most common"));
        assertThat(policy.problems("qwertzuiopasd", "anna", null)).anyMatch(p -> p.contains("sequence"));
        assertThat(policy.problems("987654321098", "anna", null)).anyMatch(p -> p.contains("sequence"));
        assertThat(policy.problems("aaaaaaaaaaaaaaaa", "anna", null)).anyMatch(p -> p.contains("repeated"));
        assertThat(policy.problems("abababababab", "anna", null)).anyMatch(p -> p.contains("repeated"));
    }

    @Test
    void thePasswordMustNotContainTheUsersName() {
        assertThat(policy.problems("my-name-is-anna-ok", "anna", null)).anyMatch(p -> p.contains("user's name"));
        assertThat(policy.problems("kellers garden gate", "a.k", "Anna Keller")).anyMatch(p -> p.contains("user's name"));
    }

    @Test
    void nothingAndTooMuchAreRefused() {
        assertThat(policy.problems("", "anna", null)).containsExactly("a password is required");
        assertThat(policy.problems("x".repeat(60) + "y".repeat(69), "anna", null)).anyMatch(p -> p.contains("at most 128"));
    }

    @Test
    void aMinimumBelowEightCannotBeConfigured() {
        assertThatThrownBy(() -> new PasswordPolicy(6)).hasMessageContaining("8 to 128");
    }
}
