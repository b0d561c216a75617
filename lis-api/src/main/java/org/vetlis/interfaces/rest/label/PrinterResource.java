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
import org.vetlis.lab.domain.label.LabelPrinter;

/** The lab's label printers: read by those who print, kept by lab managers. */
@Path("printers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
public class PrinterResource {

    @Inject
    private Labels labels;

    @Inject
    private Callers callers;

    @Context
    private UriInfo uri;

    @GET
    @RolesAllowed({ADMIN, LAB_MANAGER, VERIFIER, TECHNICIAN, RECEPTION})
    @Operation(summary = "Label printers")
    public List<LabelDtos.PrinterDto> printers() {
        return labels.printers().stream().map(LabelDtos.PrinterDto::of).toList();
    }

    @POST
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, LAB_MANAGER})
    @Operation(summary = "Add a label printer", description = "name, host required; port 9100, dpi 203, label 50 × 25 mm when left out")
    public Response define(@PathParam("code") String code, LabelPrinter.Settings settings) {
        LabelPrinter printer = labels.definePrinter(code, Params.required(settings), callers.current());
        return Response.created(uri.getAbsolutePath()).tag(Versions.tag(printer.version())).entity(LabelDtos.PrinterDto.of(printer)).build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, LAB_MANAGER})
    @Operation(summary = "Change a label printer", description = "enabled=false switches it off (its labels wait). Needs If-Match")
    public Response revise(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, LabelPrinter.Settings settings) {
        LabelPrinter printer = labels.revisePrinter(code, Versions.required(ifMatch), Params.required(settings), callers.current());
        return Response.ok(LabelDtos.PrinterDto.of(printer)).tag(Versions.tag(printer.version())).build();
    }
}
