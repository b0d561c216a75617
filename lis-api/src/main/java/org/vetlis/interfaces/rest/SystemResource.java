package org.vetlis.interfaces.rest;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.vetlis.connector.api.ListenerStatus;
import org.vetlis.lab.application.SystemInfo;
import org.vetlis.lab.application.SystemInfoService;

/** What is running: version, database, schema, analyzer listeners. */
@Path("system")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SystemResource {

    /** Public facts about the running system; nothing here names a patient or a user. */
    public record SystemInfoDto(String version, String databaseVendor, String schemaVersion, String migrationState,
                                boolean demo, ConnectorDto connector) {
    }

    public record ConnectorDto(String state, List<ListenerDto> listeners) {
    }

    public record ListenerDto(String name, int port, String state, String detail, int connections, long messages,
                              Instant lastMessageAt) {
    }

    /** Who the caller is, as the token says. */
    public record CallerDto(String username, List<String> roles, Instant tokenExpiresAt) {
    }

    @Inject
    private SystemInfoService systemInfo;

    @Inject
    private JsonWebToken token;

    @GET
    @Path("info")
    @PermitAll
    @Operation(summary = "System information", description = "Version, database vendor, schema version and analyzer listener states")
    public SystemInfoDto info() {
        SystemInfo info = systemInfo.info();
        List<ListenerDto> listeners = info.listeners().stream().map(SystemResource::listener).toList();
        String connectorState = listeners.isEmpty() ? "NO_LISTENERS"
                : info.listeners().stream().allMatch(ListenerStatus::isListening) ? "UP" : "DEGRADED";
        return new SystemInfoDto(info.version(), info.databaseProduct(), info.migrations().schemaVersion(),
                info.migrations().state().name(), info.demo(), new ConnectorDto(connectorState, listeners));
    }

    @GET
    @Path("whoami")
    @RolesAllowed({"ADMIN", "LAB_MANAGER", "VERIFIER", "TECHNICIAN", "RECEPTION", "INTEGRATION", "VIEWER"})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "The caller", description = "Username and roles carried by the bearer token")
    public CallerDto whoami() {
        return new CallerDto(token.getName(), token.getGroups().stream().sorted().toList(),
                Instant.ofEpochSecond(token.getExpirationTime()));
    }

    private static ListenerDto listener(ListenerStatus s) {
        return new ListenerDto(s.name(), s.port(), s.state().name(), s.detail(), s.connections(), s.messages(), s.lastMessageAt());
    }
}
