package org.vetlis.interfaces.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * The pages sign in with a form (login.xhtml) checked against the VetLIS users in the database.
 * This web module has this one mechanism only; the REST API, with MicroProfile JWT, is its own module.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({"ADMIN", "LAB_MANAGER", "PATHOLOGIST", "TECHNICIAN", "RECEPTION", "INTEGRATION"})
@ApplicationScoped
public class WebSecurity {
}
