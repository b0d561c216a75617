package org.vetlis.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/** Signing out ends the server session, not just the page. */
@Named
@RequestScoped
public class SessionActions {

    @Inject
    private FacesContext faces;

    public String signOut() throws ServletException {
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        request.logout();
        faces.getExternalContext().invalidateSession();
        return "/login.xhtml?faces-redirect=true";
    }
}
