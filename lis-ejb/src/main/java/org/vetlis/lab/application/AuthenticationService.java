package org.vetlis.lab.application;

import jakarta.validation.constraints.NotNull;

/** Signs users in (web pages and API tokens alike) and audits every attempt. */
public interface AuthenticationService {

    /**
     * Checks a username and password. Repeated failures lock the account for a while; every attempt,
     * good or bad, is audited with its origin (the client's address).
     */
    SignInResult signIn(@NotNull String username, @NotNull char[] password, String origin);

    /** Audits that an API token was issued to {@code username}. */
    void recordTokenIssued(@NotNull String username, @NotNull String tokenId, String origin);
}
