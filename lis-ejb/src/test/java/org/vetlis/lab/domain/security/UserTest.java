package org.vetlis.lab.domain.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;

import org.junit.jupiter.api.Test;

class UserTest {

    private static final OffsetDateTime NOON = OffsetDateTime.of(2026, 11, 24, 12, 0, 0, 0, ZoneOffset.UTC);

    private final User user = new User("tech", "Terry Technician", Set.of(Role.TECHNICIAN), NOON);

    @Test
    void aUserWithoutPasswordCannotSignIn() {
        assertThat(user.canSignIn(NOON)).isFalse();
        user.changePassword("hash", NOON);
        assertThat(user.canSignIn(NOON)).isTrue();
    }

    @Test
    void theFifthWrongPasswordLocksTheAccountForAWhile() {
        user.changePassword("hash", NOON);
        for (int i = 1; i <= 4; i++) {
            assertThat(user.recordFailedSignIn(NOON, 5, Duration.ofMinutes(15))).isFalse();
        }
        assertThat(user.recordFailedSignIn(NOON, 5, Duration.ofMinutes(15))).isTrue();

        assertThat(user.isLocked(NOON.plusMinutes(14))).isTrue();
        assertThat(user.canSignIn(NOON.plusMinutes(14))).isFalse();
        assertThat(user.isLocked(NOON.plusMinutes(15))).isFalse();
    }

    @Test
    void aSuccessfulSignInClearsTheFailureCount() {
        user.changePassword("hash", NOON);
        user.recordFailedSignIn(NOON, 5, Duration.ofMinutes(15));
        user.recordSignIn(NOON.plusSeconds(1));

        assertThat(user.failedSignIns()).isZero();
        assertThat(user.lastSignInAt()).isEqualTo(NOON.plusSeconds(1));
    }

    @Test
    void usernamesAreLowerCaseWords() {
        assertThatThrownBy(() -> new User("Dr Smith", "x", Set.of(), NOON)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new User("a", "x", Set.of(), NOON)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void usersAreEqualByUsername() {
        assertThat(user).isEqualTo(new User("tech", "Someone Else", Set.of(), NOON));
    }
}
