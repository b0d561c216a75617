package org.vetlis.interfaces.rest.label;

import static org.vetlis.interfaces.rest.Roles.ADMIN;
import static org.vetlis.interfaces.rest.Roles.LAB_MANAGER;
import static org.vetlis.interfaces.rest.Roles.RECEPTION;
import static org.vetlis.interfaces.rest.Roles.TECHNICIAN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.vetlis.interfaces.rest.Callers;
import org.vetlis.lab.application.Labels;

/** Print jobs: a label printed again on request. */
@Path("print-jobs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
public class PrintJobResource {

    @Inject
    private Labels labels;

    @Inject
    private Callers callers;

    @POST
    @Path("{id}/reprint")
    @RolesAllowed({ADMIN, LAB_MANAGER, TECHNICIAN, RECEPTION})
    @Operation(summary = "Print a label again", description = "A new job with the same label to the same printer; audited")
    public LabelDtos.PrintJobDto reprint(@PathParam("id") long id) {
        return LabelDtos.PrintJobDto.of(labels.reprint(id, callers.current()));
    }
}
