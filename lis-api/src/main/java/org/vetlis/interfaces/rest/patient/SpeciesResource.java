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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.vetlis.lab.application.PatientRegistry;

/** The species catalogue and its breeds. */
@Path("species")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
public class SpeciesResource {

    public record BreedDto(long id, String name) {
    }

    public record SpeciesDto(String code, String name, String latinName, List<BreedDto> breeds) {
    }

    @Inject
    private PatientRegistry registry;

    @GET
    @RolesAllowed({ADMIN, LAB_MANAGER, VERIFIER, TECHNICIAN, RECEPTION, INTEGRATION, VIEWER})
    @Operation(summary = "Species and breeds", description = "The coded species catalogue, each with its breeds")
    public List<SpeciesDto> all() {
        return registry.species().stream()
                .map(s -> new SpeciesDto(s.code(), s.name(), s.latinName(),
                        s.breeds().stream().map(b -> new BreedDto(b.id(), b.name())).toList()))
                .toList();
    }
}
