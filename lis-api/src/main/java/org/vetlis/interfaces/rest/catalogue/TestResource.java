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

/** The tests the lab offers. */
@Path("tests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
public class TestResource {

    @Inject
    private CatalogueService catalogue;

    @GET
    @RolesAllowed({ADMIN, LAB_MANAGER, VERIFIER, TECHNICIAN, RECEPTION, INTEGRATION, VIEWER})
    @Operation(summary = "The test catalogue", description = "Every test with unit, decimals, result type and specimen type")
    public List<CatalogueDtos.TestDto> all() {
        return catalogue.tests().stream().map(CatalogueDtos.TestDto::of).toList();
    }
}
