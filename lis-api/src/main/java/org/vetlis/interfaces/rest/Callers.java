package org.vetlis.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.vetlis.lab.application.Actor;

/** The caller of the current request, as the audit trail records it. */
@RequestScoped
public class Callers {

    @Inject
    private JsonWebToken token;

    @Inject
    private HttpServletRequest request;

    public Actor current() {
        return new Actor(token.getName(), "api " + request.getRemoteAddr());
    }
}
