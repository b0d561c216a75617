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

import java.util.Locale;

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
import org.vetlis.lab.application.Reporting;
import org.vetlis.lab.domain.patient.Patient;
import org.vetlis.lab.domain.patient.PatientSearch;
import org.vetlis.lab.domain.shared.PageRequest;

/** Patients: the animals. Reception and integrations register and change them; every role may read. */
@Path("patients")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
public class PatientResource {

    @Inject
    private PatientRegistry registry;

    @Inject
    private Callers callers;

    @Inject
    private Reporting reporting;

    @Context
    private UriInfo uri;

    @POST
    @RolesAllowed({ADMIN, LAB_MANAGER, RECEPTION, INTEGRATION})
    @Operation(summary = "Register a patient", description = "An animal of an existing owner; species is a code of GET /species")
    public Response register(PatientDto.Input input) {
        PatientDto.Input body = required(input);
        Patient patient = registry.registerPatient(body.owner(), body.details(), callers.current());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(patient.id())).build())
                .tag(Versions.tag(patient.version())).entity(PatientDto.of(patient)).build();
    }

    @GET
    @RolesAllowed({ADMIN, LAB_MANAGER, VERIFIER, TECHNICIAN, RECEPTION, INTEGRATION, VIEWER})
    @Operation(summary = "Find patients", description = "By start of name, owner, start of owner's last name, owner's phone,"
            + " microchip or species; inactive animals only with inactive=true; sort by name, species, updated or id; paged")
    public PageDto<PatientDto> find(@QueryParam("name") String name, @QueryParam("ownerId") Long ownerId,
                                    @QueryParam("owner") String ownerName, @QueryParam("phone") String phone,
                                    @QueryParam("microchip") String microchip, @QueryParam("species") String species,
                                    @QueryParam("inactive") @DefaultValue("false") boolean inactive,
                                    @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size,
                                    @QueryParam("sort") @DefaultValue("name") String sort,
                                    @QueryParam("desc") @DefaultValue("false") boolean descending) {
        if (!PatientSearch.SORTS.contains(sort)) {
            throw new IllegalArgumentException("sort must be one of " + PatientSearch.SORTS);
        }
        PatientSearch search = new PatientSearch(blankToNull(name), ownerId, blankToNull(ownerName), blankToNull(phone),
                blankToNull(microchip), species == null || species.isBlank() ? null : species.toUpperCase(Locale.ROOT), inactive);
        return PageDto.of(registry.findPatients(search, new PageRequest(page, size, sort, descending)).map(PatientDto::of));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ADMIN, LAB_MANAGER, VERIFIER, TECHNICIAN, RECEPTION, INTEGRATION, VIEWER})
    @Operation(summary = "One patient", description = "The ETag header carries the version to send back in If-Match")
    public Response get(@PathParam("id") long id) {
        Patient patient = registry.patient(id);
        return Response.ok(PatientDto.of(patient)).tag(Versions.tag(patient.version())).build();
    }

    @GET
    @Path("{id}/report.pdf")
    @Produces("application/pdf")
    @RolesAllowed({ADMIN, LAB_MANAGER, VERIFIER, TECHNICIAN, RECEPTION, INTEGRATION, VIEWER})
    @Operation(summary = "The animal's cumulative report (PDF)", description = "Its verified results over time, test by test, with flags")
    public Response cumulativeReport(@PathParam("id") long id) {
        return Response.ok(reporting.animalReport(id), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"patient-" + id + "-cumulative.pdf\"").build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ADMIN, LAB_MANAGER, RECEPTION, INTEGRATION})
    @Operation(summary = "Change a patient", description = "Needs If-Match with the version read; 409 when it changed meanwhile")
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, PatientDto.Input input) {
        PatientDto.Input body = required(input);
        Patient patient = registry.updatePatient(id, Versions.required(ifMatch), body.owner(), body.details(), callers.current());
        return Response.ok(PatientDto.of(patient)).tag(Versions.tag(patient.version())).build();
    }
}
