package org.vetlis.interfaces.rest.patient;

import static org.vetlis.interfaces.rest.Params.blankToNull;
import static org.vetlis.interfaces.rest.Params.required;
import static org.vetlis.interfaces.rest.Roles.ADMIN;
import static org.vetlis.interfaces.rest.Roles.INTEGRATION;
import static org.vetlis.interfaces.rest.Roles.LAB_MANAGER;
import static org.vetlis.interfaces.rest.Roles.RECEPTION;
import static org.vetlis.interfaces.rest.Roles.TECHNICIAN;
import static org.vetlis.interfaces.rest.Roles.VERIFIER;
import static org.vetlis.interfaces.rest.Roles.VIEWER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.vetlis.interfaces.rest.Callers;
import org.vetlis.interfaces.rest.PageDto;
import org.vetlis.interfaces.rest.Versions;
import org.vetlis.lab.application.PatientRegistry;
import org.vetlis.lab.domain.patient.Owner;
import org.vetlis.lab.domain.shared.PageRequest;

/** Owners: the lab's clients. Reception and integrations register and change them; every role may read. */
@Path("owners")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
public class OwnerResource {

    @Inject
    private PatientRegistry registry;

    @Inject
    private Callers callers;

    @Context
    private UriInfo uri;

    @POST
    @RolesAllowed({ADMIN, LAB_MANAGER, RECEPTION, INTEGRATION})
    @Operation(summary = "Register an owner")
    public Response register(OwnerDto.Input input) {
        Owner owner = registry.registerOwner(required(input).details(), callers.current());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(owner.id())).build())
                .tag(Versions.tag(owner.version())).entity(OwnerDto.of(owner)).build();
    }

    @GET
    @RolesAllowed({ADMIN, LAB_MANAGER, VERIFIER, TECHNICIAN, RECEPTION, INTEGRATION, VIEWER})
    @Operation(summary = "Find owners", description = "By start of last name and/or digits of the phone number; paged")
    public PageDto<OwnerDto> find(@QueryParam("name") String name, @QueryParam("phone") String phone,
                                  @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size,
                                  @QueryParam("desc") @DefaultValue("false") boolean descending) {
        return PageDto.of(registry.findOwners(blankToNull(name), blankToNull(phone), new PageRequest(page, size, "name", descending))
                .map(OwnerDto::of));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ADMIN, LAB_MANAGER, VERIFIER, TECHNICIAN, RECEPTION, INTEGRATION, VIEWER})
    @Operation(summary = "One owner", description = "The ETag header carries the version to send back in If-Match")
    public Response get(@PathParam("id") long id) {
        Owner owner = registry.owner(id);
        return Response.ok(OwnerDto.of(owner)).tag(Versions.tag(owner.version())).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ADMIN, LAB_MANAGER, RECEPTION, INTEGRATION})
    @Operation(summary = "Change an owner", description = "Needs If-Match with the version read; 409 when it changed meanwhile")
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, OwnerDto.Input input) {
        Owner owner = registry.updateOwner(id, Versions.required(ifMatch), required(input).details(), callers.current());
        return Response.ok(OwnerDto.of(owner)).tag(Versions.tag(owner.version())).build();
    }
}
