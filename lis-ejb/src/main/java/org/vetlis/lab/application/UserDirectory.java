package org.vetlis.lab.application;

import java.util.Optional;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;

import org.vetlis.lab.domain.security.Role;
import org.vetlis.lab.domain.security.User;

/** The people (and integration clients) who may sign in. */
public interface UserDirectory {

    /**
     * Registers a user without a password (one is set separately, never chosen here); audited as done by {@code actor}.
     *
     * @throws IllegalArgumentException when the username is taken or malformed
     */
    User register(@NotBlank String username, @NotBlank String displayName, @NotEmpty Set<Role> roles, @NotBlank String actor);

    Optional<User> find(@NotBlank String username);
}
