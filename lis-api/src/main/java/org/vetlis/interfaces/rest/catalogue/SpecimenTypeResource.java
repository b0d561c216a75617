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
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.vetlis.interfaces.rest.Callers;
import org.vetlis.interfaces.rest.Params;
import org.vetlis.interfaces.rest.Versions;
import org.vetlis.lab.application.CatalogueAdministration;
import org.vetlis.lab.application.CatalogueService;
import org.vetlis.lab.domain.catalogue.SpecimenType;

/** The kinds of specimen (and their containers) tests are measured in; administrators and lab managers change them. */
@Path("specimen-types")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
public class SpecimenTypeResource {

    /** A specimen type as an administrator defines it; the code only when creating. */
    public record SpecimenTypeInput(String code, String name, String container, String capColour, Boolean active, Integer sortOrder) {

        CatalogueAdministration.SpecimenTypeInput definition() {
            return new CatalogueAdministration.SpecimenTypeInput(name, container, capColour, active, sortOrder);
        }
    }

    @Inject
    private CatalogueService catalogue;

    @Inject
    private CatalogueAdministration administration;

    @Inject
    private Callers callers;

    @Context
    private UriInfo uri;

    @GET
    @RolesAllowed({ADMIN, LAB_MANAGER, VERIFIER, TECHNICIAN, RECEPTION, INTEGRATION, VIEWER})
    @Operation(summary = "The specimen types", description = "Retired ones too (active=false): tests and tubes may still name them")
    public List<CatalogueDtos.SpecimenTypeDto> all() {
        return catalogue.specimenTypes().stream().map(CatalogueDtos.SpecimenTypeDto::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, LAB_MANAGER})
    @Operation(summary = "Define a specimen type", description = "Code, name, container, cap colour")
    public Response define(SpecimenTypeInput input) {
        SpecimenTypeInput in = Params.required(input);
        SpecimenType type = administration.defineSpecimenType(in.code(), in.definition(), callers.current());
        return Response.created(uri.getAbsolutePathBuilder().path(type.code()).build()).tag(Versions.tag(type.version()))
                .entity(CatalogueDtos.SpecimenTypeDto.of(type)).build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, LAB_MANAGER})
    @Operation(summary = "Change a specimen type", description = "Everything but the code; active=false retires it. Needs If-Match")
    public Response revise(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, SpecimenTypeInput input) {
        SpecimenType type = administration.reviseSpecimenType(code, Versions.required(ifMatch), Params.required(input).definition(),
                callers.current());
        return Response.ok(CatalogueDtos.SpecimenTypeDto.of(type)).tag(Versions.tag(type.version())).build();
    }
}
