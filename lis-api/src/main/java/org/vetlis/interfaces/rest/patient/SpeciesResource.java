package org.vetlis.interfaces.rest.patient;

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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Path;
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
import org.vetlis.lab.application.PatientRegistry;
import org.vetlis.lab.domain.patient.Breed;
import org.vetlis.lab.domain.patient.Species;

/** The species catalogue and its breeds. */
@Path("species")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
public class SpeciesResource {

    public record BreedDto(long id, String name, boolean active) {

        static BreedDto of(Breed b) {
            return new BreedDto(b.id(), b.name(), b.isActive());
        }
    }

    /** A species with its breeds; {@code version} is what a change sends back in If-Match. */
    public record SpeciesDto(String code, String name, String latinName, boolean active, List<BreedDto> breeds, long version) {

        static SpeciesDto of(Species s) {
            return new SpeciesDto(s.code(), s.name(), s.latinName(), s.isActive(), s.breeds().stream().map(BreedDto::of).toList(),
                    s.version());
        }
    }

    /** A species as an administrator defines it; the code only when creating. */
    public record SpeciesInput(String code, String name, String latinName, Boolean active) {
    }

    /** A breed to add. */
    public record BreedInput(String name) {
    }

    @Inject
    private PatientRegistry registry;

    @Inject
    private CatalogueAdministration administration;

    @Inject
    private Callers callers;

    @Context
    private UriInfo uri;

    @GET
    @RolesAllowed({ADMIN, LAB_MANAGER, VERIFIER, TECHNICIAN, RECEPTION, INTEGRATION, VIEWER})
    @Operation(summary = "Species and breeds", description = "The coded species catalogue, each with its breeds")
    public List<SpeciesDto> all() {
        return registry.species().stream().map(SpeciesDto::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, LAB_MANAGER})
    @Operation(summary = "Add a species", description = "A code, a common and a Latin name")
    public Response define(SpeciesInput input) {
        SpeciesInput in = Params.required(input);
        Species species = administration.defineSpecies(in.code(), in.name(), in.latinName(), callers.current());
        return Response.created(uri.getAbsolutePathBuilder().path(species.code()).build()).tag(Versions.tag(species.version()))
                .entity(SpeciesDto.of(species)).build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, LAB_MANAGER})
    @Operation(summary = "Change a species", description = "Names, active (a retired species is not given to new patients)."
            + " Needs If-Match with the version from the list or a previous change")
    public Response revise(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, SpeciesInput input) {
        SpeciesInput in = Params.required(input);
        Species species = administration.reviseSpecies(code, Versions.required(ifMatch), in.name(), in.latinName(),
                in.active() == null || in.active(), callers.current());
        return Response.ok(SpeciesDto.of(species)).tag(Versions.tag(species.version())).build();
    }

    @POST
    @Path("{code}/breeds")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, LAB_MANAGER})
    @Operation(summary = "Add a breed to a species")
    public Response addBreed(@PathParam("code") String code, BreedInput input) {
        Breed breed = administration.addBreed(code, Params.required(input).name(), callers.current());
        return Response.status(Response.Status.CREATED).entity(BreedDto.of(breed)).build();
    }
}
