package org.vetlis.lab.application;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.vetlis.lab.domain.security.Role;
import org.vetlis.lab.domain.security.User;

/**
 * The people (and integration clients) who may sign in, administered by ADMIN; every change audited with the
 * account's state before and after (never a password or its hash). Passwords chosen by people must pass the
 * password policy ({@code vetlis.security.password-min-length}, 12 by default).
 */
public interface UserDirectory {

    /** What an administrator sets on an account. */
    record Account(String username, String displayName, String email, Set<Role> roles, boolean active) {
    }

    /**
     * Registers a user without a password (one is set separately, never chosen here); audited as done by {@code actor}.
     *
     * @throws IllegalArgumentException when the username is taken or malformed
     */
    User register(@NotBlank String username, @NotBlank String displayName, @NotEmpty Set<Role> roles, @NotBlank String actor);

    Optional<User> find(@NotBlank String username);

    /** Every account, by username. */
    List<User> all();

    /** A new account with a first password (told to the person, who should change it). */
    User create(@NotNull Account account, @NotNull char[] password, @NotNull Actor actor);

    /**
     * Changes name, e-mail, roles and active flag of the account at {@code expectedVersion}. The last active
     * administrator cannot lose the role or be deactivated.
     */
    User update(@NotNull Account account, long expectedVersion, @NotNull Actor actor);

    /** An administrator sets a new password (the person forgot theirs); a lockout ends with it. */
    User resetPassword(@NotBlank String username, @NotNull char[] password, @NotNull Actor actor);

    /** How a change of one's own password ended. */
    enum PasswordChange {
        CHANGED, WRONG_CURRENT_PASSWORD, ACCOUNT_LOCKED
    }

    /**
     * A signed-in person changes their own password; the current one is required, and a wrong one counts as a failed
     * sign-in (so this cannot be used to guess it). Answered, not thrown, so that the failure is recorded.
     *
     * @throws org.vetlis.lab.domain.shared.InvalidInputException when the new password breaks the policy
     */
    PasswordChange changeOwnPassword(@NotNull Actor actor, @NotNull char[] current, @NotNull char[] next);

    /** Ends a lockout before its time. */
    User unlock(@NotBlank String username, @NotNull Actor actor);
}
