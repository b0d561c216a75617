package org.vetlis.interfaces.web.security;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The pages sign in with a form (login.xhtml) checked against the VetLIS users in the database; Jakarta
 * Security's {@code @LoginToContinue} sends an unauthenticated visitor to the form and back afterwards, and {@code @AutoApplySession} keeps the sign-in for the HTTP session.
 *
 * <p>Why a class of our own and not {@code @CustomFormAuthenticationMechanismDefinition}: on Payara 6 the
 * mechanism that annotation creates, and the MicroProfile JWT mechanism of the API module, are beans visible
 * to every module of the EAR, so each web module would see two mechanisms and answer 500. This one is a
 * plain bean of this web module, selected here as an alternative; the API module never sees it.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
@AutoApplySession
@LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false)
@DeclareRoles({"ADMIN", "LAB_MANAGER", "PATHOLOGIST", "TECHNICIAN", "RECEPTION", "INTEGRATION"})
public class WebSecurity implements HttpAuthenticationMechanism {

    @Inject
    private DatabaseSignIn signIn;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential login) {
            return context.notifyContainerAboutLogin(signIn.validate(login, request));
        }
        return context.doNothing();
    }
}
