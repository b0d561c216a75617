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
import org.vetlis.lab.application.InterpretationAdministration;
import org.vetlis.lab.domain.catalogue.LabTest;
import org.vetlis.lab.domain.interpretation.DeltaRule;
import org.vetlis.lab.domain.shared.InvalidInputException;

/** The tests the lab offers; administrators and lab managers define and change them (audited). */
@Path("tests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
public class TestResource {

    /** A test as an administrator defines it; the code only when creating. */
    public record TestInput(String code, String name, String section, String unit, String resultType, Integer decimals,
                            String specimenType, String method, Boolean active, Integer sortOrder) {

        CatalogueAdministration.TestInput definition() {
            return new CatalogueAdministration.TestInput(name, section, unit, resultType, decimals, specimenType, method, active, sortOrder);
        }
    }

    @Inject
    private CatalogueService catalogue;

    @Inject
    private CatalogueAdministration administration;

    @Inject
    private Callers callers;

    @Inject
    private InterpretationAdministration interpretation;

    @Context
    private UriInfo uri;

    @GET
    @RolesAllowed({ADMIN, LAB_MANAGER, VERIFIER, TECHNICIAN, RECEPTION, INTEGRATION, VIEWER})
    @Operation(summary = "The test catalogue", description = "Every test with unit, decimals, result type and specimen type")
    public List<CatalogueDtos.TestDto> all() {
        return catalogue.tests().stream().map(CatalogueDtos.TestDto::of).toList();
    }

    @GET
    @Path("{code}")
    @RolesAllowed({ADMIN, LAB_MANAGER, VERIFIER, TECHNICIAN, RECEPTION, INTEGRATION, VIEWER})
    @Operation(summary = "One test", description = "The ETag header carries the version to send back in If-Match")
    public Response one(@PathParam("code") String code) {
        LabTest test = administration.test(code);
        return Response.ok(CatalogueDtos.TestDto.of(test)).tag(Versions.tag(test.version())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, LAB_MANAGER})
    @Operation(summary = "Define a test", description = "Code, name, section, unit, result type (NUMERIC, TEXT, CHOICE), decimals,"
            + " specimen type, method")
    public Response define(TestInput input) {
        TestInput in = Params.required(input);
        LabTest test = administration.defineTest(in.code(), in.definition(), callers.current());
        return Response.created(uri.getAbsolutePathBuilder().path(test.code()).build()).tag(Versions.tag(test.version()))
                .entity(CatalogueDtos.TestDto.of(test)).build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, LAB_MANAGER})
    @Operation(summary = "Change a test", description = "Everything but the code; active=false retires it. Needs If-Match")
    public Response revise(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, TestInput input) {
        LabTest test = administration.reviseTest(code, Versions.required(ifMatch), Params.required(input).definition(), callers.current());
        return Response.ok(CatalogueDtos.TestDto.of(test)).tag(Versions.tag(test.version())).build();
    }

    @PUT
    @Path("{code}/delta-check")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, LAB_MANAGER})
    @Operation(summary = "Set a test's delta check", description = "absolute and/or percent, and windowDays; all null removes it. Needs If-Match"
            + " with the test's version. Results read from now on are checked with it")
    public Response deltaCheck(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               CatalogueDtos.DeltaCheckDto input) {
        CatalogueDtos.DeltaCheckDto in = Params.required(input);
        DeltaRule rule = null;
        if (in.absolute() != null || in.percent() != null || in.windowDays() != null) {
            if (in.windowDays() == null) {
                throw InvalidInputException.of("windowDays", "is required with a limit");
            }
            try {
                rule = new DeltaRule(in.absolute(), in.percent(), in.windowDays());
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of(in.absolute() == null && in.percent() == null ? "absolute" : "windowDays", e.getMessage());
            }
        }
        LabTest test = interpretation.setDeltaCheck(code, Versions.required(ifMatch), rule, callers.current());
        return Response.ok(CatalogueDtos.TestDto.of(test)).tag(Versions.tag(test.version())).build();
    }
}
