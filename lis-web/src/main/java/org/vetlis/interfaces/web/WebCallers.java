package org.vetlis.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;

import org.vetlis.lab.application.Actor;
import org.vetlis.lab.domain.patient.PatientAccess;

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

    /** Which animals the person sees in full: every one, unless integration is all their account may do. */
    public PatientAccess patientAccess() {
        return new PatientAccess(security.getCallerPrincipal().getName(),
                isIn("ADMIN", "LAB_MANAGER", "VERIFIER", "TECHNICIAN", "RECEPTION", "VIEWER"));
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
