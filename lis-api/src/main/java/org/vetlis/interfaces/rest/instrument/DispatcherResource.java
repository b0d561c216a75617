package org.vetlis.interfaces.rest.instrument;

import static org.vetlis.interfaces.rest.Roles.ADMIN;
import static org.vetlis.interfaces.rest.Roles.LAB_MANAGER;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.vetlis.connector.api.ListenerState;
import org.vetlis.connector.api.ListenerStatus;
import org.vetlis.interfaces.rest.Callers;
import org.vetlis.lab.application.AnalyzerDispatcher;

/** The analyzer listeners the instruments asked for: what each is doing, and restarting them. */
@Path("dispatcher")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
public class DispatcherResource {

    /** One listener: its port, state (LISTENING, FAILED with the reason, …), connections and counters. */
    public record ListenerDto(String name, String instrument, String bindAddress, int port, String protocol, String state, String detail,
                              int connections, long messages, long refused, Instant lastMessageAt, Instant startedAt) {

        static ListenerDto of(ListenerStatus s) {
            return new ListenerDto(s.name(), s.instrument(), s.bindAddress(), s.port(), s.protocol().name(), s.state().name(), s.detail(), s.connections(),
                    s.messages(), s.refused(), s.lastMessageAt(), s.startedAt());
        }
    }

    public record DispatcherDto(int listening, int failed, List<ListenerDto> listeners) {

        static DispatcherDto of(List<ListenerStatus> listeners) {
            int listening = (int) listeners.stream().filter(ListenerStatus::isListening).count();
            int failed = (int) listeners.stream().filter(l -> l.state() == ListenerState.FAILED).count();
            return new DispatcherDto(listening, failed, listeners.stream().map(ListenerDto::of).toList());
        }
    }

    @Inject
    private AnalyzerDispatcher dispatcher;

    @Inject
    private Callers callers;

    @GET
    @Path("status")
    @RolesAllowed({ADMIN, LAB_MANAGER})
    @Operation(summary = "The analyzer listeners", description = "Each enabled instrument's listener: port, state and why,"
            + " open connections, messages stored and refused, the last message's time")
    public DispatcherDto status() {
        return DispatcherDto.of(dispatcher.status());
    }

    @POST
    @Path("restart")
    @RolesAllowed({ADMIN, LAB_MANAGER})
    @Operation(summary = "Restart every listener", description = "Each finishes the transmission in flight, closes, and opens"
            + " again from the instruments; analyzers reconnect")
    public DispatcherDto restart() {
        return DispatcherDto.of(dispatcher.restart(callers.current()));
    }
}
