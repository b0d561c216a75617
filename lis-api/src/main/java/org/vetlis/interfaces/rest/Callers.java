package org.vetlis.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.vetlis.lab.application.Actor;
import org.vetlis.lab.domain.patient.PatientAccess;

/** The caller of the current request, as the audit trail records it. */
@RequestScoped
public class Callers {

    @Inject
    private JsonWebToken token;

    @Inject
    private HttpServletRequest request;

    /** Which animals the caller sees in full: every one, unless integration is all the caller may do. */
    public PatientAccess patientAccess() {
        boolean onlyIntegration = token.getGroups() != null && !token.getGroups().isEmpty()
                && token.getGroups().stream().allMatch(Roles.INTEGRATION::equals);
        return new PatientAccess(token.getName(), !onlyIntegration);
    }

    public Actor current() {
        return new Actor(token.getName(), "api " + request.getRemoteAddr());
    }
}
