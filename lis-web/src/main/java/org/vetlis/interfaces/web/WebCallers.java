package org.vetlis.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;

import org.vetlis.lab.application.Actor;

/** The person using a page, as the audit trail records them: the same services as the API see the same actor. */
@RequestScoped
public class WebCallers {

    @Inject
    private SecurityContext security;

    @Inject
    private HttpServletRequest request;

    public Actor current() {
        return new Actor(security.getCallerPrincipal().getName(), "web " + request.getRemoteAddr());
    }

    /** Whether the person has one of {@code roles}; pages check on the server before they act, not only by hiding a button. */
    public boolean isIn(String... roles) {
        for (String role : roles) {
            if (security.isCallerInRole(role)) {
                return true;
            }
        }
        return false;
    }
}
