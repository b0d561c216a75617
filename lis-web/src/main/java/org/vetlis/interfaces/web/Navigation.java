package org.vetlis.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * What the menu offers the signed-in person. Only a convenience: the pages behind it are refused on the server
 * (web.xml) to whoever lacks the role, whatever the menu shows.
 */
@Named
@RequestScoped
public class Navigation {

    @Inject
    private WebCallers callers;

    public boolean isReception() {
        return callers.isIn("RECEPTION", "LAB_MANAGER", "ADMIN");
    }

    public boolean isLab() {
        return callers.isIn("TECHNICIAN", "VERIFIER", "LAB_MANAGER", "ADMIN");
    }

    public boolean isManager() {
        return callers.isIn("LAB_MANAGER", "ADMIN");
    }

    public boolean isAdmin() {
        return callers.isIn("ADMIN");
    }
}
