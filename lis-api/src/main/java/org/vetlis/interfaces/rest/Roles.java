package org.vetlis.interfaces.rest;

/** Role names for {@code @RolesAllowed}, as the token's {@code groups} carry them. */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String LAB_MANAGER = "LAB_MANAGER";
    public static final String VERIFIER = "VERIFIER";
    public static final String TECHNICIAN = "TECHNICIAN";
    public static final String RECEPTION = "RECEPTION";
    public static final String INTEGRATION = "INTEGRATION";
    public static final String VIEWER = "VIEWER";

    private Roles() {
    }
}
