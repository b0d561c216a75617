package org.vetlis.interfaces.rest.label;

import static org.vetlis.interfaces.rest.Roles.ADMIN;
import static org.vetlis.interfaces.rest.Roles.LAB_MANAGER;
import static org.vetlis.interfaces.rest.Roles.RECEPTION;
import static org.vetlis.interfaces.rest.Roles.TECHNICIAN;
import static org.vetlis.interfaces.rest.Roles.VERIFIER;

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
import org.vetlis.lab.application.Labels;
import org.vetlis.lab.domain.label.Workstation;

/** The lab's workstations and the printer beside each: read by those who print, kept by lab managers. */
@Path("workstations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
public class WorkstationResource {

    @Inject
    private Labels labels;

    @Inject
    private Callers callers;

    @Context
    private UriInfo uri;

    @GET
    @RolesAllowed({ADMIN, LAB_MANAGER, VERIFIER, TECHNICIAN, RECEPTION})
    @Operation(summary = "Workstations and their printers")
    public List<LabelDtos.WorkstationDto> workstations() {
        return labels.workstations().stream().map(LabelDtos.WorkstationDto::of).toList();
    }

    @POST
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, LAB_MANAGER})
    @Operation(summary = "Add a workstation", description = "name required; printer: the code of the printer beside it;"
            + " printOnOrder: an order saved with ?workstation=CODE prints its labels there at once")
    public Response define(@PathParam("code") String code, LabelDtos.WorkstationInput input) {
        LabelDtos.WorkstationInput in = Params.required(input);
        Workstation workstation = labels.defineWorkstation(code, in.name(), in.printer(), in.printsOnOrder(), callers.current());
        return Response.created(uri.getAbsolutePath()).tag(Versions.tag(workstation.version()))
                .entity(LabelDtos.WorkstationDto.of(workstation)).build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, LAB_MANAGER})
    @Operation(summary = "Change a workstation", description = "Its name, printer or printOnOrder. Needs If-Match")
    public Response revise(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                      LabelDtos.WorkstationInput input) {
        LabelDtos.WorkstationInput in = Params.required(input);
        Workstation workstation = labels.reviseWorkstation(code, Versions.required(ifMatch), in.name(), in.printer(), in.printsOnOrder(),
                callers.current());
        return Response.ok(LabelDtos.WorkstationDto.of(workstation)).tag(Versions.tag(workstation.version())).build();
    }
}
