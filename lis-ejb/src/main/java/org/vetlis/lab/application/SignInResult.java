package org.vetlis.lab.application;

import java.time.OffsetDateTime;
import java.util.Set;

import org.vetlis.lab.domain.security.Role;

/**
 * The answer to a sign-in attempt. A rejection never says whether the username exists.
 *
 * @param outcome     accepted, rejected, or refused because the account is locked
 * @param username    the user, when accepted
 * @param displayName the user's name, when accepted
 * @param roles       the user's roles, when accepted
 * @param lockedUntil when a locked account opens again, when locked
 */
public record SignInResult(Outcome outcome, String username, String displayName, Set<Role> roles, OffsetDateTime lockedUntil) {

    public enum Outcome { ACCEPTED, REJECTED, LOCKED }

    public static SignInResult accepted(String username, String displayName, Set<Role> roles) {
        return new SignInResult(Outcome.ACCEPTED, username, displayName, Set.copyOf(roles), null);
    }

    public static SignInResult rejected() {
        return new SignInResult(Outcome.REJECTED, null, null, Set.of(), null);
    }

    public static SignInResult locked(OffsetDateTime until) {
        return new SignInResult(Outcome.LOCKED, null, null, Set.of(), until);
    }

    public boolean isAccepted() {
        return outcome == Outcome.ACCEPTED;
    }
}
