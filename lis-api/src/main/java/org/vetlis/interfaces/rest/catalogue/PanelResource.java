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
import org.vetlis.lab.domain.catalogue.Panel;

/** The panels (profiles) the lab offers; administrators and lab managers define and change them (audited). */
@Path("panels")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
public class PanelResource {

    /** A panel as an administrator defines it: test codes in any order (shown in report order). */
    public record PanelInput(String code, String name, List<String> tests, Boolean active) {

        boolean isActive() {
            return active == null || active;
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
    @Operation(summary = "The panels", description = "Every panel with the codes of its tests in report order")
    public List<CatalogueDtos.PanelDto> all() {
        return catalogue.panels().stream().map(CatalogueDtos.PanelDto::of).toList();
    }

    @GET
    @Path("{code}")
    @RolesAllowed({ADMIN, LAB_MANAGER, VERIFIER, TECHNICIAN, RECEPTION, INTEGRATION, VIEWER})
    @Operation(summary = "One panel", description = "The ETag header carries the version to send back in If-Match")
    public Response one(@PathParam("code") String code) {
        Panel panel = administration.panel(code);
        return Response.ok(CatalogueDtos.PanelDto.of(panel)).tag(Versions.tag(panel.version())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, LAB_MANAGER})
    @Operation(summary = "Define a panel", description = "A code, a name and the codes of its tests")
    public Response define(PanelInput input) {
        PanelInput in = Params.required(input);
        Panel panel = administration.definePanel(in.code(), in.name(), in.tests(), in.isActive(), callers.current());
        return Response.created(uri.getAbsolutePathBuilder().path(panel.code()).build()).tag(Versions.tag(panel.version()))
                .entity(CatalogueDtos.PanelDto.of(panel)).build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, LAB_MANAGER})
    @Operation(summary = "Change a panel", description = "Name, tests, active; orders already placed keep their tests. Needs If-Match")
    public Response revise(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, PanelInput input) {
        PanelInput in = Params.required(input);
        Panel panel = administration.revisePanel(code, Versions.required(ifMatch), in.name(), in.tests(), in.isActive(), callers.current());
        return Response.ok(CatalogueDtos.PanelDto.of(panel)).tag(Versions.tag(panel.version())).build();
    }
}
