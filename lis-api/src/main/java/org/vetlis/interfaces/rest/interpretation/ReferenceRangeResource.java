package org.vetlis.interfaces.rest.interpretation;

import static org.vetlis.interfaces.rest.Roles.ADMIN;
import static org.vetlis.interfaces.rest.Roles.INTEGRATION;
import static org.vetlis.interfaces.rest.Roles.LAB_MANAGER;
import static org.vetlis.interfaces.rest.Roles.RECEPTION;
import static org.vetlis.interfaces.rest.Roles.TECHNICIAN;
import static org.vetlis.interfaces.rest.Roles.VERIFIER;
import static org.vetlis.interfaces.rest.Roles.VIEWER;

import java.math.BigDecimal;
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
import jakarta.ws.rs.QueryParam;
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
import org.vetlis.lab.application.InterpretationAdministration;
import org.vetlis.lab.domain.interpretation.RangeDefinition;
import org.vetlis.lab.domain.interpretation.ReferenceRange;
import org.vetlis.lab.domain.patient.NeuterStatus;
import org.vetlis.lab.domain.patient.Sex;

/** The lab's reference ranges: read by every role, kept by lab managers; a change reads the results that come after it. */
@Path("reference-ranges")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
public class ReferenceRangeResource {

    /** A range; the narrowing criteria are null where it does not narrow; {@code range} is how a report prints it. */
    public record RangeDto(long id, String test, String species, String sex, String neuterStatus, Integer ageFromDays, Integer ageToDays,
                           String instrument, String unit, BigDecimal low, BigDecimal high, BigDecimal criticalLow, BigDecimal criticalHigh,
                           String range, String source, boolean active, long version) {

        static RangeDto of(ReferenceRange r) {
            return new RangeDto(r.id(), r.testCode(), r.speciesCode(), r.sex() == null ? null : r.sex().name(),
                    r.neuterStatus() == null ? null : r.neuterStatus().name(), r.ageFromDays(), r.ageToDays(), r.instrumentCode(), r.unit(),
                    r.low(), r.high(), r.criticalLow(), r.criticalHigh(), r.describe(), r.source(), r.isActive(), r.version());
        }
    }

    /** What a lab manager sends; {@code active} false retires a range (default true). */
    public record RangeInput(String test, String species, String sex, String neuterStatus, Integer ageFromDays, Integer ageToDays,
                             String instrument, String unit, BigDecimal low, BigDecimal high, BigDecimal criticalLow, BigDecimal criticalHigh,
                             String source, Boolean active) {

        RangeDefinition definition() {
            return new RangeDefinition(test, species, Params.choice(Sex.class, "sex", sex),
                    Params.choice(NeuterStatus.class, "neuterStatus", neuterStatus), ageFromDays, ageToDays, Params.blankToNull(instrument),
                    unit, low, high, criticalLow, criticalHigh, source, active == null || active);
        }
    }

    @Inject
    private InterpretationAdministration administration;

    @Inject
    private Callers callers;

    @Context
    private UriInfo uri;

    @GET
    @RolesAllowed({ADMIN, LAB_MANAGER, VERIFIER, TECHNICIAN, RECEPTION, INTEGRATION, VIEWER})
    @Operation(summary = "Reference ranges", description = "Of a test and/or a species (codes), retired ones too")
    public List<RangeDto> ranges(@QueryParam("test") String test, @QueryParam("species") String species) {
        return administration.ranges(test, species).stream().map(RangeDto::of).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ADMIN, LAB_MANAGER, VERIFIER, TECHNICIAN, RECEPTION, INTEGRATION, VIEWER})
    @Operation(summary = "One reference range", description = "The ETag carries the version to send back in If-Match")
    public Response range(@PathParam("id") long id) {
        ReferenceRange range = administration.range(id);
        return Response.ok(RangeDto.of(range)).tag(Versions.tag(range.version())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, LAB_MANAGER})
    @Operation(summary = "Add a reference range", description = "test, species, unit, low and/or high, source required; critical limits"
            + " beyond the range; narrowed by sex, neuterStatus, ageFromDays/ageToDays and instrument when given")
    public Response define(RangeInput input) {
        ReferenceRange range = administration.defineRange(Params.required(input).definition(), callers.current());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(range.id())).build()).tag(Versions.tag(range.version()))
                .entity(RangeDto.of(range)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, LAB_MANAGER})
    @Operation(summary = "Change or retire a reference range", description = "The whole range as it should be; active=false retires it."
            + " Needs If-Match. Results already read keep the range as it read then")
    public Response revise(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, RangeInput input) {
        ReferenceRange range = administration.reviseRange(id, Versions.required(ifMatch), Params.required(input).definition(), callers.current());
        return Response.ok(RangeDto.of(range)).tag(Versions.tag(range.version())).build();
    }
}
