package org.vetlis.interfaces.rest.catalogue;

import static org.vetlis.interfaces.rest.Roles.ADMIN;
import static org.vetlis.interfaces.rest.Roles.INTEGRATION;
import static org.vetlis.interfaces.rest.Roles.LAB_MANAGER;
import static org.vetlis.interfaces.rest.Roles.RECEPTION;
import static org.vetlis.interfaces.rest.Roles.TECHNICIAN;
import static org.vetlis.interfaces.rest.Roles.VERIFIER;
import static org.vetlis.interfaces.rest.Roles.VIEWER;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.vetlis.lab.application.CatalogueService;

/** The panels (profiles) the lab offers. */
@Path("panels")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
public class PanelResource {

    @Inject
    private CatalogueService catalogue;

    @GET
    @RolesAllowed({ADMIN, LAB_MANAGER, VERIFIER, TECHNICIAN, RECEPTION, INTEGRATION, VIEWER})
    @Operation(summary = "The panels", description = "Every panel with the codes of its tests in report order")
    public List<CatalogueDtos.PanelDto> all() {
        return catalogue.panels().stream().map(CatalogueDtos.PanelDto::of).toList();
    }
}
