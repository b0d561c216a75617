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
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * How the pages sign in: a form (login.xhtml) checked against the VetLIS users in the database.
 *
 * <ul>
 *   <li>The login page hands the typed credentials to {@code SecurityContext.authenticate}; they arrive here
 *       and are checked by {@link DatabaseSignIn}.</li>
 *   <li>{@code @AutoApplySession} keeps a successful sign-in for the HTTP session.</li>
 *   <li>A protected page asked for without a sign-in redirects to the login page, which returns there
 *       afterwards ({@link ContinueAfterSignIn}).</li>
 * </ul>
 *
 * <p>Why a class of our own and not {@code @CustomFormAuthenticationMechanismDefinition}: on Payara 6 the
 * mechanism that annotation creates, and the MicroProfile JWT mechanism of the API module, are beans visible
 * to every module of the EAR, so each web module would see two mechanisms and answer 500. This one is a
 * plain bean of this web module, selected here as an alternative; the API module never sees it. Soteria's
 * {@code @LoginToContinue} is not used either: after one failed sign-in it left the session in a state in
 * which protected pages answered an empty 200 instead of the login page.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
@AutoApplySession
@DeclareRoles({"ADMIN", "LAB_MANAGER", "VERIFIER", "TECHNICIAN", "RECEPTION", "INTEGRATION", "VIEWER"})
public class WebSecurity implements HttpAuthenticationMechanism {

    @Inject
    private DatabaseSignIn signIn;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential login) {
            return context.notifyContainerAboutLogin(signIn.validate(login, request));
        }
        if (context.isProtected()) {
            ContinueAfterSignIn.remember(request);
            return context.redirect(request.getContextPath() + ContinueAfterSignIn.LOGIN_PAGE);
        }
        return context.doNothing();
    }
}
