package org.vetlis.lab.domain.security;

import java.util.List;
import java.util.Optional;

public interface UserRepository {

    Optional<User> find(String username);

    /** Every account, by username. */
    List<User> all();

    /** Users who have no password yet (new demo users). */
    List<User> withoutPassword();

    /** How many active users with a password hold {@code role}. */
    long countActiveWithRole(Role role);

    void store(User user);
}
