package org.vetlis.interfaces.web.security;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;

import org.vetlis.lab.application.AuthenticationService;
import org.vetlis.lab.application.SignInResult;
import org.vetlis.lab.domain.security.Role;

/** Checks page sign-ins against the VetLIS users; the service hashes, locks out and audits. */
@ApplicationScoped
public class LisIdentityStore implements IdentityStore {

    @EJB
    private AuthenticationService authentication;

    @Inject
    private HttpServletRequest request;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        SignInResult result = authentication.signIn(login.getCaller(), login.getPassword().getValue(), "web " + request.getRemoteAddr());
        if (!result.isAccepted()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Set<String> groups = result.roles().stream().map(Role::name).collect(Collectors.toSet());
        return new CredentialValidationResult(result.username(), groups);
    }
}
