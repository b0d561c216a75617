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
import org.vetlis.lab.domain.catalogue.RejectionReason;

/** Why a specimen may be rejected: the lab's own coded list; administrators and lab managers change it. */
@Path("rejection-reasons")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
public class RejectionReasonResource {

    /** A rejection reason as an administrator defines it; the code only when creating. */
    public record RejectionReasonInput(String code, String label, Boolean active) {
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
    @Operation(summary = "The rejection reasons", description = "Retired ones too (active=false): only active ones reject a tube")
    public List<CatalogueDtos.RejectionReasonDto> all() {
        return catalogue.rejectionReasons().stream().map(CatalogueDtos.RejectionReasonDto::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, LAB_MANAGER})
    @Operation(summary = "Define a rejection reason", description = "A code (capital letters, digits, '_') and a label")
    public Response define(RejectionReasonInput input) {
        RejectionReasonInput in = Params.required(input);
        RejectionReason reason = administration.defineRejectionReason(in.code(), in.label(), callers.current());
        return Response.created(uri.getAbsolutePathBuilder().path(reason.code()).build()).tag(Versions.tag(reason.version()))
                .entity(CatalogueDtos.RejectionReasonDto.of(reason)).build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, LAB_MANAGER})
    @Operation(summary = "Change a rejection reason", description = "The label; active=false retires it. Needs If-Match")
    public Response revise(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           RejectionReasonInput input) {
        RejectionReasonInput in = Params.required(input);
        RejectionReason reason = administration.reviseRejectionReason(code, Versions.required(ifMatch), in.label(),
                in.active() == null || in.active(), callers.current());
        return Response.ok(CatalogueDtos.RejectionReasonDto.of(reason)).tag(Versions.tag(reason.version())).build();
    }
}
