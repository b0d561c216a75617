package org.vetlis.interfaces.rest.interpretation;

import static org.vetlis.interfaces.rest.Roles.ADMIN;
import static org.vetlis.interfaces.rest.Roles.INTEGRATION;
import static org.vetlis.interfaces.rest.Roles.LAB_MANAGER;
import static org.vetlis.interfaces.rest.Roles.TECHNICIAN;
import static org.vetlis.interfaces.rest.Roles.VERIFIER;
import static org.vetlis.interfaces.rest.Roles.VIEWER;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.vetlis.interfaces.rest.Callers;
import org.vetlis.interfaces.rest.Params;
import org.vetlis.lab.application.CriticalValues;
import org.vetlis.lab.domain.interpretation.CriticalAlert;

/** Critical values: results beyond a critical limit, open until someone says whom they told. */
@Path("alerts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
public class AlertResource {

    /** A critical-value alert. */
    public record AlertDto(long id, long testRunId, long orderId, String patientName, String test, String result, String flag,
                           OffsetDateTime raisedAt, OffsetDateTime acknowledgedAt, String acknowledgedBy, String notified) {

        static AlertDto of(CriticalAlert a) {
            return new AlertDto(a.id(), a.testRunId(), a.orderId(), a.patientName(), a.testCode(), a.result(), a.flag().name(),
                    a.raisedAt(), a.acknowledgedAt(), a.acknowledgedBy(), a.notified());
        }
    }

    /** Whom the person told, and how. */
    public record Acknowledgement(String notified) {
    }

    @Inject
    private CriticalValues criticalValues;

    @Inject
    private Callers callers;

    @GET
    @RolesAllowed({ADMIN, LAB_MANAGER, VERIFIER, TECHNICIAN, INTEGRATION, VIEWER})
    @Operation(summary = "Open critical-value alerts", description = "Results flagged LL or HH that nobody has acknowledged, oldest first")
    public List<AlertDto> open() {
        return criticalValues.open().stream().map(AlertDto::of).toList();
    }

    @POST
    @Path("{id}/acknowledge")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, LAB_MANAGER, VERIFIER, TECHNICIAN})
    @Operation(summary = "Acknowledge a critical value", description = "Says whom the caller told (required; audited). The result can be"
            + " verified only after. 409 when acknowledged already")
    public AlertDto acknowledge(@PathParam("id") long id, Acknowledgement acknowledgement) {
        return AlertDto.of(criticalValues.acknowledge(id, Params.required(acknowledgement).notified(), callers.current()));
    }
}
