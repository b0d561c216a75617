package org.vetlis.interfaces.web.security;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;

import org.vetlis.lab.application.AuthenticationService;
import org.vetlis.lab.application.SignInResult;
import org.vetlis.lab.domain.security.Role;

/**
 * Checks a page sign-in against the VetLIS users; the service hashes, locks out and audits.
 *
 * <p>Deliberately not an {@code IdentityStore} bean: Payara 6 builds one identity-store handler for the whole
 * EAR from whichever module uses it first, so a store here could be missed by the pages or consulted by the
 * API. {@link WebSecurity} calls this class directly instead.
 */
@ApplicationScoped
public class DatabaseSignIn {

    @Inject
    private AuthenticationService authentication;

    public CredentialValidationResult validate(UsernamePasswordCredential login, HttpServletRequest request) {
        SignInResult result = authentication.signIn(login.getCaller(), login.getPassword().getValue(), "web " + request.getRemoteAddr());
        if (!result.isAccepted()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Set<String> groups = result.roles().stream().map(Role::name).collect(Collectors.toSet());
        return new CredentialValidationResult(result.username(), groups);
    }
}
