package org.vetlis.interfaces.rest.instrument;

import static org.vetlis.interfaces.rest.Roles.ADMIN;
import static org.vetlis.interfaces.rest.Roles.LAB_MANAGER;

import java.util.List;
import java.util.Map;

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
import org.vetlis.connector.api.ListenerStatus;
import org.vetlis.lab.application.AnalyzerDispatcher;
import org.vetlis.lab.application.InstrumentAdministration;
import org.vetlis.lab.domain.instrument.Instrument;
import org.vetlis.lab.domain.instrument.InstrumentSettings;

/** The analyzers: which port each sends to, the ASTM profile it speaks, the codes it uses for the catalogue's tests. */
@Path("instruments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
public class InstrumentResource {

    /** An instrument as the API shows and takes it; {@code code} only when creating. */
    public record InstrumentDto(String code, String name, String protocol, String listener, Integer port, String profile,
                                Map<String, String> profileSettings, Boolean enabled, Boolean captureOnly,
                                Map<String, String> testCodes, Long version, DispatcherResource.ListenerDto listenerStatus) {

        static InstrumentDto of(Instrument i) {
            return of(i, null);
        }

        static InstrumentDto of(Instrument i, ListenerStatus listening) {
            InstrumentSettings s = i.settings();
            return new InstrumentDto(i.code(), s.name(), s.protocol(), s.listener(), s.port(), s.profile(), s.profileSettings(), s.enabled(),
                    s.captureOnly(), s.testCodes(), i.version(), listening == null ? null : DispatcherResource.ListenerDto.of(listening));
        }

        InstrumentSettings settings() {
            return new InstrumentSettings(name, protocol, listener, port, profile, profileSettings, enabled == null || enabled,
                    captureOnly != null && captureOnly, testCodes);
        }
    }

    @Inject
    private InstrumentAdministration administration;

    @Inject
    private AnalyzerDispatcher dispatcher;

    @Inject
    private Callers callers;

    @Context
    private UriInfo uri;

    @GET
    @RolesAllowed({ADMIN, LAB_MANAGER})
    @Operation(summary = "The analyzers", description = "With listener, profile and test-code mappings")
    public List<InstrumentDto> all() {
        return administration.instruments().stream().map(InstrumentDto::of).toList();
    }

    @GET
    @Path("{code}")
    @RolesAllowed({ADMIN, LAB_MANAGER})
    @Operation(summary = "One analyzer", description = "With its listener's state (listenerStatus); the ETag header carries"
            + " the version to send back in If-Match")
    public Response one(@PathParam("code") String code) {
        Instrument instrument = administration.instrument(code);
        return Response.ok(InstrumentDto.of(instrument, dispatcher.status(instrument.code()).orElse(null)))
                .tag(Versions.tag(instrument.version())).build();
    }

    @POST
    @Path("{code}/restart")
    @RolesAllowed({ADMIN, LAB_MANAGER})
    @Operation(summary = "Restart an analyzer's listener", description = "It finishes the transmission in flight, closes and"
            + " opens again; the answer is its state then (FAILED with the reason when the port cannot be had)")
    public DispatcherResource.ListenerDto restart(@PathParam("code") String code) {
        return DispatcherResource.ListenerDto.of(dispatcher.restart(code, callers.current()));
    }

    @POST
    @RolesAllowed({ADMIN, LAB_MANAGER})
    @Operation(summary = "Add an analyzer", description = "Code, name, port (its listener opens within seconds), listener name"
            + " (defaults to the code), profile (strict, tolerant) and its settings,"
            + " test codes (analyzer code → catalogue test code)")
    public Response define(InstrumentDto input) {
        InstrumentDto in = Params.required(input);
        Instrument instrument = administration.define(in.code(), in.settings(), callers.current());
        return Response.created(uri.getAbsolutePathBuilder().path(instrument.code()).build()).tag(Versions.tag(instrument.version()))
                .entity(InstrumentDto.of(instrument)).build();
    }

    @PUT
    @Path("{code}")
    @RolesAllowed({ADMIN, LAB_MANAGER})
    @Operation(summary = "Change an analyzer", description = "Settings and test codes; needs If-Match")
    public Response revise(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, InstrumentDto input) {
        Instrument instrument = administration.revise(code, Versions.required(ifMatch), Params.required(input).settings(),
                callers.current());
        return Response.ok(InstrumentDto.of(instrument)).tag(Versions.tag(instrument.version())).build();
    }
}
